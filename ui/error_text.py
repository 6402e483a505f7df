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


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


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
        "camera_id": _t("camera"),
        "image_width": _t("image width"),
        "image_height": _t("image height"),
        "staff_zone": _t("staff zone"),
        "customer_zone": _t("customer zone"),
        "counter": _t("counter edge"),
        "counter_closed": _t("closed counter outline"),
        "floor": _t("floor"),
        "points": _t("floor points"),
        "image": _t("position in the picture"),
        "height_m": _t("camera height"),
        "tilt_deg": _t("camera tilt"),
        "focal_px": _t("focal length"),
        "roll_deg": _t("camera roll"),
        "notes": _t("notes"),
        "version": _t("format version"),
        "kind": _t("kind"),
        "rules": _t("rules"),
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
                parts.append(_t("rule {n}").format(n=key + 1))
            elif prev in ("any_of", "all_of"):
                parts.append(_t("condition {n}").format(n=key + 1))
            elif prev in POINT_LISTS:
                parts.append(_t("point {n}").format(n=key + 1))
            else:
                parts.append(_t("item {n}").format(n=key + 1))
        elif key != "rules" and not (key in ("any_of", "all_of") and i + 1 < len(loc)):
            parts.append(field_name(key, rules))
        prev = key
    return " › ".join(parts)


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
        return _t("missing")
    if kind == "extra_forbidden":
        return _t("not a known setting (check the spelling)")
    if kind in ("too_short", "too_long"):
        limit = ctx.get("min_length" if kind == "too_short" else "max_length")
        actual = ctx.get("actual_length", 0)
        if counted_in_points:
            text = _t("needs at least {n} points, has {m}") if kind == "too_short" else _t("at most {n} points, has {m}")
        else:
            text = _t("needs at least {n} items, has {m}") if kind == "too_short" else _t("at most {n} items, has {m}")
        return text.format(n=limit, m=actual)
    if kind == "string_too_short":
        return _t("must not be empty")
    if kind == "string_too_long":
        return _t("at most {n} characters").format(n=ctx.get("max_length"))
    bounds = {"greater_than": (_t("must be greater than {x}"), "gt"),
              "greater_than_equal": (_t("must be at least {x}"), "ge"),
              "less_than": (_t("must be less than {x}"), "lt"),
              "less_than_equal": (_t("must be at most {x}"), "le")}
    if kind in bounds:
        text, key = bounds[kind]
        return text.format(x=_number(ctx.get(key)))
    if kind in ("float_parsing", "float_type", "finite_number"):
        return _t("must be a number, not {value}").format(value=_short(value))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _t("must be a whole number, not {value}").format(value=_short(value))
    if kind in ("bool_parsing", "bool_type"):
        return _t("must be yes or no (true/false)")
    if kind in ("string_type",):
        return _t("must be text")
    if kind in ("tuple_type", "list_type", "dict_type", "model_type", "model_attributes_type"):
        return _t("has the wrong form")
    if kind in ("literal_error", "enum"):
        return _t("must be one of {choices}, not {value}").format(choices=ctx.get("expected", ""), value=_short(value))
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return _t("the kind must be one of {choices}").format(choices=ctx.get("expected_tags", ""))
    if kind in ("value_error", "assertion_error") and ctx.get("error") is not None:
        return message_text(str(ctx["error"]))
    return _t("is not a valid value ({value})").format(value=_short(value))


def validation_lines(err: ValidationError) -> list[str]:
    """One line per problem: "field: what is wrong"."""
    lines = []
    for item in err.errors():
        loc = tuple(item.get("loc", ()))
        fields = [k for k in loc if isinstance(k, str) and not k.startswith("<")]
        problem = problem_text(item["type"], dict(item.get("ctx") or {}), fields[-1] if fields else "",
                               item.get("input"))
        where = location_text(loc)
        lines.append(_t("{field}: {problem}").format(field=where, problem=problem) if where else problem)
    return lines


def validation_heading(error: BaseException) -> str:
    """The first line for a validation error, by what was being checked."""
    if isinstance(error, ProfileError):
        return _t("The calibration is incomplete or not valid:")
    if isinstance(error, RulesError):
        return _t("The rules are not valid:")
    return _t("Some values are not valid:")


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
        "staff code": _t("Staff code"),
        "staff name": _t("Name"),
        "station name": _t("Station name"),
        "account name": _t("Account name"),
        "appeal comment": _t("The reason for the appeal"),
        "reviewer": _t("Reviewer name"),
        "comment": _t("Comment"),
        "reason": _t("Reason"),
        "the password": _t("The password"),
        "camera source": _t("Camera"),
        "area": _t("Area"),
    }
    return names.get(what, what)


