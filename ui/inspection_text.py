"""Translated texts of the inspection engine: item names, statuses, guidance, notes and item details.

The engine (:mod:`inspector.inspection`, :mod:`inspector.badge`, :mod:`inspector.badge.uniform`) writes
English sentences; each known sentence (or pattern with measured numbers) is mapped here to a
string that goes through :func:`QCoreApplication.translate`, so ``pyside6-lupdate`` collects it.
A sentence the table does not know (added to the engine later) is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ui.labels import label_name


def item_name(item: str) -> str:
    """Display name of a checklist item."""
    names = {"badge": QCoreApplication.translate("Inspection", "Badge worn and visible"), "uniform": QCoreApplication.translate("Inspection", "Uniform (colour)"),
             "hair_face": QCoreApplication.translate("Inspection", "Hair not covering the face"), "hair_tied": QCoreApplication.translate("Inspection", "Long hair tied"),
             "upright": QCoreApplication.translate("Inspection", "Upright stance"), "hands": QCoreApplication.translate("Inspection", "Allowed hand position"), "smile": QCoreApplication.translate("Inspection", "Smile")}
    return names.get(item, item)


def status_text(status: str) -> str:
    """Display name of an item status (pass / fail / cannot_tell)."""
    names = {"pass": QCoreApplication.translate("Inspection", "pass"), "fail": QCoreApplication.translate("Inspection", "fail"), "cannot_tell": QCoreApplication.translate("Inspection", "cannot tell")}
    return names.get(status, status)


def place_name(place: str) -> str:
    """Display name of where the badge is worn."""
    names = {"lanyard": QCoreApplication.translate("Inspection", "lanyard"), "left_chest": QCoreApplication.translate("Inspection", "left chest"), "right_chest": QCoreApplication.translate("Inspection", "right chest"),
             "any": QCoreApplication.translate("Inspection", "anywhere")}
    return names.get(place, place)


def guidance_text(message: str) -> str:
    """A guidance or instruction sentence of :class:`~inspector.inspection.InspectionSession`."""
    fixed = {
        "Nobody in view: stand in front of the camera, about 1.5-2 m away.":
            QCoreApplication.translate("Inspection", "Nobody in view: stand in front of the camera, about 1.5–2 m away."),
        "Shoulders not visible: step back so that your upper body is in the picture.":
            QCoreApplication.translate("Inspection", "Shoulders not visible: step back so that your upper body is in the picture."),
        "Too far from the camera: come closer (about 1.5-2 m).": QCoreApplication.translate("Inspection", "Too far from the camera: come closer (about 1.5–2 m)."),
        "Too close to the camera: step back (about 1.5-2 m).": QCoreApplication.translate("Inspection", "Too close to the camera: step back (about 1.5–2 m)."),
        "You are turned away: face the camera.": QCoreApplication.translate("Inspection", "You are turned away: face the camera."),
        "Stand in front of the camera, about 1.5-2 m away, facing it.":
            QCoreApplication.translate("Inspection", "Stand in front of the camera, about 1.5–2 m away, facing it."),
        "Face the camera, arms relaxed, and smile.": QCoreApplication.translate("Inspection", "Face the camera, arms relaxed, and smile."),
        "Now turn sideways to the camera.": QCoreApplication.translate("Inspection", "Now turn sideways to the camera."),
        "Done: the inspection can be finished.": QCoreApplication.translate("Inspection", "Done: the inspection can be finished."),
    }
    if message in fixed:
        return fixed[message]
    m = re.fullmatch(r"(\d+) people in view: only the staff member being inspected should stand in front of the camera\.",
                     message)
    if m:
        return QCoreApplication.translate("Inspection", "{n} people in view: only the staff member being inspected should stand in front of the camera."
                  ).format(n=m.group(1))
    return message


def note_text(note: str) -> str:
    """A note of an inspection result (missing enrolments, no side view)."""
    fixed = {
        "No badge enrolled: the generic badge/lanyard detector is used; enrol the site's badge for a stricter check.":
            QCoreApplication.translate("Inspection", "No badge enrolled: the generic badge/lanyard detector is used; enrol the site's badge for a stricter check."),
        "No badge enrolled: the badge item cannot be told; enrol the site's badge first.":
            QCoreApplication.translate("Inspection", "No badge enrolled: the badge item cannot be told; enrol the site's badge first."),
        "No uniform enrolled: the uniform item cannot be told; enrol the uniform colour first.":
            QCoreApplication.translate("Inspection", "No uniform enrolled: the uniform item cannot be told; enrol the uniform colour first."),
        "No side view was seen: the stance was judged from the front only.":
            QCoreApplication.translate("Inspection", "No side view was seen: the stance was judged from the front only."),
    }
    return fixed.get(note, note)


def _fixed_detail(text: str) -> str | None:
    names = {
        "no badge enrolled: enrol the site's badge first": QCoreApplication.translate("Inspection", "no badge enrolled: enrol the site's badge first"),
        "badge cannot be told": QCoreApplication.translate("Inspection", "badge cannot be told"),
        "shoulders not visible: the chest cannot be located": QCoreApplication.translate("Inspection", "shoulders not visible: the chest cannot be located"),
        "the person has the back to the camera": QCoreApplication.translate("Inspection", "the person has the back to the camera"),
        "the person stands side-on to the camera": QCoreApplication.translate("Inspection", "the person stands side-on to the camera"),
        "both hands cover the chest": QCoreApplication.translate("Inspection", "both hands cover the chest"),
        "no body landmarks for this person": QCoreApplication.translate("Inspection", "no body landmarks for this person"),
        "no uniform enrolled": QCoreApplication.translate("Inspection", "no uniform enrolled"),
        "the upper body is partly outside the image": QCoreApplication.translate("Inspection", "the upper body is partly outside the image"),
        "face not found": QCoreApplication.translate("Inspection", "face not found"),
        "face or body not found": QCoreApplication.translate("Inspection", "face or body not found"),
        "top of the head outside the picture": QCoreApplication.translate("Inspection", "top of the head outside the picture"),
        "hair colour not distinct from skin (short hair, cap or bald)":
            QCoreApplication.translate("Inspection", "hair colour not distinct from skin (short hair, cap or bald)"),
        "shoulders not visible": QCoreApplication.translate("Inspection", "shoulders not visible"),
        "hair colour too close to the garment colour": QCoreApplication.translate("Inspection", "hair colour too close to the garment colour"),
        "shoulders outside the picture": QCoreApplication.translate("Inspection", "shoulders outside the picture"),
        "no measures for this person": QCoreApplication.translate("Inspection", "no measures for this person"),
        "sitting: stand for the inspection": QCoreApplication.translate("Inspection", "sitting: stand for the inspection"),
        "trunk and shoulders not measurable": QCoreApplication.translate("Inspection", "trunk and shoulders not measurable"),
        "arms not classified": QCoreApplication.translate("Inspection", "arms not classified"),
        "face expression not measurable": QCoreApplication.translate("Inspection", "face expression not measurable"),
        "the staff member was not seen": QCoreApplication.translate("Inspection", "the staff member was not seen"),
    }
    return names.get(text)


def _mode(mode: str) -> str:
    return QCoreApplication.translate("Inspection", "enrolled badge") if mode == "enrolled badge" else QCoreApplication.translate("Inspection", "generic detector (no badge enrolled)")


def _upright_part(part: str) -> str | None:
    m = re.fullmatch(r"(forward lean|side lean|shoulder tilt) (-?\d+) deg", part)
    if not m:
        return None
    name = {"forward lean": QCoreApplication.translate("Inspection", "forward lean"), "side lean": QCoreApplication.translate("Inspection", "side lean"), "shoulder tilt": QCoreApplication.translate("Inspection", "shoulder tilt")}[m.group(1)]
    return QCoreApplication.translate("Inspection", "{what} {deg}°").format(what=name, deg=m.group(2))


def detail_text(detail: str) -> str:
    """The measured detail (or the cannot-tell reason) of an item, translated where known."""
    fixed = _fixed_detail(detail)
    if fixed is not None:
        return fixed
    if detail.startswith("no usable frame: "):
        rest = detail[len("no usable frame: "):]
        return QCoreApplication.translate("Inspection", "no usable frame: {why}").format(why=_fixed_detail(rest) or guidance_text(rest))
    patterns = (
        (r"visible at (\w+), score ([\d.]+), (enrolled badge|generic detector \(no badge enrolled\))",
         lambda m: QCoreApplication.translate("Inspection", "visible at {place}, score {score}, {mode}").format(place=place_name(m[1]), score=m[2], mode=_mode(m[3]))),
        (r"visible, score ([\d.]+), (enrolled badge|generic detector \(no badge enrolled\))",
         lambda m: QCoreApplication.translate("Inspection", "visible, score {score}, {mode}").format(score=m[1], mode=_mode(m[2]))),
        (r"not visible, score ([\d.]+), (enrolled badge|generic detector \(no badge enrolled\))",
         lambda m: QCoreApplication.translate("Inspection", "not visible, score {score}, {mode}").format(score=m[1], mode=_mode(m[2]))),
        (r"the person is too small in the image \(shoulders (\d+) px < (\d+) px\)",
         lambda m: QCoreApplication.translate("Inspection", "the person is too small in the image (shoulders {px} px < {min} px)").format(px=m[1], min=m[2])),
        (r"colour difference (\d+) \(limit (\d+)\)",
         lambda m: QCoreApplication.translate("Inspection", "colour difference {de} (limit {limit})").format(de=m[1], limit=m[2])),
        (r"face too small \((\d+) px\)", lambda m: QCoreApplication.translate("Inspection", "face too small ({px} px)").format(px=m[1])),
        (r"(\d+)% of lower-forehead points not skin-coloured",
         lambda m: QCoreApplication.translate("Inspection", "{pct}% of lower-forehead points not skin-coloured").format(pct=m[1])),
        (r"hair colour on (\d+)% of a shoulder top", lambda m: QCoreApplication.translate("Inspection", "hair colour on {pct}% of a shoulder top").format(pct=m[1])),
    )
    for pattern, make in patterns:
        m = re.fullmatch(pattern, detail)
        if m:
            return make(m)
    parts = detail.split(", ")
    upright = [_upright_part(p) for p in parts]
    if all(upright):
        return ", ".join(upright)  # type: ignore[arg-type]
    if re.fullmatch(r"[a-z_]+", detail) and label_name(detail) != detail:
        return label_name(detail)
    return detail
