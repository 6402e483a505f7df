"""Free space of the clips folder's disk, and the error a clip gets when it is full."""

from __future__ import annotations

import shutil
from pathlib import Path





DISK_FULL_PREFIX = "disk full"
"""Start of the error text of a clip abandoned for lack of disk space (callers test for it)."""


def free_mb(folder: str | Path) -> float:
    """Free space in MB on the disk holding ``folder`` (its nearest existing ancestor if it does not exist yet).

    Raises:
        OSError: The free space cannot be read.
    """
    p = Path(folder).absolute()
    while not p.exists() and p.parent != p:
        p = p.parent
    return shutil.disk_usage(p).free / (1024 * 1024)


def disk_full_error(folder: str | Path, min_free_mb: float) -> str | None:
    """``"disk full (N MB free), below clips.min_free_mb = M MB"`` when the disk of ``folder`` has less
    than ``min_free_mb`` free, else None.

    A free space that cannot be read is not treated as full (the write itself will then fail and
    say why). ``min_free_mb <= 0`` disables the check.
    """
    if min_free_mb <= 0:
        return None
    try:
        free = free_mb(folder)
    except OSError:
        return None
    if free >= min_free_mb:
        return None
    return f"{DISK_FULL_PREFIX} ({free:.0f} MB free), below clips.min_free_mb = {min_free_mb:g} MB"


def is_disk_full_error(error: str | None) -> bool:
    """Whether a clip error says the disk was full."""
    return bool(error) and error.startswith(DISK_FULL_PREFIX)


