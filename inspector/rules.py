"""Conduct rules: a validated, versioned, declarative table and its pure evaluation.

Each rule names the clause of the code of conduct (``../shared/domain/conduct-rules.md``) it
enforces and a condition on one tracked person (``scope = "person"``) or on the whole station
(``scope = "station"``, e.g. the post left unattended). A condition is two lists of leaf tests:

* ``any_of``: at least one must hold (e.g. shoulder tilted OR trunk leaning sideways);
* ``all_of``: every one must hold (guards such as "not sitting").

Leaf tests are:

* :class:`LabelCondition`: a class label (``arm_posture``, ``body_posture``, ``face_expression``,
  ``badge`` or ``stance``) is one of ``values`` with at least ``min_confidence``
  (``negate = true`` inverts the whole test: "stance is not sitting");
* :class:`MeasureCondition`: a measure of :class:`inspector.types.Features` (optionally its absolute
  value) compared with a threshold, the measure having at least ``min_confidence``;
* :class:`StationCondition`: fewer than ``persons_fewer_than`` persons are in view (station rules).

Timing (minimum duration, hysteresis, cool-down) is applied by :mod:`inspector.events`; this
module only says whether a rule's condition holds in one frame, with what confidence and on
which values (:func:`evaluate_person`, :func:`evaluate_station`).

A rules file is TOML or JSON::

    version = "site-2024-06"
    [[rules]]
    id = "phone_use"
    clause = "6. Discipline at the post: no private phone use at the post"
    min_duration_s = 3
    [[rules.any_of]]
    label = "arm_posture"
    values = ["phone_to_ear", "looking_at_phone"]
    min_confidence = 0.6
"""

from __future__ import annotations

import json
import operator
import re
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal, Sequence, Union

from pydantic import Discriminator, Field, Tag, ValidationError, field_validator, model_validator

from inspector.settings_base import Section, explain_validation, read_mapping_file
from inspector.types import ArmPosture, Badge, BodyPosture, FaceExpression, PersonObservation, Stance


class RulesError(ValueError):
    """A rules file is unreadable or invalid; the message names the rule and key."""


LabelName = Literal["arm_posture", "body_posture", "face_expression", "badge", "stance"]
MeasureName = Literal["trunk_lean_forward", "trunk_lean_side", "shoulder_tilt", "head_yaw", "head_pitch",
                      "head_roll", "smile", "brow_knit", "mouth_open", "talking", "eyes_closed"]
Op = Literal[">", ">=", "<", "<="]

LABEL_VOCABULARY: dict[str, frozenset[str]] = {
    "arm_posture": frozenset(v.value for v in ArmPosture),
    "body_posture": frozenset(v.value for v in BodyPosture),
    "face_expression": frozenset(v.value for v in FaceExpression),
    "badge": frozenset(v.value for v in Badge),
    "stance": frozenset(v.value for v in Stance),
}

_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}
_HOURS_RE = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


# --- conditions -----------------------------------------------------------------------------

class LabelCondition(Section):
    """A class label of the person is one of a set of values."""

    label: LabelName = Field(description="Which label: arm_posture, body_posture, face_expression, badge or stance.")
    values: tuple[str, ...] = Field(min_length=1, description="The label values that satisfy the test (words of the label vocabulary).")
    min_confidence: float = Field(0.5, ge=0, le=1, description="The label's confidence must be at least this for the label to count.")
    negate: bool = Field(False, description="Invert the test: holds when the label is NOT one of the values with enough confidence.")

    @model_validator(mode="after")
    def _known_values(self) -> "LabelCondition":
        known = LABEL_VOCABULARY[self.label]
        bad = [v for v in self.values if v not in known]
        if bad:
            raise ValueError(f"unknown {self.label} value(s) {bad}; known: {sorted(known)}")
        return self


