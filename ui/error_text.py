"""Engine, store and validation errors in the user's language.

The engine and the store write their messages in English (they never import Qt). Before such a
message is shown, :func:`error_text` turns it into a sentence of the interface language:

* a pydantic validation error (found on the exception or behind it: the engine raises its own
  error from inside ``except ValidationError``) is rewritten item by item from its ``loc``,
  ``type`` and ``ctx``, with the field named in words and never pydantic's help address;
* the store's and engine's known messages are matched by :data:`_PATTERNS` and rewritten;
  times written in UTC (``2025-03-01 09:00:00 UTC``) are shown in local time;
* any other text is shown as it is, without pydantic's help address.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone, tzinfo
from typing import Callable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from calibration.profile import ProfileError
from inspector.rules import RulesError
from ui.labels import rule_setting_name


translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate collects them


# --- validation errors ---------------------------------------------------------------------------

def find_validation_error(error: BaseException) -> ValidationError | None:
    """The pydantic validation error that is ``error`` or that it was raised from (cause or context)."""
    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        if isinstance(e, ValidationError):
            return e
        seen.add(id(e))
        e = e.__cause__ or e.__context__
    return None


POINT_LISTS = ("staff_zone", "customer_zone", "counter", "points")
"""Fields that are lists of points (their length is counted in points)."""


def field_name(key: str, rules: bool = False) -> str:
    """A field of a config model in words (calibration profile; with ``rules``, a rule's keys)."""
    if rules:
        return rule_setting_name(key)
    names = {
        "camera_id": translate("Errors", "camera"),
        "image_width": translate("Errors", "image width"),
        "image_height": translate("Errors", "image height"),
        "staff_zone": translate("Errors", "staff zone"),
        "customer_zone": translate("Errors", "customer zone"),
        "counter": translate("Errors", "counter edge"),
        "counter_closed": translate("Errors", "closed counter outline"),
        "floor": translate("Errors", "floor"),
        "points": translate("Errors", "floor points"),
        "image": translate("Errors", "position in the picture"),
        "height_m": translate("Errors", "camera height"),
        "tilt_deg": translate("Errors", "camera tilt"),
        "focal_px": translate("Errors", "focal length"),
        "roll_deg": translate("Errors", "camera roll"),
        "notes": translate("Errors", "notes"),
        "version": translate("Errors", "format version"),
        "kind": translate("Errors", "kind"),
        "rules": translate("Errors", "rules"),
    }
    return names.get(key, key)


def location_text(loc: tuple) -> str:
    """Where a validation problem is, in words: "staff zone", "rule 4 › condition 1 › threshold"."""
    rules = bool(loc) and loc[0] == "rules"
    parts: list[str] = []
    prev: object = None
    for i, key in enumerate(loc):
        if isinstance(key, str) and (key.startswith("<") or key in ("points", "camera") and prev == "floor"
                                     and i + 1 < len(loc)):
            prev = key  # a union tag ("<label>", the floor's kind), not a field
            continue
        if isinstance(key, int):
            if prev == "rules":
                parts.append(translate("Errors", "rule {n}").format(n=key + 1))
            elif prev in ("any_of", "all_of"):
                parts.append(translate("Errors", "condition {n}").format(n=key + 1))
            elif prev in POINT_LISTS:
                parts.append(translate("Errors", "point {n}").format(n=key + 1))
            else:
                parts.append(translate("Errors", "item {n}").format(n=key + 1))
        elif not _container(key, i, loc):
            parts.append(field_name(key, rules))
        prev = key
    return " › ".join(parts)


def _container(key: str, i: int, loc: tuple) -> bool:
    """Whether ``key`` only holds the named fields after it (rule list, condition list, the floor's
    kind-tagged fields), so naming it would say nothing more."""
    if key == "rules":
        return True
    if key in ("any_of", "all_of"):
        return i + 1 < len(loc)
    return key == "floor" and i + 2 < len(loc)


def _number(value: object) -> str:
    """A bound as people write it: 0, 0.5, 100."""
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def _short(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 40 else text[:39] + "…"


def problem_text(kind: str, ctx: dict, field: str, value: object) -> str:
    """What is wrong with one value, in words (``kind`` and ``ctx`` of a pydantic error item)."""
    counted_in_points = field in POINT_LISTS
    if kind == "missing":
        return translate("Errors", "missing")
    if kind == "extra_forbidden":
        return translate("Errors", "not a known setting (check the spelling)")
    if kind in ("too_short", "too_long"):
        limit = ctx.get("min_length" if kind == "too_short" else "max_length")
        actual = ctx.get("actual_length", 0)
        if counted_in_points:
            text = translate("Errors", "needs at least {n} points, has {m}") if kind == "too_short" else translate("Errors", "at most {n} points, has {m}")
        else:
            text = translate("Errors", "needs at least {n} items, has {m}") if kind == "too_short" else translate("Errors", "at most {n} items, has {m}")
        return text.format(n=limit, m=actual)
    if kind == "string_too_short":
        return translate("Errors", "must not be empty")
    if kind == "string_too_long":
        return translate("Errors", "at most {n} characters").format(n=ctx.get("max_length"))
    bounds = {"greater_than": (translate("Errors", "must be greater than {x}"), "gt"),
              "greater_than_equal": (translate("Errors", "must be at least {x}"), "ge"),
              "less_than": (translate("Errors", "must be less than {x}"), "lt"),
              "less_than_equal": (translate("Errors", "must be at most {x}"), "le")}
    if kind in bounds:
        text, key = bounds[kind]
        return text.format(x=_number(ctx.get(key)))
    if kind in ("float_parsing", "float_type", "finite_number"):
        return translate("Errors", "must be a number, not {value}").format(value=_short(value))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return translate("Errors", "must be a whole number, not {value}").format(value=_short(value))
    if kind in ("bool_parsing", "bool_type"):
        return translate("Errors", "must be yes or no (true/false)")
    if kind in ("string_type",):
        return translate("Errors", "must be text")
    if kind in ("tuple_type", "list_type", "dict_type", "model_type", "model_attributes_type"):
        return translate("Errors", "has the wrong form")
    if kind in ("literal_error", "enum"):
        return translate("Errors", "must be one of {choices}, not {value}").format(choices=ctx.get("expected", ""), value=_short(value))
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return translate("Errors", "the kind must be one of {choices}").format(choices=ctx.get("expected_tags", ""))
    if kind in ("value_error", "assertion_error") and ctx.get("error") is not None:
        return message_text(str(ctx["error"]))
    return translate("Errors", "is not a valid value ({value})").format(value=_short(value))


def validation_lines(err: ValidationError) -> list[str]:
    """One line per problem: "field: what is wrong"."""
    lines = []
    for item in err.errors():
        loc = tuple(item.get("loc", ()))
        fields = [k for k in loc if isinstance(k, str) and not k.startswith("<")]
        problem = problem_text(item["type"], dict(item.get("ctx") or {}), fields[-1] if fields else "",
                               item.get("input"))
        where = location_text(loc)
        lines.append(translate("Errors", "{field}: {problem}").format(field=where, problem=problem) if where else problem)
    return lines


def validation_heading(error: BaseException) -> str:
    """The first line for a validation error, by what was being checked."""
    if isinstance(error, ProfileError):
        return translate("Errors", "The calibration is incomplete or not valid:")
    if isinstance(error, RulesError):
        return translate("Errors", "The rules are not valid:")
    return translate("Errors", "Some values are not valid:")


# --- known messages --------------------------------------------------------------------------------

_UTC_TIME = re.compile(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}):\d{2} UTC")
_HELP_URL = re.compile(r"\s*(For further information visit )?https?://errors\.pydantic\.dev\S*")


def local_times(text: str, tz: tzinfo | None = None) -> str:
    """Every ``YYYY-MM-DD HH:MM:SS UTC`` in ``text`` written in local time (``tz``, default the computer's)."""
    def local(m: re.Match) -> str:
        when = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
        return when.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    return _UTC_TIME.sub(local, text)


def thing_name(what: str) -> str:
    """The name of a value in the store's messages ("staff code", "station name"...)."""
    names = {
        "staff code": translate("Errors", "Staff code"),
        "staff name": translate("Errors", "Name"),
        "station name": translate("Errors", "Station name"),
        "account name": translate("Errors", "Account name"),
        "appeal comment": translate("Errors", "The reason for the appeal"),
        "reviewer": translate("Errors", "Reviewer name"),
        "comment": translate("Errors", "Comment"),
        "reason": translate("Errors", "Reason"),
        "the password": translate("Errors", "The password"),
        "camera source": translate("Errors", "Camera"),
        "area": translate("Errors", "Area"),
        "rules file": translate("Errors", "The rules file"),
        "calibration profile": translate("Errors", "The calibration file"),
        "config file": translate("Errors", "The configuration file"),
    }
    return names.get(what, what)


def _role_names(text: str) -> str:
    names = {"manager": translate("Errors", "manager"), "auditor": translate("Errors", "auditor"), "staff": translate("Errors", "staff member"),
             "nobody": translate("Errors", "nobody")}
    return translate("Errors", ", ").join(names.get(r.strip(), r.strip()) for r in text.split(","))


_TIME = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"
_Q = r"'(?P<{}>.*?)'"


def _decision(word: str) -> str:
    return {"confirm": translate("Errors", "confirmed"), "dismiss": translate("Errors", "dismissed"),
            "upheld": translate("Errors", "upheld"), "overturned": translate("Errors", "overturned")}.get(word, word)


_PATTERNS: tuple[tuple[str, Callable[[re.Match], str]], ...] = (
    (r"roster entry (?P<n>\d+): (?P<rest>.+)",
     lambda m: translate("Errors", "Shift {n}: {problem}").format(n=m["n"], problem=message_text(m["rest"]))),
    (r"(?P<what>.+?) must be a non-empty text, got .*",
     lambda m: translate("Errors", "{what} must not be empty.").format(what=thing_name(m["what"]))),
    (r"(?P<what>.+?) must have at most (?P<n>\d+) characters, got (?P<m>\d+)",
     lambda m: translate("Errors", "{what} may have at most {n} characters (it has {m}).").format(
         what=thing_name(m["what"]), n=m["n"], m=m["m"])),
    (r"staff code " + _Q.format("x") + r" already exists",
     lambda m: translate("Errors", "A staff member with code {code} already exists.").format(code=m["x"])),
    (r"station " + _Q.format("x") + r" already exists",
     lambda m: translate("Errors", "A station named {name} already exists.").format(name=m["x"])),
    (r"station name " + _Q.format("x") + r" may hold only letters.*",
     lambda m: translate("Errors", "The station name {name} may hold only letters, digits, '-' and '_', and must start with a "
                  "letter or digit (it names the station's folders).").format(name=m["x"])),
    (r"unknown staff code " + _Q.format("x") + r".*",
     lambda m: translate("Errors", "There is no staff member with code {code}.").format(code=m["x"])),
    (r"unknown station " + _Q.format("x") + r".*",
     lambda m: translate("Errors", "There is no station {name}.").format(name=m["x"])),
    (r"unknown event id (?P<x>\d+).*", lambda m: translate("Errors", "There is no event {id}.").format(id=m["x"])),
    (r"roster end (?P<end>.+) is not after start (?P<start>.+)",
     lambda m: translate("Errors", "The end of the shift ({end}) must be after its start ({start}).").format(end=m["end"], start=m["start"])),
    (rf"(?P<staff>\S+) at (?P<station>\S+) (?P<s>{_TIME}) - (?P<e>{_TIME}) overlaps roster entry #(?P<id>\d+) "
     rf"\((?P<kind>station|staff) '.*?': (?P<staff2>\S+) at (?P<station2>\S+) (?P<s2>{_TIME}) - (?P<e2>{_TIME})\)",
     lambda m: (translate("Errors", "The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of {staff2} at "
                   "{station2}, {start2} – {end2}: a station has one person at a time.")
                if m["kind"] == "station" else
                translate("Errors", "The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of the same person "
                   "at {station2}, {start2} – {end2}: a person works at one station at a time.")).format(
         staff=m["staff"], station=m["station"], start=m["s"], end=m["e"], id=m["id"], staff2=m["staff2"],
         station2=m["station2"], start2=m["s2"], end2=m["e2"])),
    (rf"event (?P<id>\d+) was already (?P<d>confirm|dismiss)ed by (?P<who>.+?) at (?P<at>{_TIME}).*",
     lambda m: translate("Errors", "Event {id} was already {decision} by {who} at {at}; a decision is final.").format(
         id=m["id"], decision=_decision(m["d"]), who=m["who"], at=m["at"])),
    (r"event (?P<id>\d+) was decided by someone else at the same moment",
     lambda m: translate("Errors", "Event {id} was decided by someone else at the same moment.").format(id=m["id"])),
    (rf"event (?P<id>\d+) was already appealed at (?P<at>{_TIME})",
     lambda m: translate("Errors", "Event {id} was already appealed at {at}.").format(id=m["id"], at=m["at"])),
    (rf"the appeal against event (?P<id>\d+) was already (?P<d>upheld|overturned) by (?P<who>.+?) at (?P<at>{_TIME})",
     lambda m: translate("Errors", "The appeal against event {id} was already {decision} by {who} at {at}.").format(
         id=m["id"], decision=_decision(m["d"]), who=m["who"], at=m["at"])),
    (r"event (?P<id>\d+) was not appealed", lambda m: translate("Errors", "Event {id} was not appealed.").format(id=m["id"])),
    (r"event (?P<id>\d+) is not an event of .*",
     lambda m: translate("Errors", "Event {id} is not yours: only one's own events can be appealed.").format(id=m["id"])),
    (rf"inspection (?P<id>\d+) was already appealed at (?P<at>{_TIME})",
     lambda m: translate("Errors", "Inspection {id} was already appealed at {at}.").format(id=m["id"], at=m["at"])),
    (rf"the appeal against inspection (?P<id>\d+) was already (?P<d>upheld|overturned) by (?P<who>.+?) at (?P<at>{_TIME})",
     lambda m: translate("Errors", "The appeal against inspection {id} was already {decision} by {who} at {at}.").format(
         id=m["id"], decision=_decision(m["d"]), who=m["who"], at=m["at"])),
    (r"inspection (?P<id>\d+) was not appealed",
     lambda m: translate("Errors", "Inspection {id} was not appealed.").format(id=m["id"])),
    (r"inspection (?P<id>\d+) is not an inspection of .*",
     lambda m: translate("Errors", "Inspection {id} is not yours: only one's own inspections can be appealed.").format(
         id=m["id"])),
    (r"inspection (?P<id>\d+) deducts no points: there is nothing to appeal",
     lambda m: translate("Errors", "Inspection {id} deducts no points: there is nothing to appeal.").format(id=m["id"])),
    (r"(?P<who>.+?) may not (?P<what>.+?): it needs the '.+?' permission \((?P<roles>.*)\)",
     lambda m: translate("Errors", "{who} is not allowed to do this; it is for: {roles}.").format(
         who=m["who"], roles=_role_names(m["roles"]))),
    (r"database .+ is locked by another process \(waited (?P<s>[\d.]+) s\).*",
     lambda m: translate("Errors", "The database is busy with another program (waited {s} s). Nothing was saved; try again when "
                  "the other program has finished.").format(s=m["s"])),
    (r"time must look like .*, got (?P<x>.*)",
     lambda m: translate("Errors", "Write the time like 2025-03-01 09:00 (local time), not {text}.").format(text=m["x"])),
    (r"month must look like .*, got (?P<x>.*)",
     lambda m: translate("Errors", "Write the month like 2025-03, not {text}.").format(text=m["x"])),
    (r"unknown time zone " + _Q.format("x") + r".*",
     lambda m: translate("Errors", "Unknown time zone {zone}; use a name such as Asia/Shanghai.").format(zone=m["x"])),
    (r"sign-in failed for .*",
     lambda m: translate("Errors", "Sign-in failed: unknown or inactive account, or wrong password.")),
    (r"sign-in for .* refused for (?P<s>\d+) s more: (?P<n>\d+) failed attempts in the last (?P<min>[\d.]+) minutes",
     lambda m: translate("Errors", "Too many failed sign-ins ({n} in {min} minutes): wait {s} s and try again.").format(
         n=m["n"], min=m["min"], s=m["s"])),
    (r"the password must have at least (?P<n>\d+) characters.*",
     lambda m: translate("Errors", "The password must have at least {n} characters.").format(n=m["n"])),
    (r"roster CSV not found: (?P<p>.+)", lambda m: translate("Errors", "Roster file not found: {path}").format(path=m["p"])),
    (r"(?P<p>.+): header must name (?P<f>.+); missing (?P<miss>.+)",
     lambda m: translate("Errors", "{path}: the first line must name the columns {fields}; missing: {missing}").format(
         path=m["p"], fields=m["f"], missing=m["miss"])),
    (r"(?P<p>.+) line (?P<n>\d+): empty (?P<f>.+)",
     lambda m: translate("Errors", "{path}, line {n}: {fields} is empty").format(path=m["p"], n=m["n"], fields=m["f"])),
    (r"(?P<p>.+) is not UTF-8 text: .*",
     lambda m: translate("Errors", "{path} is not UTF-8 text: save it as CSV UTF-8.").format(path=m["p"])),
    (r"(?P<p>.+) has no roster rows", lambda m: translate("Errors", "{path} holds no shifts.").format(path=m["p"])),
    (r"calibration points must be distinct in the image and on the floor",
     lambda m: translate("Errors", "two floor points are at the same place (in the picture or on the floor)")),
    (r"(?P<f>\w+) point \((?P<x>[-\d.]+), (?P<y>[-\d.]+)\) is far outside the (?P<w>\d+)x(?P<h>\d+) image",
     lambda m: translate("Errors", "{field}: the point ({x}, {y}) is far outside the {w}×{h} picture").format(
         field=field_name(m["f"]), x=m["x"], y=m["y"], w=m["w"], h=m["h"])),
    (r"a point maps to infinity \(it lies on the horizon line\)|image point lies on or above the horizon.*",
     lambda m: translate("Errors", "a point lies on or above the horizon, so it cannot be on the floor: click on the "
                                   "floor")),
    (r"no four of the floor points span an area.*|cannot fit a floor homography to these points.*",
     lambda m: translate("Errors", "three or more floor points lie (nearly) on one line: spread the floor points "
                                   "over the floor, like the corners of a large rectangle")),
    (r"(?P<what>rules file|calibration profile|config file) not found: (?P<p>.+)",
     lambda m: translate("Errors", "{what} {path} does not exist.").format(what=thing_name(m["what"]), path=m["p"])),
    (r"cannot read (?P<what>rules file|calibration profile|config file) (?P<p>.+?): (?P<e>.+)",
     lambda m: translate("Errors", "{what} {path} cannot be read ({reason}).").format(
         what=thing_name(m["what"]), path=m["p"], reason=m["e"])),
    (r"cannot write (?P<k>CSV|PDF) (?P<p>.+?): (?P<e>.*)",
     lambda m: translate("Errors", "Cannot write {path}: {reason}").format(path=m["p"], reason=m["e"])),
    (r"an inspection needs at least one checklist item",
     lambda m: translate("Errors", "An inspection needs at least one checklist item.")),
    (r"the override of " + _Q.format("x") + r" needs a reason",
     lambda m: translate("Errors", "Give a reason for changing {item}.").format(item=m["x"])),
    (r"event (?P<id>\d+) is (?P<s>confirmed|appealed); its evidence is kept",
     lambda m: translate("Errors", "Event {id} is confirmed or appealed; its evidence is kept.").format(id=m["id"])),
)


def message_text(text: str, tz: tzinfo | None = None) -> str:
    """An engine or store message in the user's language (unknown messages as they are, local times,
    no pydantic help address)."""
    text = local_times(_HELP_URL.sub("", text.strip()), tz)
    if text.startswith("Value error, "):
        text = text[len("Value error, "):]
    for pattern, say in _PATTERNS:
        m = re.fullmatch(pattern, text, re.DOTALL)
        if m:
            return say(m)
    return text


def error_text(error: BaseException, tz: tzinfo | None = None) -> str:
    """An exception raised by the engine or the store, as the user reads it.

    Args:
        error: The exception (a validation problem is found behind it too).
        tz: Time zone to show times in (default: the computer's).
    """
    validation = find_validation_error(error)
    if validation is not None:
        return "\n".join([validation_heading(error), *validation_lines(validation)])
    return message_text(str(error), tz)


__all__ = ["error_text", "field_name", "find_validation_error", "location_text", "message_text", "problem_text",
           "validation_lines"]
