"""Translated display names of engine words (label classes, rules, event statuses, status codes).

Every literal goes through :func:`QCoreApplication.translate` so ``pyside6-lupdate`` collects it.
Words the table does not know (a rule a site added) are shown as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


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