class MeasureCondition(Section):
    """A measure of the person compared with a threshold."""

    measure: MeasureName = Field(description="Which measure of Features (degrees for angles, [0, 1] for scores).")
    op: Op = Field(">", description="Comparison: the measure <op> threshold must hold.")
    threshold: float = Field(description="The threshold the measure is compared with.")
    absolute: bool = Field(False, description="Compare the absolute value of the measure (for signed angles such as tilt).")
    min_confidence: float = Field(0.5, ge=0, le=1, description="The measure's confidence must be at least this for the test to hold.")


class StationCondition(Section):
    """The station has fewer persons in view than a number (only in station rules)."""

    persons_fewer_than: int = Field(1, ge=1, description="Holds when fewer than this many persons are in view at the post (1: nobody).")


# Union tags; written in angle brackets so error paths can leave them out.
_TAG_LABEL, _TAG_MEASURE, _TAG_STATION = "<label>", "<measure>", "<station>"


def _condition_kind(v: Any) -> str | None:
    keys = v if isinstance(v, dict) else v.__dict__ if isinstance(v, Section) else {}
    for key, tag in (("label", _TAG_LABEL), ("measure", _TAG_MEASURE), ("persons_fewer_than", _TAG_STATION)):
        if key in keys:
            return tag
    return None


Condition = Annotated[
    Union[Annotated[LabelCondition, Tag(_TAG_LABEL)], Annotated[MeasureCondition, Tag(_TAG_MEASURE)],
          Annotated[StationCondition, Tag(_TAG_STATION)]],
    Discriminator(_condition_kind, custom_error_type="condition_kind",
                  custom_error_message="a condition needs one of the keys 'label', 'measure' or 'persons_fewer_than'"),
]


# --- rules ----------------------------------------------------------------------------------

def parse_hours(text: str) -> tuple[time, time]:
    """Parses ``"HH:MM-HH:MM"`` (local time; the end may be before the start for overnight ranges).

    Raises:
        ValueError: Malformed range or out-of-range time.
    """
    m = _HOURS_RE.match(text.strip())
    if not m:
        raise ValueError(f"active hours {text!r} must look like 'HH:MM-HH:MM'")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 != 0):
        raise ValueError(f"active hours {text!r}: time out of range")
    end = time(23, 59, 59, 999999) if h2 == 24 else time(h2, m2)
    return time(h1, m1), end


def in_hours(t: time, ranges: Sequence[tuple[time, time]]) -> bool:
    """True when the local time ``t`` falls in one of the ranges (no ranges: always).

    A range [start, end) with end <= start wraps past midnight.
    """
    if not ranges:
        return True
    t = t.replace(tzinfo=None)
    for start, end in ranges:
        if start < end:
            if start <= t < end:
                return True
        elif t >= start or t < end:
            return True
    return False


