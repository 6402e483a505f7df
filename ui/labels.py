"""Translated display names of engine words (label classes, rules, event statuses, status codes).

Every literal goes through :func:`QCoreApplication.translate` so ``pyside6-lupdate`` collects it.
Words the table does not know (a rule a site added) are shown as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from inspector.rules import default_rules


def label_name(value: str) -> str:
    """Display name of a label value (arm, body, face, badge, stance)."""
    names = {
        "arms_hanging": QCoreApplication.translate("Labels", "arms hanging"),
        "hands_clasped_front": QCoreApplication.translate("Labels", "hands clasped in front"),
        "hands_behind_back": QCoreApplication.translate("Labels", "hands behind back"),
        "arms_crossed": QCoreApplication.translate("Labels", "arms crossed"),
        "hands_on_hips": QCoreApplication.translate("Labels", "hands on hips"),
        "hands_in_pockets": QCoreApplication.translate("Labels", "hands in pockets"),
        "phone_to_ear": QCoreApplication.translate("Labels", "phone to ear"),
        "looking_at_phone": QCoreApplication.translate("Labels", "looking at phone"),
        "chin_on_hand": QCoreApplication.translate("Labels", "chin on hand"),
        "hands_on_counter": QCoreApplication.translate("Labels", "hands on counter"),
        "sitting_upright": QCoreApplication.translate("Labels", "sitting upright"),
        "sitting_slouched": QCoreApplication.translate("Labels", "sitting slouched"),
        "head_down_on_desk": QCoreApplication.translate("Labels", "head down on desk"),
        "leaning_on_counter": QCoreApplication.translate("Labels", "leaning on counter"),
        "standing_upright": QCoreApplication.translate("Labels", "standing upright"),
        "standing_leaning": QCoreApplication.translate("Labels", "standing leaning"),
        "standing_slouched": QCoreApplication.translate("Labels", "standing slouched"),
        "standing": QCoreApplication.translate("Labels", "standing"),
        "sitting": QCoreApplication.translate("Labels", "sitting"),
        "face_smiling": QCoreApplication.translate("Labels", "smiling"),
        "face_neutral": QCoreApplication.translate("Labels", "neutral face"),
        "face_frowning": QCoreApplication.translate("Labels", "frowning"),
        "badge_yes": QCoreApplication.translate("Labels", "badge visible"),
        "badge_no": QCoreApplication.translate("Labels", "no badge"),
        "unknown": QCoreApplication.translate("Labels", "unknown"),
    }
    return names.get(value, value)


def rule_name(rule_id: str) -> str:
    """Display name of a rule id."""
    names = {
        "forbidden_arms_standing": QCoreApplication.translate("Labels", "Forbidden arm posture (standing)"),
        "arms_crossed_sitting": QCoreApplication.translate("Labels", "Arms crossed (sitting)"),
        "slouching": QCoreApplication.translate("Labels", "Slouching"),
        "leaning_on_counter": QCoreApplication.translate("Labels", "Leaning on the counter"),
        "sleeping": QCoreApplication.translate("Labels", "Sleeping at the post"),
        "chin_on_hand": QCoreApplication.translate("Labels", "Chin in hand"),
        "phone_use": QCoreApplication.translate("Labels", "Phone use"),
        "post_unattended": QCoreApplication.translate("Labels", "Post unattended"),
        "not_upright": QCoreApplication.translate("Labels", "Not upright"),
        "inspection": QCoreApplication.translate("Labels", "Shift-start inspection"),
        "badge_not_visible": QCoreApplication.translate("Labels", "Badge not visible"),
        "greeting_missed": QCoreApplication.translate("Labels", "Greeting missed"),
        "greeting_late": QCoreApplication.translate("Labels", "Greeting late"),
        "not_standing_for_customer": QCoreApplication.translate("Labels", "Not standing for the customer"),
        "second_customer_ignored": QCoreApplication.translate("Labels", "Second customer not acknowledged"),
        "farewell_not_standing": QCoreApplication.translate("Labels", "Sat down before the customer left"),
        "forbidden_phrase": QCoreApplication.translate("Labels", "Forbidden phrase heard"),
    }
    return names.get(rule_id, rule_id)


def status_name(status: str) -> str:
    """Display name of an event status."""
    names = {
        "pending": QCoreApplication.translate("Labels", "pending"),
        "confirmed": QCoreApplication.translate("Labels", "confirmed"),
        "dismissed": QCoreApplication.translate("Labels", "dismissed"),
    }
    return names.get(status, status)


def severity_name(severity: str) -> str:
    """Display name of a rule severity."""
    names = {
        "low": QCoreApplication.translate("Labels", "low"),
        "medium": QCoreApplication.translate("Labels", "medium"),
        "high": QCoreApplication.translate("Labels", "high"),
    }
    return names.get(severity, severity)


def source_problem(detail: str) -> str:
    """The engine's words about a source that cannot be read (:mod:`inspector.sources`), translated;
    other texts as they are."""
    patterns = (
        (r"file not found: (?P<x>.+)", lambda x: QCoreApplication.translate("Labels", "file not found: {path}").format(path=x)),
        (r"not a file: (?P<x>.+)", lambda x: QCoreApplication.translate("Labels", "not a file: {path}").format(path=x)),
        (r"cannot open video (?P<x>.+): not a video file.*",
         lambda x: QCoreApplication.translate("Labels", "{path} is not a video file, or its format is unsupported or damaged").format(path=x)),
        (r"no frame could be decoded from (?P<x>.+?): .*",
         lambda x: QCoreApplication.translate("Labels", "no picture could be decoded from {path}: the file is damaged or not a video").format(path=x)),
        (r"camera (?P<x>\d+) not found or busy",
         lambda x: QCoreApplication.translate("Labels", "camera {n} is not connected or is used by another program").format(n=x)),
        (r"cannot open stream (?P<x>.+)", lambda x: QCoreApplication.translate("Labels", "the stream {url} cannot be opened").format(url=x)),
        (r"(?P<x>.+?): signal lost and \d+ reconnection attempts failed",
         lambda x: QCoreApplication.translate("Labels", "{source}: the signal was lost and did not come back").format(source=x)),
        (r"(?P<x>.+?): decoding stopped at .*",
         lambda x: QCoreApplication.translate("Labels", "{path} is cut off or damaged part-way").format(path=x)),
    )
    for pattern, say in patterns:
        m = re.fullmatch(pattern, detail.strip(), re.DOTALL)
        if m:
            return say(m["x"])
    return detail


def run_status(code: str, detail: str) -> str:
    """A live-runner status line for the user (code translated, detail appended)."""
    names = {
        "opened": QCoreApplication.translate("Labels", "Source opened"),
        "signal_lost": QCoreApplication.translate("Labels", "Camera signal lost, reconnecting…"),
        "reconnected": QCoreApplication.translate("Labels", "Camera reconnected"),
        "source_failed": QCoreApplication.translate("Labels", "The source cannot be read"),
        "truncated": QCoreApplication.translate("Labels", "The video file is damaged part-way"),
        "loading": QCoreApplication.translate("Labels", "Loading models…"),
        "ready": QCoreApplication.translate("Labels", "Models ready"),
        "model_failed": QCoreApplication.translate("Labels", "The models failed"),
        "hook_failed": QCoreApplication.translate("Labels", "Rule checking stopped after an error"),
        "finished": QCoreApplication.translate("Labels", "End of the video"),
        "stopped": QCoreApplication.translate("Labels", "Stopped"),
    }
    head = names.get(code, code)
    if code in ("source_failed", "truncated", "signal_lost"):
        detail = source_problem(detail)
    return QCoreApplication.translate("Labels", "{what}: {detail}").format(what=head, detail=detail) if detail else head


def run_advice(code: str, button: str) -> str:
    """What to do after a run ended with this status code ("" when nothing needs doing).

    Args:
        code: The status code that ended the run.
        button: The text of the button that starts the source again (Retry, Start).
    """
    advice = {
        "source_failed": QCoreApplication.translate(
            "Labels", "Check that the camera is connected, or that the file or address is right, then press {button}."),
        "truncated": QCoreApplication.translate(
            "Labels", "The rest of the file cannot be read. Use another copy of the video, or press {button}."),
        "model_failed": QCoreApplication.translate(
            "Labels", "The analysis could not start. Ask the administrator to check the model files "
                      "(inspector models verify), then press {button}."),
        "finished": QCoreApplication.translate("Labels", "Press {button} to start again, or choose another source."),
    }
    return advice.get(code, "").format(button=button)


def run_end_text(line, button: str) -> tuple[str, str]:
    """The cause (translated, with its detail) and what to do, for :meth:`inspector.live.LiveRunner.end_cause`.

    Args:
        line: The status line that ended the run, or None (ended without a word).
        button: The text of the button that starts the source again.
    """
    if line is None:
        return QCoreApplication.translate("Labels", "The source stopped"), run_advice("source_failed", button)
    return run_status(line.code, line.text), run_advice(line.code, button)


def points_text(points: float) -> str:
    """A number of points with its noun: "1 point", "3 points", "1.5 points" (translated)."""
    if points == 1:
        return QCoreApplication.translate("Labels", "1 point")
    return QCoreApplication.translate("Labels", "{points:g} points").format(points=points)


def clip_status_name(status: str) -> str:
    """Display name of an evidence clip's state."""
    names = {
        "ok": QCoreApplication.translate("Labels", "saved"),
        "missing": QCoreApplication.translate("Labels", "not saved"),
        "none": QCoreApplication.translate("Labels", "not recorded"),
        "expired": QCoreApplication.translate("Labels", "deleted after the retention period"),
    }
    return names.get(status, status)


