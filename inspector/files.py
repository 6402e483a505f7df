"""Writing files so that a reader (or a crash) never sees half of one."""

from __future__ import annotations

import os
from pathlib import Path

from inspector.private_files import private_folder


def write_atomic(path: str | Path, data: bytes) -> None:
    """Writes bytes owner-only (0600) to ``.<name>.part`` beside ``path`` (missing folders made 0700) and renames it
    over ``path``; removes the partial file on error. A process killed mid-write leaves only the
    ``.part`` file (see :func:`inspector.privacy.remove_stale_parts` for clip folders).

    Raises:
        OSError: Writing failed.
    """
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    try:
        private_folder(path.parent)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)  # a partial file left by an older run keeps no wider mode
            fh.write(data)
        os.replace(part, path)
    except OSError:
        part.unlink(missing_ok=True)
        raise


__all__ = ["write_atomic"]
