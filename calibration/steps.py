"""The calibration dialog's steps, in order, and what each still needs (pure logic, no Qt).

A camera is calibrated in four drawing steps and a check: floor points (four or more marks with
their floor positions), the staff zone, the customer zone (polygons of three or more corners on the
floor), the counter edge (two or more points), then the check of the fit
(:func:`calibration.check.check_profile`). A step is open only when every step before it is done,
so a profile is never validated before its parts exist; :func:`first_missing` names the first step
that is not done and how many points it has and needs, which the UI turns into one plain sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

STEPS = ("floor", "staff", "customer", "counter", "check")
"""The steps in the order the dialog leads through them."""

NEEDED = {"floor": 4, "staff": 3, "customer": 3, "counter": 2}
"""Fewest points each drawing step needs."""


@dataclass(frozen=True)
class StepGap:
    """A drawing step that is not done yet.

    Attributes:
        step: One of :data:`STEPS` (never ``check``).
        have: Points drawn so far.
        need: Fewest points the step needs.
        duplicate: True when there are enough points but two of them coincide (floor marks must be
            distinct in the image and on the floor).
    """

    step: str
    have: int
    need: int
    duplicate: bool = False


def step_gap(step: str, shapes: Mapping[str, Sequence[tuple[float, float]]],
             floor_xy: Sequence[tuple[float, float]] = ()) -> StepGap | None:
    """What a drawing step still lacks, or None when it is done.

    Args:
        step: A drawing step (``floor``, ``staff``, ``customer`` or ``counter``).
        shapes: Points drawn per step, in frame pixels.
        floor_xy: The floor positions typed for the floor points, in metres.

    Raises:
        ValueError: Not a drawing step.
    """
    if step not in NEEDED:
        raise ValueError(f"{step!r} is not a drawing step; use one of {', '.join(NEEDED)}")
    pts = list(shapes.get(step, ()))
    if len(pts) < NEEDED[step]:
        return StepGap(step, len(pts), NEEDED[step])
    if step == "floor" and (len(set(map(tuple, pts))) != len(pts) or len(set(map(tuple, floor_xy))) != len(floor_xy)):
        return StepGap(step, len(pts), NEEDED[step], duplicate=True)
    return None


def first_missing(shapes: Mapping[str, Sequence[tuple[float, float]]],
                  floor_xy: Sequence[tuple[float, float]] = ()) -> StepGap | None:
    """The first drawing step, in order, that is not done; None when all four are."""
    for step in NEEDED:
        gap = step_gap(step, shapes, floor_xy)
        if gap is not None:
            return gap
    return None


def open_steps(shapes: Mapping[str, Sequence[tuple[float, float]]],
               floor_xy: Sequence[tuple[float, float]] = ()) -> tuple[str, ...]:
    """The steps that may be worked on: every step up to and including the first one not done."""
    gap = first_missing(shapes, floor_xy)
    last = STEPS.index(gap.step) if gap is not None else len(STEPS) - 1
    return STEPS[:last + 1]


__all__ = ["NEEDED", "STEPS", "StepGap", "first_missing", "open_steps", "step_gap"]
