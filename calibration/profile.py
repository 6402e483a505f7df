"""The per-camera calibration profile: a versioned JSON or TOML file.

A profile says, for one camera, where the staff zone (behind the counter) and the customer zone
(in front of it) are, where the counter is, and how image points map to the floor. Zones and the
counter are polygons/polylines in image pixels (what the user clicks on a still frame); they are
taken to lie on the floor. The floor plane is given in one of two ways:

* ``floor.kind = "points"``: four or more image points with their known floor coordinates in
  metres (e.g. the corners of floor tiles, tape marks measured with a tape); the image-to-floor
  homography is fitted to them (:func:`cv2.findHomography`);
* ``floor.kind = "camera"``: the camera's height above the floor, its downward tilt and its focal
  length in pixels (principal point at the image centre, no lens distortion).

Example (JSON)::

    {"version": 1, "camera_id": "desk-1", "image_width": 768, "image_height": 432,
     "staff_zone": [[0, 0], [768, 0], [768, 200], [0, 200]],
     "customer_zone": [[0, 200], [768, 200], [768, 432], [0, 432]],
     "counter": [[100, 200], [700, 200]],
     "floor": {"kind": "points", "points": [{"image": [400, 270], "floor": [-0.23, -0.23]}, ...]}}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import Field, ValidationError, field_validator, model_validator

from inspector.files import write_atomic
from inspector.settings_base import Section, explain_validation, read_mapping_file

PROFILE_VERSION = 1

Point = tuple[float, float]


class ProfileError(ValueError):
    """A calibration profile is unreadable or invalid; the message names the key."""


class FloorPoint(Section):
    """One calibration point: where it is in the image and on the floor."""

    image: Point = Field(description="Pixel position (x to the right, y down) in the calibration frame.")
    floor: Point = Field(description="Known floor position in metres (any fixed right-handed or left-handed floor frame; all points in the same frame).")


class PointsFloor(Section):
    """Floor plane from four or more image points with known floor coordinates."""

    kind: Literal["points"] = Field("points", description="Discriminator: the floor comes from measured points.")
    points: tuple[FloorPoint, ...] = Field(min_length=4, description="Four or more calibration points, no three of them on one line.")

    @field_validator("points")
    @classmethod
    def _distinct(cls, v: tuple[FloorPoint, ...]) -> tuple[FloorPoint, ...]:
        if len({p.image for p in v}) != len(v) or len({p.floor for p in v}) != len(v):
            raise ValueError("calibration points must be distinct in the image and on the floor")
        return v


class CameraFloor(Section):
    """Floor plane from the camera's mounting: height, downward tilt and focal length.

    The floor frame has its origin on the floor straight below the camera, y forward along the
    camera's view direction (horizontal) and x to the image right, in metres.
    """

    kind: Literal["camera"] = Field("camera", description="Discriminator: the floor comes from the camera's mounting.")
    height_m: float = Field(gt=0.2, le=20, description="Height of the camera's lens above the floor in metres.")
    tilt_deg: float = Field(gt=0, lt=90, description="Angle of the optical axis below the horizontal in degrees (90 would look straight down).")
    focal_px: float = Field(gt=10, description="Focal length in pixels at the profile's image size (e.g. width / (2 tan(horizontal FOV / 2))).")
    roll_deg: float = Field(0.0, ge=-30, le=30, description="Rotation of the image about the optical axis in degrees (> 0: horizon rises to the right).")


FloorSpec = Annotated[Union[PointsFloor, CameraFloor], Field(discriminator="kind")]


class CalibrationProfile(Section):
    """Calibration of one camera: zones, counter and floor plane."""

    version: Literal[1] = Field(PROFILE_VERSION, description="Format version of this profile file.")
    camera_id: str = Field(min_length=1, description="Which camera (station) this profile belongs to.")
    image_width: int = Field(gt=0, description="Width in pixels of the frame the profile was drawn on; other sizes are scaled.")
    image_height: int = Field(gt=0, description="Height in pixels of the frame the profile was drawn on.")
    staff_zone: tuple[Point, ...] = Field(min_length=3, description="Polygon (image pixels, on the floor) of the staff area behind the counter.")
    customer_zone: tuple[Point, ...] = Field(min_length=3, description="Polygon (image pixels, on the floor) of the customer area in front of the counter.")
    counter: tuple[Point, ...] = Field(min_length=2, description="Polyline (image pixels) of the customer-side edge of the counter, projected down onto the floor.")
    counter_closed: bool = Field(False, description="True when the counter polyline is a closed outline (e.g. a round table), so the last point joins the first.")
    floor: FloorSpec = Field(description="How image points map to the floor: measured points or camera mounting.")
    notes: str = Field("", description="Free text: who calibrated, how the floor coordinates were measured.")

    @model_validator(mode="after")
    def _inside_image(self) -> "CalibrationProfile":
        w, h = self.image_width, self.image_height
        for name in ("staff_zone", "customer_zone", "counter"):
            for x, y in getattr(self, name):
                if not (-w <= x <= 2 * w and -h <= y <= 2 * h):
                    raise ValueError(f"{name} point ({x}, {y}) is far outside the {w}x{h} image")
        return self


def parse_profile(data: dict, source: str = "<dict>") -> CalibrationProfile:
    """Validates a profile mapping.

    Raises:
        ProfileError: One line per problem, naming the key.
    """
    if not isinstance(data, dict):
        raise ProfileError(f"calibration profile {source} must be a mapping, got {type(data).__name__}")
    if "version" in data and data["version"] != PROFILE_VERSION:
        raise ProfileError(f"calibration profile {source} has version {data['version']!r}; this program reads version {PROFILE_VERSION}")
    try:
        return CalibrationProfile.model_validate(data)
    except ValidationError as e:
        raise ProfileError(explain_validation(e, f"invalid calibration profile {source}:")) from None


def load_profile(path: str | Path) -> CalibrationProfile:
    """Reads a ``.json`` or ``.toml`` profile.

    Raises:
        ProfileError: File missing, unreadable or invalid.
    """
    data = read_mapping_file(path, "calibration profile", ProfileError)
    return parse_profile(data, str(path))


def profile_to_json(profile: CalibrationProfile) -> str:
    """The profile as indented JSON (lists for points)."""
    return json.dumps(profile.model_dump(mode="json"), indent=2)


def save_profile(profile: CalibrationProfile, path: str | Path) -> Path:
    """Writes the profile as JSON (the ``.json`` suffix is required, so it reads back the same).

    Written with :func:`inspector.files.write_atomic`: a reader sees the old profile or the new
    one, never half of one.

    Raises:
        ProfileError: ``path`` does not end in ``.json``.
        OSError: The folder cannot be written.
    """
    target = Path(path)
    if target.suffix.lower() != ".json":
        raise ProfileError(f"profiles are saved as .json, got {target.name}")
    write_atomic(target, (profile_to_json(profile) + "\n").encode("utf-8"))
    return target
