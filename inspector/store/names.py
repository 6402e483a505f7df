"""What a station id may be: the one check every place that takes a station name uses.

A station's name becomes part of file names (its clip folder, calibration profile, lock), so it
may hold only letters (any script), digits, ``-`` and ``_``: never a path separator, a dot or a
control character.
"""

from __future__ import annotations

import re

from inspector.errors import InvalidInput

STATION_NAME_MAX = 64
"""Longest station name accepted."""

_STATION_NAME = re.compile(r"[^\W_][\w-]*")


def check_station_name(name: object) -> str:
    """The station name when it is a valid station id (surrounding spaces removed).

    Raises:
        InvalidInput: Not text, empty, too long, or holding anything but letters, digits, ``-`` and
            ``_`` (or not starting with a letter or digit).
    """
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput(f"station name must be a non-empty text, got {name!r}")
    name = name.strip()
    if len(name) > STATION_NAME_MAX:
        raise InvalidInput(f"station name must have at most {STATION_NAME_MAX} characters, got {len(name)}")
    if not _STATION_NAME.fullmatch(name):
        raise InvalidInput(f"station name {name!r} may hold only letters, digits, '-' and '_', starting with a "
                           "letter or digit (it names the station's folders)")
    return name


__all__ = ["STATION_NAME_MAX", "check_station_name"]