class Rule(Section):
    """One conduct rule."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Stable identifier (lower case, digits, underscores); events refer to it.")
    clause: str = Field(min_length=3, description="The section and text of the code of conduct this rule enforces.")
    scope: Literal["person", "station"] = Field("person", description="'person': checked on each tracked person; 'station': checked on the whole post (e.g. unattended).")
    any_of: tuple[Condition, ...] = Field((), description="Tests of which at least one must hold (empty: no such requirement).")
    all_of: tuple[Condition, ...] = Field((), description="Tests that must all hold (guards such as 'not sitting').")
    min_duration_s: float = Field(3.0, ge=0, description="The condition must hold this long (seconds) before an event starts; shorter episodes are not events.")
    clear_after_s: float = Field(1.5, ge=0, description="Hysteresis: the condition must be false this long before the episode ends (brief flicker keeps one event).")
    cooldown_s: float = Field(30.0, ge=0, description="After an event of this rule for this person ends, no new one starts for this long.")
    severity: Literal["low", "medium", "high"] = Field("medium", description="Severity shown to reviewers.")
    points: float = Field(1.0, ge=0, le=100, description="Points deducted from the monthly 100-point score when an event is confirmed.")
    active_hours: tuple[str, ...] = Field((), description="Local time ranges 'HH:MM-HH:MM' when the rule applies (empty: always); overnight ranges wrap.")
    enabled: bool = Field(True, description="False switches the rule off without deleting it.")

    @field_validator("active_hours")
    @classmethod
    def _hours(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for text in v:
            parse_hours(text)
        return v

    @model_validator(mode="after")
    def _conditions_fit_scope(self) -> "Rule":
        conds = self.any_of + self.all_of
        if not conds:
            raise ValueError("a rule needs at least one condition in any_of or all_of")
        station = [c for c in conds if isinstance(c, StationCondition)]
        if self.scope == "station" and len(station) != len(conds):
            raise ValueError("a station rule may only use 'persons_fewer_than' conditions")
        if self.scope == "person" and station:
            raise ValueError("'persons_fewer_than' is only allowed in rules with scope = \"station\"")
        return self

    def hour_ranges(self) -> tuple[tuple[time, time], ...]:
        """The parsed active hours."""
        return tuple(parse_hours(h) for h in self.active_hours)


class RulesConfig(Section):
    """The versioned rule table."""

    version: str = Field(min_length=1, description="Version of this rule table; stored with every event so scores stay traceable.")
    rules: tuple[Rule, ...] = Field(description="The rules.")

    @model_validator(mode="after")
    def _unique_ids(self) -> "RulesConfig":
        seen: set[str] = set()
        for r in self.rules:
            if r.id in seen:
                raise ValueError(f"rule id {r.id!r} appears twice")
            seen.add(r.id)
        return self

    def enabled_rules(self) -> tuple[Rule, ...]:
        """The rules that are switched on."""
        return tuple(r for r in self.rules if r.enabled)

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id.

        Raises:
            KeyError: No such rule.
        """
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(f"no rule {rule_id!r}")


# --- loading --------------------------------------------------------------------------------

def parse_rules(data: dict, source: str = "<dict>") -> RulesConfig:
    """Validates a rules mapping.

    Raises:
        RulesError: One line per problem, naming the rule index and key.
    """
    try:
        return RulesConfig.model_validate(data)
    except ValidationError as e:
        raise RulesError(explain_validation(
            e, f"invalid rules in {source}:",
            "check the spelling; every key is described in inspector/rules.py")) from None


def load_rules(path: str | Path | None) -> RulesConfig:
    """Loads a TOML or JSON rules file; None gives :func:`default_rules`.

    Raises:
        RulesError: File missing, unreadable or invalid.
    """
    if path is None:
        return default_rules()
    data = read_mapping_file(path, "rules file", RulesError)
    return parse_rules(data, str(path))


DEFAULT_RULES_VERSION = "default-2"

