"""The inspection's vocabulary: its settings, items, guidance and results (frozen values)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Literal, Mapping

import numpy as np
from pydantic import Field

from inspector.settings_base import Section
from inspector.types import ArmPosture

ALLOWED_HANDS = frozenset({ArmPosture.ARMS_HANGING, ArmPosture.HANDS_CLASPED_FRONT, ArmPosture.HANDS_BEHIND_BACK})
"""Hand positions the inspection accepts."""

ITEMS = ("badge", "uniform", "hair_face", "hair_tied", "upright", "hands", "smile")
ITEM_TITLES = {"badge": "Badge worn and visible", "uniform": "Uniform (colour)", "hair_face": "Hair not covering the face",
               "hair_tied": "Long hair tied", "upright": "Upright stance", "hands": "Allowed hand position",
               "smile": "Smile"}
FRONT_ITEMS = frozenset({"badge", "uniform", "hair_face", "hair_tied", "upright", "hands", "smile"})
SIDE_ITEMS = frozenset({"upright"})
ALLOWED_HANDS = frozenset({ArmPosture.ARMS_HANGING, ArmPosture.HANDS_CLASPED_FRONT, ArmPosture.HANDS_BEHIND_BACK})

# Face-mesh points on the lower forehead (between the brows and the hairline of tidy hair) and on the cheeks.
FOREHEAD_POINTS = (151, 9, 108, 337, 69, 299, 104, 333, 8, 107, 336)
CHEEK_POINTS = (50, 280, 101, 330, 205, 425)


class InspectionError(ValueError):
    """A misuse of the inspection flow (unknown item, empty reason, nothing to store...)."""


class ItemStatus(str, Enum):
    """Outcome of one checklist item."""

    PASS = "pass"
    FAIL = "fail"
    CANNOT_TELL = "cannot_tell"


class View(str, Enum):
    """Which way the staff member faces the camera."""

    FRONT = "front"
    SIDE = "side"
    UNUSABLE = "unusable"


class InspectionConfig(Section):
    """Settings of the shift-start inspection."""

    min_shoulder_frac: float = Field(0.08, gt=0, le=1, description="Shoulder width over frame width below which the person is too far (about 1.5-2 m is wanted).")
    max_shoulder_frac: float = Field(0.45, gt=0, le=1, description="Shoulder width over frame width above which the person is too close.")
    second_person_area: float = Field(0.25, gt=0, le=1, description="Another person whose box is at least this fraction of the largest one counts as a second person in view.")
    front_min_facing: float = Field(0.75, ge=0, le=1, description="Facing ratio (image over 3-D shoulder span) from which the view is the front view.")
    side_max_facing: float = Field(0.5, ge=0, le=1, description="Facing ratio below which the view is the side view.")
    badge_without_enrolment: Literal["generic", "cannot_tell"] = Field("generic", description="Without an enrolled badge: use the generic badge/lanyard detector ('generic') or report the badge item as cannot tell ('cannot_tell').")
    hair_max_covered: float = Field(0.35, ge=0, le=1, description="Fraction of lower-forehead mesh points not skin-coloured above which hair covers the face.")
    skin_delta_e: float = Field(22.0, gt=0, description="CIE Lab distance from the cheek colour above which a face point is not skin.")
    min_face_px: float = Field(50.0, gt=0, description="Faces smaller than this (pixels) cannot be judged for hair.")
    loose_hair_max_fraction: float = Field(0.35, ge=0, le=1, description="Fraction of the shoulder-top regions beside the neck with the hair's colour above which long hair hangs loose.")
    hair_colour_delta_e: float = Field(14.0, gt=0, description="CIE Lab distance to the hair colour within which a pixel counts as hair.")
    max_lean_deg: float = Field(12.0, ge=0, description="Trunk lean (forward or sideways, degrees) above which the stance is not upright.")
    max_shoulder_tilt_deg: float = Field(8.0, ge=0, description="Shoulder tilt (degrees) above which the stance is not upright.")
    min_item_confidence: float = Field(0.4, ge=0, le=1, description="Observations with a lower confidence do not count for an item.")
    counts_in_score: bool = Field(True, description="Whether a failed inspection deducts points from the monthly score.")


@dataclass(frozen=True)
class Guidance:
    """What the screen tells the staff member for this frame.

    Attributes:
        ok: True when the frame can be used.
        view: Front, side or unusable.
        message: Instruction for the staff member ("" when nothing to say).
    """

    ok: bool
    view: View
    message: str


@dataclass(frozen=True)
class Observation:
    """One item judged on one frame."""

    item: str
    status: ItemStatus
    confidence: float
    detail: str
    frame_index: int


@dataclass(frozen=True)
class ItemResult:
    """The outcome of one item, with its evidence frame and any manager override.

    Attributes:
        item: Item name (:data:`ITEMS`).
        status: Outcome as measured.
        confidence: Confidence of ``status``.
        detail: What was measured, or why it cannot be told.
        evidence_frame: Index of the frame that shows it (-1 when none).
        override: Manager's status, or None.
        override_reason: The manager's reason ("" without override).
        override_by: Who overrode it.
    """

    item: str
    status: ItemStatus
    confidence: float
    detail: str
    evidence_frame: int
    override: ItemStatus | None = None
    override_reason: str = ""
    override_by: str = ""

    @property
    def final(self) -> ItemStatus:
        """The status after the manager's override."""
        return self.override if self.override is not None else self.status


@dataclass(frozen=True, eq=False)
class InspectionResult:
    """A finished inspection.

    Attributes:
        staff_code: Who was inspected.
        at: When it started (UTC).
        items: One result per item, in :data:`ITEMS` order.
        evidence: Evidence images (BGR) by frame index.
        notes: Messages for the manager (e.g. no badge enrolled).
    """

    staff_code: str
    at: datetime
    items: tuple[ItemResult, ...]
    evidence: Mapping[int, np.ndarray] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def item(self, name: str) -> ItemResult:
        """The result of one item.

        Raises:
            InspectionError: Unknown item.
        """
        for it in self.items:
            if it.item == name:
                return it
        raise InspectionError(f"unknown inspection item {name!r}; items are {', '.join(ITEMS)}")

    @property
    def failed_items(self) -> tuple[str, ...]:
        return tuple(i.item for i in self.items if i.final is ItemStatus.FAIL)

    @property
    def passed(self) -> bool:
        """True when no item failed (cannot-tell items do not fail the inspection)."""
        return not self.failed_items

    def checklist(self) -> dict[str, bool]:
        """Item -> passed, for the items that could be told (what the store records)."""
        return {i.item: i.final is ItemStatus.PASS for i in self.items if i.final is not ItemStatus.CANNOT_TELL}


class InspectionScreenConfig(Section):
    """When the guided inspection in the app has seen enough."""

    min_front_frames: int = Field(15, ge=1, le=10000, description="Usable front-view frames after which the front view is done.")
    min_side_frames: int = Field(5, ge=1, le=10000, description="Usable side-view frames after which the side view is done and the inspection ends by itself.")
    max_frames: int = Field(600, ge=1, le=100000, description="Analysed frames after which the inspection ends with what was seen (a camera never ends by itself).")
