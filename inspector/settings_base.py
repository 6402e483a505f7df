"""Base class of every config section (kept apart so modules can define their own sections)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError


class Section(BaseModel):
    """Base for every config section: unknown keys are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


def read_mapping_file(path: str | Path, what: str, error: type[Exception]) -> dict:
    """Reads a TOML file (``.toml`` and anything not ``.json``) or a JSON file into a mapping.

    Args:
        path: The file.
        what: How to name it in messages (e.g. "config file").
        error: Exception class raised on a missing or unreadable file.
    """
    p = Path(path)
    if not p.is_file():
        raise error(f"{what} not found: {p}")
    try:
        text = p.read_text(encoding="utf-8")
        data = json.loads(text) if p.suffix.lower() == ".json" else tomllib.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as e:
        raise error(f"cannot read {what} {p}: {e}") from None
    if not isinstance(data, dict):
        raise error(f"{what} {p} must hold a mapping of keys, got {type(data).__name__}")
    return data


def explain_validation(err: ValidationError, heading: str, unknown_hint: str = "") -> str:
    """One line per problem of a pydantic validation error, naming the key path.

    Args:
        err: The error.
        heading: First line, e.g. "invalid configuration in site.toml:".
        unknown_hint: Added after "unknown key '…'" (e.g. where the keys are documented).
    """
    lines = [heading]
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"] if not str(p).startswith("<"))
        if e["type"] == "extra_forbidden":
            lines.append(f"  unknown key '{loc}'" + (f" ({unknown_hint})" if unknown_hint else ""))
        else:
            lines.append(f"  {loc}: {e['msg']} (got {e.get('input')!r})")
    return "\n".join(lines)
