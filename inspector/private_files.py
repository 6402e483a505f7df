"""Files and folders only their owner can read: evidence, the database and its locks hold
personal data, so what the product creates is owner-only (folders 0700, files 0600)."""

from __future__ import annotations

import os
from pathlib import Path


def private_folder(folder: str | Path) -> Path:
    """Makes ``folder`` and each missing folder above it owner-only (0700); returns it.

    Folders that exist already keep their permissions.

    Raises:
        OSError: A folder cannot be made.
    """
    folder = Path(folder)
    missing = []
    p = folder
    while not p.exists() and p.parent != p:
        missing.append(p)
        p = p.parent
    for p in reversed(missing):
        p.mkdir(mode=0o700, exist_ok=True)
    return folder


def create_private(path: str | Path) -> Path:
    """Creates (or empties) a file owner-only (0600), for a writer that then opens it by name.

    Raises:
        OSError: The file cannot be made.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return Path(path)


def append_private(path: str | Path, text: str) -> None:
    """Appends ``text`` to a file, creating it owner-only (0600) when it does not exist.

    Raises:
        OSError: The file cannot be written.
    """
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        f.write(text)


__all__ = ["append_private", "create_private", "private_folder"]