# --- rule settings, measures and clauses -----------------------------------------------------------

def label_kind_name(label: str) -> str:
    """Display name of a kind of label a rule tests (``arm_posture``, ``stance``...)."""
    names = {
        "arm_posture": QCoreApplication.translate("Labels", "Arm posture"),
        "body_posture": QCoreApplication.translate("Labels", "Body posture"),
        "face_expression": QCoreApplication.translate("Labels", "Facial expression"),
        "badge": QCoreApplication.translate("Labels", "Badge"),
        "stance": QCoreApplication.translate("Labels", "Standing or sitting"),
    }
    return names.get(label, label)


ANGLE_MEASURES = frozenset({"trunk_lean_forward", "trunk_lean_side", "shoulder_tilt", "head_yaw", "head_pitch",
                            "head_roll"})
"""Measures in degrees; the others are scores from 0 to 1."""


def measure_name(measure: str) -> str:
    """Display name of a body or face measure a rule compares with a threshold."""
    names = {
        "trunk_lean_forward": QCoreApplication.translate("Labels", "Trunk leaning forward"),
        "trunk_lean_side": QCoreApplication.translate("Labels", "Trunk leaning sideways"),
        "shoulder_tilt": QCoreApplication.translate("Labels", "Shoulder tilt"),
        "head_yaw": QCoreApplication.translate("Labels", "Head turned left or right"),
        "head_pitch": QCoreApplication.translate("Labels", "Head raised or lowered"),
        "head_roll": QCoreApplication.translate("Labels", "Head tilted sideways"),
        "smile": QCoreApplication.translate("Labels", "Smile"),
        "brow_knit": QCoreApplication.translate("Labels", "Knitted brows"),
        "mouth_open": QCoreApplication.translate("Labels", "Mouth open"),
        "talking": QCoreApplication.translate("Labels", "Talking"),
        "eyes_closed": QCoreApplication.translate("Labels", "Eyes closed"),
    }
    return names.get(measure, measure)


