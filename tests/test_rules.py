"""Rule table validation and per-frame evaluation on hand-built observations."""

from __future__ import annotations

import tomllib

import pytest

from inspector.rules import (RulesError, default_rules, default_rules_toml, evaluate_person, evaluate_station,
                             in_hours, load_rules, parse_hours, parse_rules)
from inspector.types import ArmPosture, BodyPosture, Features, Labels, Measure, PersonObservation, Stance


def person(arm: ArmPosture = ArmPosture.ARMS_HANGING, arm_conf: float = 0.9,
           body: BodyPosture = BodyPosture.STANDING_UPRIGHT, body_conf: float = 0.9,
           stance: Stance = Stance.STANDING, stance_conf: float = 0.9, track_id: int = 1, **measures) -> PersonObservation:
    feats = Features(stance=stance, stance_confidence=stance_conf,
                     **{k: Measure(*v) for k, v in measures.items()})
    return PersonObservation(bbox=(10, 10, 100, 200), track_id=track_id, features=feats,
                             labels=Labels(arm_posture=arm, arm_confidence=arm_conf, body_posture=body,
                                           body_confidence=body_conf))


def one_rule(**overrides) -> dict:
    rule = {"id": "r", "clause": "1. test clause",
            "any_of": [{"label": "arm_posture", "values": ["arms_crossed"], "min_confidence": 0.6}]}
    rule.update(overrides)
    return {"version": "t1", "rules": [rule]}


def test_defaults_cover_the_required_rules_and_name_a_clause():
    cfg = default_rules()
    ids = {r.id for r in cfg.rules}
    assert {"forbidden_arms_standing", "slouching", "leaning_on_counter", "sleeping", "chin_on_hand",
            "phone_use", "post_unattended", "not_upright"} <= ids
    assert cfg.version
    for r in cfg.rules:
        assert r.clause[0].isdigit(), f"{r.id}: clause should start with the section number of conduct-rules.md"


def test_default_toml_round_trips(tmp_path):
    text = default_rules_toml()
    p = tmp_path / "rules.toml"
    p.write_text(text, encoding="utf-8")
    assert load_rules(p) == default_rules()
    assert tomllib.loads(text)["version"] == default_rules().version


@pytest.mark.parametrize("bad, needle", [
    (one_rule(colldown_s=3), "unknown key 'rules.0.colldown_s'"),
    (one_rule(any_of=[{"label": "arm_posture", "values": ["arms_crossed"], "min_confidance": 0.5}]),
     "unknown key 'rules.0.any_of.0.min_confidance'"),
    (one_rule(any_of=[{"label": "arm_posture", "values": ["arms_crosed"]}]), "unknown arm_posture value"),
    (one_rule(any_of=[{"lable": "arm_posture"}]), "needs one of the keys"),
    (one_rule(active_hours=["9-18"]), "HH:MM-HH:MM"),
    (one_rule(any_of=[{"persons_fewer_than": 1}]), "only allowed in rules with scope"),
    (one_rule(any_of=[]), "at least one condition"),
    ({"rules": []}, "version"),
    ({"version": "x", "rules": [one_rule()["rules"][0]] * 2}, "appears twice"),
])
def test_bad_rules_are_refused_with_a_clear_message(bad, needle):
    with pytest.raises(RulesError) as e:
        parse_rules(bad)
    assert needle in str(e.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(RulesError, match="not found"):
        load_rules(tmp_path / "nope.toml")


def test_label_condition_needs_confidence():
    rule = parse_rules(one_rule()).rules[0]
    m = evaluate_person(rule, person(ArmPosture.ARMS_CROSSED, 0.8))
    assert m is not None and m.confidence == 0.8
    assert ("arm_posture", "arms_crossed") in m.values
    assert evaluate_person(rule, person(ArmPosture.ARMS_CROSSED, 0.5)) is None
    assert evaluate_person(rule, person(ArmPosture.ARMS_HANGING, 0.99)) is None


def test_missing_features_and_labels_never_match():
    rule = parse_rules(one_rule()).rules[0]
    assert evaluate_person(rule, PersonObservation(bbox=(0, 0, 1, 1), track_id=1)) is None


def test_negated_guard_blocks_sitting():
    cfg = default_rules()
    rule = cfg.rule("forbidden_arms_standing")
    assert evaluate_person(rule, person(ArmPosture.HANDS_ON_HIPS, stance=Stance.STANDING)) is not None
    assert evaluate_person(rule, person(ArmPosture.HANDS_ON_HIPS, stance=Stance.UNKNOWN, stance_conf=0.0)) is not None
    assert evaluate_person(rule, person(ArmPosture.HANDS_ON_HIPS, stance=Stance.SITTING)) is None


@pytest.mark.parametrize("measures, expected", [
    ({"shoulder_tilt": (-14.0, 0.9)}, True),      # absolute value counts
    ({"shoulder_tilt": (4.0, 0.9)}, False),
    ({"trunk_lean_side": (13.0, 0.9)}, True),
    ({"trunk_lean_forward": (30.0, 0.9)}, True),
    ({"trunk_lean_forward": (-30.0, 0.9)}, False),  # leaning back is not "forward"
    ({"shoulder_tilt": (20.0, 0.3)}, False),       # too unsure
    ({}, False),
])
def test_not_upright_measures(measures, expected):
    rule = default_rules().rule("not_upright")
    assert (evaluate_person(rule, person(**measures)) is not None) is expected


def test_sleeping_by_label_or_eyes_closed():
    rule = default_rules().rule("sleeping")
    assert evaluate_person(rule, person(body=BodyPosture.HEAD_DOWN_ON_DESK)) is not None
    assert evaluate_person(rule, person(eyes_closed=(0.9, 0.8))) is not None
    assert evaluate_person(rule, person(eyes_closed=(0.2, 0.8))) is None


def test_station_rule_counts_persons():
    rule = default_rules().rule("post_unattended")
    assert evaluate_station(rule, 0) is not None
    assert evaluate_station(rule, 1) is None
    with pytest.raises(ValueError):
        evaluate_person(rule, person())


def test_hours_parse_and_wrap():
    from datetime import time
    day = (parse_hours("09:00-18:00"),)
    night = (parse_hours("22:00-06:00"),)
    assert in_hours(time(9, 0), day) and not in_hours(time(18, 0), day) and not in_hours(time(8, 59), day)
    assert in_hours(time(23, 0), night) and in_hours(time(5, 59), night) and not in_hours(time(12, 0), night)
    assert in_hours(time(3, 0), ())
    assert in_hours(time(23, 59, 59), (parse_hours("00:00-24:00"),))
    with pytest.raises(ValueError):
        parse_hours("25:00-26:00")
