"""Who spoke: with one microphone, the person whose mouth moves while voice is active.

Each analysed frame gives, per tracked person, the ``talking`` measure of
:func:`inspector.face.talking_measure` (how often the mouth opens and closes, from the jawOpen
blendshape). A speech segment is attributed by the mean talking score of each person over the
segment (with a small margin):

- the staff member with the highest score, when it reaches ``min_talking`` and no customer's
  mouth moves as much (within ``tie_margin``);
- the customer, when only a customer's mouth moves: such speech is never charged to staff;
- nobody (``unknown``) when no mouth moves enough, or a staff member and a customer move alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal, Sequence

from pydantic import Field

from inspector.audio.vad import SpeechSegment
from inspector.greeting_state import PersonState
from inspector.settings_base import Section
from inspector.types import Role


class SpeakerConfig(Section):
    """How speech is attributed to a person."""

    min_talking: float = Field(0.35, ge=0, le=1, description="Mean talking score over the segment at or above which a person is speaking.")
    tie_margin: float = Field(0.1, ge=0, le=1, description="A staff member and a customer whose scores differ by less than this both move their mouths: the speaker is unknown.")
    margin_ms: float = Field(300.0, ge=0, le=3000, description="Frames this close before or after the segment count too (the talking measure lags).")
    min_confidence: float = Field(0.3, ge=0, le=1, description="Talking measures below this confidence are not used.")


@dataclass(frozen=True)
class MouthSample:
    """One person's talking score in one frame.

    Attributes:
        t_ms: Stream time of the frame.
        track_id: The person's track.
        role: Staff, customer or unknown.
        talking: Talking score in [0, 1].
    """

    t_ms: float
    track_id: int
    role: Role
    talking: float


@dataclass(frozen=True)
class Attribution:
    """Whose speech a segment is.

    Attributes:
        speaker: ``staff``, ``customer`` or ``unknown``.
        track_id: The speaker's track (None when unknown).
        score: The speaker's mean talking score (the best score when unknown).
    """

    speaker: Literal["staff", "customer", "unknown"]
    track_id: int | None
    score: float


def mouth_samples(states: Iterable[PersonState], min_confidence: float) -> list[MouthSample]:
    """Talking scores from the greeting monitor's per-frame person states (measured ones only)."""
    return [MouthSample(s.t_ms, s.track_id, s.role, s.talking.value) for s in states
            if s.talking is not None and s.talking.confidence >= min_confidence]


def attribute(segment: SpeechSegment, samples: Sequence[MouthSample], cfg: SpeakerConfig) -> Attribution:
    """Attributes one speech segment (see the module docstring for the rule)."""
    lo, hi = segment.start_ms - cfg.margin_ms, segment.end_ms + cfg.margin_ms
    sums: dict[int, list[float]] = {}
    roles: dict[int, Role] = {}
    for s in samples:
        if lo <= s.t_ms <= hi:
            sums.setdefault(s.track_id, []).append(s.talking)
            roles[s.track_id] = s.role
    means = {tid: sum(v) / len(v) for tid, v in sums.items()}
    staff = {t: m for t, m in means.items() if roles[t] == Role.STAFF}
    customers = {t: m for t, m in means.items() if roles[t] == Role.CUSTOMER}
    best_staff = max(staff.items(), key=lambda kv: kv[1], default=None)
    best_cust = max(customers.items(), key=lambda kv: kv[1], default=None)
    s_score = best_staff[1] if best_staff else 0.0
    c_score = best_cust[1] if best_cust else 0.0
    if s_score < cfg.min_talking and c_score < cfg.min_talking:
        return Attribution("unknown", None, max(s_score, c_score))
    if best_cust is not None and c_score >= cfg.min_talking and c_score > s_score - cfg.tie_margin:
        if s_score >= cfg.min_talking and abs(s_score - c_score) < cfg.tie_margin:
            return Attribution("unknown", None, max(s_score, c_score))
        return Attribution("customer", best_cust[0], c_score)
    if best_staff is None:  # unreachable: a score at or above min_talking came from someone
        return Attribution("unknown", None, c_score)
    return Attribution("staff", best_staff[0], s_score)