def measure_threshold_name(measure: str, op: str, absolute: bool) -> str:
    """The name of a measure's threshold setting: "Trunk leaning forward, above (degrees)"."""
    ops = {
        ">": QCoreApplication.translate("Labels", "above"),
        ">=": QCoreApplication.translate("Labels", "at least"),
        "<": QCoreApplication.translate("Labels", "below"),
        "<=": QCoreApplication.translate("Labels", "at most"),
    }
    unit = (QCoreApplication.translate("Labels", "degrees") if measure in ANGLE_MEASURES
            else QCoreApplication.translate("Labels", "0 to 1"))
    if absolute:
        text = QCoreApplication.translate("Labels", "{measure} (either way), {op} ({unit})")
    else:
        text = QCoreApplication.translate("Labels", "{measure}, {op} ({unit})")
    return text.format(measure=measure_name(measure), op=ops.get(op, op), unit=unit)


def min_confidence_name(what: str, values: tuple[str, ...] = (), negate: bool = False) -> str:
    """The name of a condition's minimum-confidence setting, for a label kind (with its values) or a measure.

    Args:
        what: The label kind (``arm_posture``...) or the measure (``eyes_closed``...).
        values: The label values the condition tests.
        negate: The condition holds when the label is not one of ``values`` ("not sitting").
    """
    name = label_kind_name(what) if what in ("arm_posture", "body_posture", "face_expression", "badge", "stance") \
        else measure_name(what)
    if values:
        listed = QCoreApplication.translate("Labels", ", ").join(label_name(v) for v in values)
        template = (QCoreApplication.translate("Labels", "{what} not ({values})") if negate
                    else QCoreApplication.translate("Labels", "{what} ({values})"))
        name = template.format(what=name, values=listed)
    return QCoreApplication.translate("Labels", "{what}: minimum confidence").format(what=name)


