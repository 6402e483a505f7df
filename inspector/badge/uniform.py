"""Uniform colour: enrol the site's uniform and check a staff member's garment against it.

The garment colour is the median CIE Lab colour of two patches on the upper body, beside the
sternum (so a lanyard or a tie does not count), located from the shoulders with the badge chest
frame (:func:`inspector.badge.chest_frame`). Enrolment averages it over one or more photos of a
person in the uniform; the check passes when the colour difference (CIE76 delta E) is at most
``max_delta_e``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

import cv2
import numpy as np
from pydantic import Field

from inspector.badge.assess import view_problem
from inspector.badge.chest import BadgeConfig, chest_crop, chest_frame, crop_valid_mask, uv_to_crop
from inspector.badge.enrolment import EnrolmentError
from inspector.settings_base import Section
from inspector.types import PersonObservation

FORMAT = "deskconduct-uniform-enrolment"
FORMAT_VERSION = 1


class UniformConfig(Section):
    """Settings of the uniform-colour check."""

    patches: tuple[tuple[float, float, float, float], ...] = Field(
        ((-0.95, 0.45, -0.4, 1.5), (0.4, 0.45, 0.95, 1.5)),
        description="Garment patches (u0, v0, u1, v1 in half shoulder widths from the shoulder midpoint) whose colour is the uniform's.")
    max_delta_e: float = Field(20.0, gt=0, description="Largest CIE76 colour difference from the enrolled uniform that still passes (allows for lighting changes).")
    min_valid_fraction: float = Field(0.6, gt=0, le=1, description="Fraction of patch pixels that must lie inside the image for the colour to count.")


@dataclass(frozen=True)
class UniformEnrolment:
    """The enrolled uniform colour (CIE Lab, L 0-100) and its spread over the enrolment photos."""

    lab: tuple[float, float, float]
    spread: float
    n_images: int
    created: str
    format_version: int = FORMAT_VERSION


@dataclass(frozen=True)
class GarmentColour:
    """Measured garment colour of one person, or why it could not be measured."""

    lab: tuple[float, float, float] | None
    reason: str


def garment_colour(person: PersonObservation, image: np.ndarray, cfg: UniformConfig | None = None,
                   badge_cfg: BadgeConfig | None = None) -> GarmentColour:
    """Median Lab colour of the garment patches."""
    cfg, badge_cfg = cfg or UniformConfig(), badge_cfg or BadgeConfig()
    if person.pose is None:
        return GarmentColour(None, "no body landmarks for this person")
    h, w = image.shape[:2]
    chest = chest_frame(person.pose, w, h, badge_cfg)
    problem = view_problem(chest, badge_cfg)
    if chest is None or problem:
        return GarmentColour(None, problem)
    crop = chest_crop(image, chest, badge_cfg)
    valid = crop_valid_mask(image.shape, chest, badge_cfg)
    lab = cv2.cvtColor(crop.astype(np.float32) / 255.0, cv2.COLOR_BGR2LAB)
    pixels = []
    for u0, v0, u1, v1 in cfg.patches:
        x0, y0 = uv_to_crop(u0, v0, badge_cfg)
        x1, y1 = uv_to_crop(u1, v1, badge_cfg)
        sl = (slice(max(0, int(y0)), int(y1)), slice(max(0, int(x0)), int(x1)))
        m = valid[sl]
        if m.size == 0 or m.mean() < cfg.min_valid_fraction:
            return GarmentColour(None, "the upper body is partly outside the image")
        pixels.append(lab[sl][m])
    med = np.median(np.vstack(pixels), axis=0)
    return GarmentColour((float(med[0]), float(med[1]), float(med[2])), "")


def enrol_uniform(samples: Sequence[tuple[PersonObservation, np.ndarray]], cfg: UniformConfig | None = None) -> UniformEnrolment:
    """Learns the uniform colour from (person, image) pairs of someone wearing it.

    Raises:
        EnrolmentError: No usable sample (the message gives the first reason).
    """
    colours, reasons = [], []
    for person, image in samples:
        g = garment_colour(person, image, cfg)
        (colours if g.lab else reasons).append(g.lab or g.reason)
    if not colours:
        why = reasons[0] if reasons else "no photos given"
        raise EnrolmentError(f"cannot enrol the uniform: {why}; stand facing the camera about 1.5 m away")
    arr = np.array(colours)
    centre = arr.mean(axis=0)
    spread = float(np.max(np.linalg.norm(arr - centre, axis=1))) if len(arr) > 1 else 0.0
    return UniformEnrolment(tuple(float(x) for x in centre), spread, len(colours),
                            datetime.now(timezone.utc).isoformat(timespec="seconds"))


def uniform_delta_e(colour: tuple[float, float, float], enr: UniformEnrolment) -> float:
    """CIE76 colour difference between a garment colour and the enrolled uniform."""
    return float(np.linalg.norm(np.array(colour) - np.array(enr.lab)))


def save_uniform(enr: UniformEnrolment, path: str | Path) -> Path:
    """Writes the uniform enrolment as versioned JSON."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps({"format": FORMAT, "version": enr.format_version, "lab": list(enr.lab),
                             "spread": enr.spread, "n_images": enr.n_images, "created": enr.created}, indent=1),
                 encoding="utf-8")
    return p


def load_uniform(path: str | Path) -> UniformEnrolment:
    """Reads a uniform enrolment file.

    Raises:
        EnrolmentError: Missing, unreadable, not a uniform file, or of a newer version.
    """
    p = Path(path)
    if not p.is_file():
        raise EnrolmentError(f"uniform enrolment file not found: {p} (enrol the uniform first)")
    try:
        d = json.loads(p.read_text(encoding="utf-8"))
        if d.get("format") != FORMAT:
            raise EnrolmentError(f"{p} is not a uniform enrolment file")
        if int(d["version"]) > FORMAT_VERSION:
            raise EnrolmentError(f"{p} was written by a newer version (format {d['version']}); update the program")
        lab = tuple(float(x) for x in d["lab"])
        if len(lab) != 3:
            raise EnrolmentError(f"{p}: 'lab' must have three values")
        return UniformEnrolment(lab, float(d["spread"]), int(d["n_images"]), str(d["created"]), int(d["version"]))
    except EnrolmentError:
        raise
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
        raise EnrolmentError(f"cannot read uniform enrolment {p}: {e}") from None
