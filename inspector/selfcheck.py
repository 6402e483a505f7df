"""Kiosk self-check logic (no Qt): posture, arms and smile of the ONE person in front of the camera.

Fed with analysed frames, :class:`SelfCheck` gives per-frame feedback and, once one person has been
watched for ``duration_s`` seconds of stream time, a pass/fail summary. It never looks at who the
person is, stores nothing and deducts nothing. Two or more persons in view pause the check and ask
for one person; nobody in view waits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from pydantic import Field

from inspector.settings_base import Section
from inspector.types import ArmPosture, BodyPosture, FaceExpression, FrameResult, PersonObservation


class SelfCheckConfig(Section):
    """Kiosk self-check settings."""

    duration_s: float = Field(10.0, gt=0, le=120, description="Seconds of watching one person before the summary.")
    min_fraction: float = Field(0.6, gt=0, le=1, description="Share of the judged frames that must be good for an item to pass.")
    min_samples: int = Field(5, ge=1, le=1000, description="An item judged in fewer frames than this is reported as 'not seen'.")
    min_confidence: float = Field(0.5, ge=0, le=1, description="A class below this confidence is not judged in that frame.")
    min_person_area: float = Field(0.02, ge=0, le=1, description="Persons smaller than this share of the frame (far in the background) are ignored.")


class Verdict(str, Enum):
    GOOD = "good"
    BAD = "bad"
    UNSURE = "unsure"


class Phase(str, Enum):
    WAITING = "waiting"        # nobody in front of the camera
    TOO_MANY = "too_many"      # more than one person: ask for one
    CHECKING = "checking"
    DONE = "done"


ITEMS = ("posture", "arms", "smile")

GOOD_BODY = {BodyPosture.STANDING_UPRIGHT, BodyPosture.SITTING_UPRIGHT}
BAD_BODY = {BodyPosture.SITTING_SLOUCHED, BodyPosture.HEAD_DOWN_ON_DESK, BodyPosture.LEANING_ON_COUNTER,
            BodyPosture.STANDING_LEANING, BodyPosture.STANDING_SLOUCHED}
GOOD_ARMS = {ArmPosture.ARMS_HANGING, ArmPosture.HANDS_CLASPED_FRONT, ArmPosture.HANDS_BEHIND_BACK,
             ArmPosture.HANDS_ON_COUNTER}
BAD_ARMS = {ArmPosture.ARMS_CROSSED, ArmPosture.HANDS_ON_HIPS, ArmPosture.HANDS_IN_POCKETS, ArmPosture.PHONE_TO_EAR,
            ArmPosture.LOOKING_AT_PHONE, ArmPosture.CHIN_ON_HAND}


@dataclass(frozen=True)
class ItemFeedback:
    """One item in one frame: the verdict and the label behind it (a label value word)."""

    item: str
    verdict: Verdict
    label: str


@dataclass(frozen=True)
class ItemSummary:
    """One item over the whole check."""

    item: str
    good: int
    bad: int
    passed: bool | None
    """None: not judged often enough ('not seen')."""


@dataclass(frozen=True)
class CheckState:
    """What the kiosk shows now."""

    phase: Phase
    persons: int
    progress: float
    """0..1 of the check duration."""
    feedback: tuple[ItemFeedback, ...]
    summary: tuple[ItemSummary, ...]
    passed: bool | None
    """Overall result once done (None before)."""


def _judge(value, conf: float, good: set, bad: set, cfg: SelfCheckConfig) -> Verdict:
    if conf < cfg.min_confidence:
        return Verdict.UNSURE
    if value in good:
        return Verdict.GOOD
    return Verdict.BAD if value in bad else Verdict.UNSURE


def judge_person(p: PersonObservation, cfg: SelfCheckConfig) -> tuple[ItemFeedback, ...]:
    """Posture, arms and smile verdicts of one person in one frame."""
    lab = p.labels
    if lab is None:
        return tuple(ItemFeedback(i, Verdict.UNSURE, "unknown") for i in ITEMS)
    smile = Verdict.UNSURE
    if lab.face_confidence >= cfg.min_confidence and lab.face_expression is not FaceExpression.UNKNOWN:
        smile = Verdict.GOOD if lab.face_expression is FaceExpression.SMILING else Verdict.BAD
    return (ItemFeedback("posture", _judge(lab.body_posture, lab.body_confidence, GOOD_BODY, BAD_BODY, cfg),
                         lab.body_posture.value),
            ItemFeedback("arms", _judge(lab.arm_posture, lab.arm_confidence, GOOD_ARMS, BAD_ARMS, cfg),
                         lab.arm_posture.value),
            ItemFeedback("smile", smile, lab.face_expression.value))


class SelfCheck:
    """The state machine of one kiosk session; :meth:`reset` starts over."""

    def __init__(self, cfg: SelfCheckConfig | None = None) -> None:
        self.cfg = cfg or SelfCheckConfig()
        self.reset()

    def reset(self) -> None:
        self._watched_ms = 0
        self._last_ms: int | None = None
        self._counts = {i: [0, 0] for i in ITEMS}
        self._done: CheckState | None = None

    def feed(self, result: FrameResult) -> CheckState:
        """Takes one analysed frame; returns what to show."""
        if self._done is not None:
            return self._done
        w, h = result.frame.width, result.frame.height
        people = [p for p in result.persons if p.area >= self.cfg.min_person_area * w * h]
        t = result.frame.timestamp_ms
        gap = 0 if self._last_ms is None else max(0, t - self._last_ms)
        self._last_ms = t
        if len(people) != 1:
            phase = Phase.WAITING if not people else Phase.TOO_MANY
            return CheckState(phase, len(people), self.progress, (), (), None)
        self._watched_ms += min(gap, 1000)  # a long pause (camera hiccup) does not count as watched
        feedback = judge_person(people[0], self.cfg)
        for f in feedback:
            if f.verdict is Verdict.GOOD:
                self._counts[f.item][0] += 1
            elif f.verdict is Verdict.BAD:
                self._counts[f.item][1] += 1
        if self.progress >= 1.0:
            summary = self.summary()
            passed = all(s.passed is True for s in summary)
            self._done = CheckState(Phase.DONE, 1, 1.0, feedback, summary, passed)
            return self._done
        return CheckState(Phase.CHECKING, 1, self.progress, feedback, (), None)

    @property
    def progress(self) -> float:
        return min(1.0, self._watched_ms / (self.cfg.duration_s * 1000.0))

    def summary(self) -> tuple[ItemSummary, ...]:
        """Per-item result so far."""
        out = []
        for item in ITEMS:
            good, bad = self._counts[item]
            n = good + bad
            passed = None if n < self.cfg.min_samples else good / n >= self.cfg.min_fraction
            out.append(ItemSummary(item, good, bad, passed))
        return tuple(out)
