"""Writing files so that a reader (or a crash) never sees half of one."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: str | Path, data: bytes) -> None:
    """Writes bytes to ``.<name>.part`` beside ``path`` (folders made as needed) and renames it
    over ``path``; removes the partial file on error. A process killed mid-write leaves only the
    ``.part`` file (see :func:`inspector.privacy.remove_stale_parts` for clip folders).

    Raises:
        OSError: Writing failed.
    """
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "wb") as fh:
            fh.write(data)
        os.replace(part, path)
    except OSError:
        part.unlink(missing_ok=True)
        raise


__all__ = ["write_atomic"]
