"""Validated configuration.

Every section is a pydantic model with ``extra="forbid"`` (a misspelt key is an
error, never silently ignored) and every field carries a description, so that
``inspector config schema`` documents the whole file. Files are TOML or JSON.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from pydantic import Field, ValidationError

from inspector.face import FaceConfig
from inspector.posture import PostureConfig
from inspector.settings_base import Section


class ConfigError(ValueError):
    """A configuration file is unreadable or invalid; the message names the key."""


class PerceptionConfig(Section):
    """MediaPipe model settings."""

    num_poses: int = Field(4, ge=1, le=10, description="Maximum number of persons the pose landmarker finds per frame.")
    num_faces: int = Field(4, ge=1, le=10, description="Maximum number of faces the face landmarker finds per frame.")
    num_hands: int = Field(4, ge=0, le=10, description="Maximum number of hands; 0 switches the hand landmarker off.")
    use_hands: bool = Field(True, description="Run the hand landmarker to refine hand classes (phone, chin on hand, clasped hands).")
    min_pose_detection_confidence: float = Field(0.5, ge=0, le=1, description="Pose detector score below which a person is not reported.")
    min_pose_presence_confidence: float = Field(0.5, ge=0, le=1, description="Pose presence score below which tracking re-detects.")
    min_tracking_confidence: float = Field(0.5, ge=0, le=1, description="Landmark tracking confidence below which the detector runs again (video mode).")
    min_face_detection_confidence: float = Field(0.5, ge=0, le=1, description="Face detector score below which a face is not reported.")
    min_hand_detection_confidence: float = Field(0.5, ge=0, le=1, description="Hand detector score below which a hand is not reported.")
    max_side: int = Field(1280, ge=160, le=4096, description="Frames whose longer side exceeds this many pixels are scaled down before inference.")
    model_dir: str | None = Field(None, description="Folder holding the verified .task files; default is the models cache (models/cache or $INSPECTOR_MODEL_DIR).")
    min_landmark_visibility: float = Field(0.5, ge=0, le=1, description="Landmarks below this visibility count as hidden when measures are computed.")


class TrackingConfig(Section):
    """Person tracker settings."""

    max_gap_ms: int = Field(1200, ge=0, description="A track survives this long without a matching detection before it ends.")
    min_iou: float = Field(0.2, ge=0, le=1, description="Minimum box overlap for a detection to continue a track (centre distance is used as well).")
    max_centre_jump: float = Field(0.75, gt=0, description="Maximum centre movement between matches, as a fraction of the box diagonal.")
    smoothing: float = Field(0.5, ge=0, lt=1, description="Exponential smoothing of landmarks along a track (0 = none).")


class InspectorConfig(Section):
    """The whole configuration file."""

    perception: PerceptionConfig = Field(default_factory=PerceptionConfig, description="Model settings.")
    tracking: TrackingConfig = Field(default_factory=TrackingConfig, description="Tracker settings.")
    posture: PostureConfig = Field(default_factory=PostureConfig, description="Body posture measures and the arm / body posture classes.")
    face: FaceConfig = Field(default_factory=FaceConfig, description="Face and head measures, the face-expression class and the talking measure.")


def _format_validation(err: ValidationError, source: str) -> str:
    lines = [f"invalid configuration in {source}:"]
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"])
        if e["type"] == "extra_forbidden":
            lines.append(f"  unknown key '{loc}' (check the spelling; `inspector config schema` lists every key)")
        else:
            lines.append(f"  {loc}: {e['msg']} (got {e.get('input')!r})")
    return "\n".join(lines)


def parse_config(data: dict, source: str = "<dict>") -> InspectorConfig:
    """Validates a config mapping.

    Raises:
        ConfigError: With one line per problem, naming the key.
    """
    try:
        return InspectorConfig.model_validate(data)
    except ValidationError as e:
        raise ConfigError(_format_validation(e, source)) from None


def load_config(path: str | Path | None) -> InspectorConfig:
    """Loads a TOML or JSON config file; None gives the defaults.

    Raises:
        ConfigError: File missing, unreadable or invalid.
    """
    if path is None:
        return InspectorConfig()
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"config file not found: {p}")
    try:
        text = p.read_text(encoding="utf-8")
        data = json.loads(text) if p.suffix.lower() == ".json" else tomllib.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read config file {p}: {e}") from None
    return parse_config(data, str(p))


def config_schema() -> dict:
    """JSON schema of the config file, with every field's description."""
    return InspectorConfig.model_json_schema()