def _role_names(text: str) -> str:
    names = {"manager": _t("manager"), "auditor": _t("auditor"), "staff": _t("staff member"),
             "nobody": _t("nobody")}
    return _t(", ").join(names.get(r.strip(), r.strip()) for r in text.split(","))


_TIME = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"
_Q = r"'(?P<{}>.*?)'"


def _decision(word: str) -> str:
    return {"confirm": _t("confirmed"), "dismiss": _t("dismissed"),
            "upheld": _t("upheld"), "overturned": _t("overturned")}.get(word, word)


_PATTERNS: tuple[tuple[str, Callable[[re.Match], str]], ...] = (
    (r"roster entry (?P<n>\d+): (?P<rest>.+)",
     lambda m: _t("Shift {n}: {problem}").format(n=m["n"], problem=message_text(m["rest"]))),
    (r"(?P<what>.+?) must be a non-empty text, got .*",
     lambda m: _t("{what} must not be empty.").format(what=thing_name(m["what"]))),
    (r"(?P<what>.+?) must have at most (?P<n>\d+) characters, got (?P<m>\d+)",
     lambda m: _t("{what} may have at most {n} characters (it has {m}).").format(
         what=thing_name(m["what"]), n=m["n"], m=m["m"])),
    (r"staff code " + _Q.format("x") + r" already exists",
     lambda m: _t("A staff member with code {code} already exists.").format(code=m["x"])),
    (r"station " + _Q.format("x") + r" already exists",
     lambda m: _t("A station named {name} already exists.").format(name=m["x"])),
    (r"station name " + _Q.format("x") + r" may hold only letters.*",
     lambda m: _t("The station name {name} may hold only letters, digits, '-' and '_', and must start with a "
                  "letter or digit (it names the station's folders).").format(name=m["x"])),
    (r"unknown staff code " + _Q.format("x") + r".*",
     lambda m: _t("There is no staff member with code {code}.").format(code=m["x"])),
    (r"unknown station " + _Q.format("x") + r".*",
     lambda m: _t("There is no station {name}.").format(name=m["x"])),
    (r"unknown event id (?P<x>\d+).*", lambda m: _t("There is no event {id}.").format(id=m["x"])),
    (r"roster end (?P<end>.+) is not after start (?P<start>.+)",
     lambda m: _t("The end of the shift ({end}) must be after its start ({start}).").format(end=m["end"], start=m["start"])),
    (rf"(?P<staff>\S+) at (?P<station>\S+) (?P<s>{_TIME}) - (?P<e>{_TIME}) overlaps roster entry #(?P<id>\d+) "
     rf"\((?P<kind>station|staff) '.*?': (?P<staff2>\S+) at (?P<station2>\S+) (?P<s2>{_TIME}) - (?P<e2>{_TIME})\)",
     lambda m: (_t("The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of {staff2} at "
                   "{station2}, {start2} – {end2}: a station has one person at a time.")
                if m["kind"] == "station" else
                _t("The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of the same person "
                   "at {station2}, {start2} – {end2}: a person works at one station at a time.")).format(
         staff=m["staff"], station=m["station"], start=m["s"], end=m["e"], id=m["id"], staff2=m["staff2"],
         station2=m["station2"], start2=m["s2"], end2=m["e2"])),
    (rf"event (?P<id>\d+) was already (?P<d>confirm|dismiss)ed by (?P<who>.+?) at (?P<at>{_TIME}).*",
     lambda m: _t("Event {id} was already {decision} by {who} at {at}; a decision is final.").format(
         id=m["id"], decision=_decision(m["d"]), who=m["who"], at=m["at"])),
    (r"event (?P<id>\d+) was decided by someone else at the same moment",
     lambda m: _t("Event {id} was decided by someone else at the same moment.").format(id=m["id"])),
    (rf"event (?P<id>\d+) was already appealed at (?P<at>{_TIME})",
     lambda m: _t("Event {id} was already appealed at {at}.").format(id=m["id"], at=m["at"])),
    (rf"the appeal against event (?P<id>\d+) was already (?P<d>upheld|overturned) by (?P<who>.+?) at (?P<at>{_TIME})",
     lambda m: _t("The appeal against event {id} was already {decision} by {who} at {at}.").format(
         id=m["id"], decision=_decision(m["d"]), who=m["who"], at=m["at"])),
    (r"event (?P<id>\d+) was not appealed", lambda m: _t("Event {id} was not appealed.").format(id=m["id"])),
    (r"event (?P<id>\d+) is not an event of .*",
     lambda m: _t("Event {id} is not yours: only one's own events can be appealed.").format(id=m["id"])),
    (r"(?P<who>.+?) may not (?P<what>.+?): it needs the '.+?' permission \((?P<roles>.*)\)",
     lambda m: _t("{who} is not allowed to do this; it is for: {roles}.").format(
         who=m["who"], roles=_role_names(m["roles"]))),
    (r"database .+ is locked by another process \(waited (?P<s>[\d.]+) s\).*",
     lambda m: _t("The database is busy with another program (waited {s} s). Nothing was saved; try again when "
                  "the other program has finished.").format(s=m["s"])),
    (r"time must look like .*, got (?P<x>.*)",
     lambda m: _t("Write the time like 2025-03-01 09:00 (local time), not {text}.").format(text=m["x"])),
    (r"month must look like .*, got (?P<x>.*)",
     lambda m: _t("Write the month like 2025-03, not {text}.").format(text=m["x"])),
    (r"unknown time zone " + _Q.format("x") + r".*",
     lambda m: _t("Unknown time zone {zone}; use a name such as Asia/Shanghai.").format(zone=m["x"])),
    (r"sign-in failed for .*",
     lambda m: _t("Sign-in failed: unknown or inactive account, or wrong password.")),
    (r"sign-in for .* refused for (?P<s>\d+) s more: (?P<n>\d+) failed attempts in the last (?P<min>[\d.]+) minutes",
     lambda m: _t("Too many failed sign-ins ({n} in {min} minutes): wait {s} s and try again.").format(
         n=m["n"], min=m["min"], s=m["s"])),
    (r"the password must have at least (?P<n>\d+) characters.*",
     lambda m: _t("The password must have at least {n} characters.").format(n=m["n"])),
    (r"roster CSV not found: (?P<p>.+)", lambda m: _t("Roster file not found: {path}").format(path=m["p"])),
    (r"(?P<p>.+): header must name (?P<f>.+); missing (?P<miss>.+)",
     lambda m: _t("{path}: the first line must name the columns {fields}; missing: {missing}").format(
         path=m["p"], fields=m["f"], missing=m["miss"])),
    (r"(?P<p>.+) line (?P<n>\d+): empty (?P<f>.+)",
     lambda m: _t("{path}, line {n}: {fields} is empty").format(path=m["p"], n=m["n"], fields=m["f"])),
    (r"(?P<p>.+) is not UTF-8 text: .*",
     lambda m: _t("{path} is not UTF-8 text: save it as CSV UTF-8.").format(path=m["p"])),
    (r"(?P<p>.+) has no roster rows", lambda m: _t("{path} holds no shifts.").format(path=m["p"])),
    (r"calibration points must be distinct in the image and on the floor",
     lambda m: _t("two floor points are at the same place (in the picture or on the floor)")),
    (r"(?P<f>\w+) point \((?P<x>[-\d.]+), (?P<y>[-\d.]+)\) is far outside the (?P<w>\d+)x(?P<h>\d+) image",
     lambda m: _t("{field}: the point ({x}, {y}) is far outside the {w}×{h} picture").format(
         field=field_name(m["f"]), x=m["x"], y=m["y"], w=m["w"], h=m["h"])),
    (r"cannot write (?P<k>CSV|PDF) (?P<p>.+?): (?P<e>.*)",
     lambda m: _t("Cannot write {path}: {reason}").format(path=m["p"], reason=m["e"])),
    (r"an inspection needs at least one checklist item",
     lambda m: _t("An inspection needs at least one checklist item.")),
    (r"the override of " + _Q.format("x") + r" needs a reason",
     lambda m: _t("Give a reason for changing {item}.").format(item=m["x"])),
    (r"event (?P<id>\d+) is (?P<s>confirmed|appealed); its evidence is kept",
     lambda m: _t("Event {id} is confirmed or appealed; its evidence is kept.").format(id=m["id"])),
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