def rule_setting_name(key: str) -> str:
    """Display name of a key of a rule or of one of its conditions (``points``, ``threshold``...)."""
    names = {
        "id": QCoreApplication.translate("Labels", "rule code"),
        "clause": QCoreApplication.translate("Labels", "clause"),
        "scope": QCoreApplication.translate("Labels", "checked on"),
        "any_of": QCoreApplication.translate("Labels", "conditions (any of)"),
        "all_of": QCoreApplication.translate("Labels", "conditions (all of)"),
        "enabled": QCoreApplication.translate("Labels", "enabled"),
        "points": QCoreApplication.translate("Labels", "points"),
        "min_duration_s": QCoreApplication.translate("Labels", "minimum duration (s)"),
        "clear_after_s": QCoreApplication.translate("Labels", "ends after (s)"),
        "cooldown_s": QCoreApplication.translate("Labels", "pause before the next event (s)"),
        "severity": QCoreApplication.translate("Labels", "severity"),
        "active_hours": QCoreApplication.translate("Labels", "active hours"),
        "label": QCoreApplication.translate("Labels", "label"),
        "values": QCoreApplication.translate("Labels", "label values"),
        "negate": QCoreApplication.translate("Labels", "inverted"),
        "measure": QCoreApplication.translate("Labels", "measure"),
        "op": QCoreApplication.translate("Labels", "comparison"),
        "threshold": QCoreApplication.translate("Labels", "threshold"),
        "absolute": QCoreApplication.translate("Labels", "either direction"),
        "min_confidence": QCoreApplication.translate("Labels", "minimum confidence"),
        "persons_fewer_than": QCoreApplication.translate("Labels", "fewer persons than"),
    }
    return names.get(key, key)


def rule_setting_help(key: str) -> str:
    """One line saying what a rule setting does ("" for keys without one)."""
    help_ = {
        "enabled": QCoreApplication.translate("Labels", "Unticked: the rule is switched off but kept."),
        "points": QCoreApplication.translate(
            "Labels", "Points taken from the monthly 100-point score when an event of this rule is confirmed."),
        "min_duration_s": QCoreApplication.translate(
            "Labels", "The behaviour must last this many seconds before it becomes an event; shorter ones are ignored."),
        "threshold": QCoreApplication.translate(
            "Labels", "The measured value must pass this limit for the rule to hold."),
        "min_confidence": QCoreApplication.translate(
            "Labels", "How sure the recognition must be (0 to 1) before it counts; higher means fewer false alarms "
                      "and more missed ones."),
    }
    return help_.get(key, "")


def rule_clause(rule_id: str, clause: str) -> str:
    """The code-of-conduct clause a rule enforces, translated when it is the shipped text of a shipped rule
    (a clause a site wrote itself is shown as written)."""
    shipped = {
        "forbidden_arms_standing": QCoreApplication.translate(
            "Clauses", "1. Standing posture: forbidden hands on hips (叉腰), hands in pockets (插兜), arms crossed on "
                       "the chest (抱胸)"),
        "arms_crossed_sitting": QCoreApplication.translate(
            "Clauses", "2. Sitting posture: forbidden arms crossed on the chest"),
        "slouching": QCoreApplication.translate(
            "Clauses", "2. Sitting posture: upright back required; forbidden leaning far forward or back, half-lying "
                       "(前俯后仰, 半躺半坐)"),
        "leaning_on_counter": QCoreApplication.translate(
            "Clauses", "1. Standing posture: forbidden leaning on or pressing the chest against the counter "
                       "(胸部紧贴或倚靠台面)"),
        "sleeping": QCoreApplication.translate(
            "Clauses", "2. Sitting posture: forbidden lying on the desk (趴在工作台上); 6. Discipline: no sleeping at "
                       "the post"),
        "chin_on_hand": QCoreApplication.translate("Clauses", "2. Sitting posture: forbidden chin in hand (托腮)"),
        "phone_use": QCoreApplication.translate(
            "Clauses", "6. Discipline at the post: no private phone calls or phone use at the post (工作期间不能接打手机)"),
        "post_unattended": QCoreApplication.translate(
            "Clauses", "6. Discipline at the post: no leaving the post without cover (擅自离岗、串岗, 空岗); default 3 "
                       "minutes in opening hours"),
        "not_upright": QCoreApplication.translate(
            "Clauses", "1. Standing posture: upright, shoulders level (肩要平); 2. Sitting posture: upright back, no "
                       "leaning far forward (前俯)"),
        "badge_not_visible": QCoreApplication.translate(
            "Clauses", "5. Grooming and uniform: badge / name tag (工号牌, 工牌) worn at the designated position; "
                       "default: not visible for 5 minutes at the post"),
    }
    return shipped.get(rule_id, clause) if clause == _shipped_clauses().get(rule_id) else clause


@lru_cache(maxsize=1)
def _shipped_clauses() -> dict[str, str]:
    """The clause of each shipped rule, as written in the engine (decides whether a clause was edited)."""
    return {r.id: r.clause for r in default_rules().rules}