_DEFAULT_RULES: dict = {
    "version": DEFAULT_RULES_VERSION,
    "rules": [
        {"id": "forbidden_arms_standing", "severity": "medium", "points": 2, "min_duration_s": 3,
         "clause": "1. Standing posture: forbidden hands on hips (叉腰), hands in pockets (插兜), arms crossed on the chest (抱胸)",
         "any_of": [{"label": "arm_posture", "values": ["arms_crossed", "hands_on_hips", "hands_in_pockets"], "min_confidence": 0.6}],
         "all_of": [{"label": "stance", "values": ["sitting"], "min_confidence": 0.6, "negate": True}]},
        {"id": "arms_crossed_sitting", "severity": "medium", "points": 2, "min_duration_s": 3,
         "clause": "2. Sitting posture: forbidden arms crossed on the chest",
         "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}],
         "all_of": [{"label": "stance", "values": ["sitting"], "min_confidence": 0.6}]},
        {"id": "slouching", "severity": "low", "points": 1, "min_duration_s": 5,
         "clause": "2. Sitting posture: upright back required; forbidden leaning far forward or back, half-lying (前俯后仰, 半躺半坐)",
         "any_of": [{"label": "body_posture", "values": ["sitting_slouched"], "min_confidence": 0.6}]},
        {"id": "leaning_on_counter", "severity": "low", "points": 1, "min_duration_s": 5,
         "clause": "1. Standing posture: forbidden leaning on or pressing the chest against the counter (胸部紧贴或倚靠台面)",
         "any_of": [{"label": "body_posture", "values": ["leaning_on_counter"], "min_confidence": 0.6}]},
        {"id": "sleeping", "severity": "high", "points": 5, "min_duration_s": 10, "clear_after_s": 3,
         "clause": "2. Sitting posture: forbidden lying on the desk (趴在工作台上); 6. Discipline: no sleeping at the post",
         "any_of": [{"label": "body_posture", "values": ["head_down_on_desk"], "min_confidence": 0.6},
                    {"measure": "eyes_closed", "op": ">", "threshold": 0.7, "min_confidence": 0.6}]},
        {"id": "chin_on_hand", "severity": "low", "points": 1, "min_duration_s": 3,
         "clause": "2. Sitting posture: forbidden chin in hand (托腮)",
         "any_of": [{"label": "arm_posture", "values": ["chin_on_hand"], "min_confidence": 0.6}]},
        {"id": "phone_use", "severity": "high", "points": 3, "min_duration_s": 3,
         "clause": "6. Discipline at the post: no private phone calls or phone use at the post (工作期间不能接打手机)",
         "any_of": [{"label": "arm_posture", "values": ["phone_to_ear", "looking_at_phone"], "min_confidence": 0.6}]},
        {"id": "post_unattended", "scope": "station", "severity": "high", "points": 5,
         "min_duration_s": 180, "clear_after_s": 5, "cooldown_s": 60, "active_hours": ["09:00-18:00"],
         "clause": "6. Discipline at the post: no leaving the post without cover (擅自离岗、串岗, 空岗); default 3 minutes in opening hours",
         "any_of": [{"persons_fewer_than": 1}]},
        {"id": "not_upright", "severity": "low", "points": 1, "min_duration_s": 5,
         "clause": "1. Standing posture: upright, shoulders level (肩要平); 2. Sitting posture: upright back, no leaning far forward (前俯)",
         "any_of": [{"measure": "shoulder_tilt", "absolute": True, "op": ">", "threshold": 10, "min_confidence": 0.6},
                    {"measure": "trunk_lean_side", "absolute": True, "op": ">", "threshold": 12, "min_confidence": 0.6},
                    {"measure": "trunk_lean_forward", "op": ">", "threshold": 25, "min_confidence": 0.6}]},
        {"id": "badge_not_visible", "severity": "low", "points": 1, "min_duration_s": 300, "clear_after_s": 30,
         "cooldown_s": 600,
         "clause": "5. Grooming and uniform: badge / name tag (工号牌, 工牌) worn at the designated position; default: not visible for 5 minutes at the post",
         "any_of": [{"label": "badge", "values": ["badge_no"], "min_confidence": 0.6}]},
    ],
}


def default_rules() -> RulesConfig:
    """The shipped default rule table (managers edit a copy: :func:`default_rules_toml`)."""
    return RulesConfig.model_validate(_DEFAULT_RULES)


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def rules_to_toml(cfg: RulesConfig) -> str:
    """Writes a rule table as TOML that :func:`load_rules` reads back to an equal table."""
    out = [f"version = {_toml_value(cfg.version)}", ""]
    for rule in cfg.rules:
        d = rule.model_dump()
        out.append("[[rules]]")
        for k, v in d.items():
            if k not in ("any_of", "all_of"):
                out.append(f"{k} = {_toml_value(v)}")
        for key in ("any_of", "all_of"):
            for cond in d[key]:
                out.append(f"[[rules.{key}]]")
                out.extend(f"{k} = {_toml_value(v)}" for k, v in cond.items())
        out.append("")
    return "\n".join(out)


def default_rules_toml() -> str:
    """The default rule table as an editable TOML text."""
    return rules_to_toml(default_rules())


# --- evaluation -----------------------------------------------------------------------------

TriggerValue = float | str


@dataclass(frozen=True)
class Match:
    """A rule's condition holding in one frame.

    Attributes:
        confidence: How sure the frame is, in [0, 1] (the weakest required test, the strongest
            of the any_of tests that held).
        values: The values the tests looked at, as (name, value) pairs in rule order.
    """

    confidence: float
    values: tuple[tuple[str, TriggerValue], ...]


def _label_of(person: PersonObservation, name: str) -> tuple[str, float] | None:
    if name == "stance":
        f = person.features
        return None if f is None else (f.stance.value, float(f.stance_confidence))
    lab = person.labels
    if lab is None:
        return None
    conf_attr = {"arm_posture": "arm_confidence", "body_posture": "body_confidence",
                 "face_expression": "face_confidence", "badge": "badge_confidence"}[name]
    return getattr(lab, name).value, float(getattr(lab, conf_attr))


def _test(cond: LabelCondition | MeasureCondition, person: PersonObservation) -> tuple[bool, float, tuple[tuple[str, TriggerValue], ...]]:
    """One leaf test: (holds, confidence, values looked at)."""
    if isinstance(cond, LabelCondition):
        got = _label_of(person, cond.label)
        if got is None:
            return (True, 1.0, ()) if cond.negate else (False, 0.0, ())
        value, conf = got
        positive = value in cond.values and conf >= cond.min_confidence
        vals = ((cond.label, value), (f"{cond.label}_confidence", round(conf, 4)))
        if cond.negate:
            return not positive, (1.0 - conf if value in cond.values else 1.0), vals
        return positive, conf, vals
    m = None if person.features is None else getattr(person.features, cond.measure)
    if m is None:
        return False, 0.0, ()
    x = abs(m.value) if cond.absolute else m.value
    ok = m.confidence >= cond.min_confidence and _OPS[cond.op](x, cond.threshold)
    return ok, float(m.confidence), ((cond.measure, round(float(m.value), 4)),
                                      (f"{cond.measure}_confidence", round(float(m.confidence), 4)))


def evaluate_person(rule: Rule, person: PersonObservation) -> Match | None:
    """Whether a person rule's condition holds for one person in one frame.

    Args:
        rule: A rule with ``scope == "person"``.
        person: The person with features and labels filled (missing ones make tests fail).

    Returns:
        The match, or None when the condition does not hold.

    Raises:
        ValueError: ``rule`` is a station rule.
    """
    if rule.scope != "person":
        raise ValueError(f"rule {rule.id!r} is a station rule")
    values: list[tuple[str, TriggerValue]] = []
    conf = 1.0
    for cond in rule.all_of:
        ok, c, vals = _test(cond, person)  # type: ignore[arg-type]
        if not ok:
            return None
        conf = min(conf, c)
        values.extend(vals)
    if rule.any_of:
        best = -1.0
        for cond in rule.any_of:
            ok, c, vals = _test(cond, person)  # type: ignore[arg-type]
            if ok:
                best = max(best, c)
                values.extend(vals)
        if best < 0:
            return None
        conf = min(conf, best)
    return Match(confidence=round(conf, 4), values=_dedupe(values))


def evaluate_station(rule: Rule, persons_in_view: int) -> Match | None:
    """Whether a station rule's condition holds, given how many persons are at the post.

    Raises:
        ValueError: ``rule`` is a person rule or the count is negative.
    """
    if rule.scope != "station":
        raise ValueError(f"rule {rule.id!r} is a person rule")
    if persons_in_view < 0:
        raise ValueError("persons_in_view must be >= 0")
    conds = [c for c in rule.all_of]
    required = all(persons_in_view < c.persons_fewer_than for c in conds)  # type: ignore[union-attr]
    anyone = (not rule.any_of) or any(persons_in_view < c.persons_fewer_than for c in rule.any_of)  # type: ignore[union-attr]
    if not (required and anyone):
        return None
    return Match(confidence=1.0, values=(("persons_in_view", float(persons_in_view)),))


def _dedupe(values: list[tuple[str, TriggerValue]]) -> tuple[tuple[str, TriggerValue], ...]:
    seen: dict[str, TriggerValue] = {}
    for k, v in values:
        seen.setdefault(k, v)
    return tuple(seen.items())
