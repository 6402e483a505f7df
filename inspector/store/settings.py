"""The ``storage`` config section and where the database lives."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field

from inspector.settings_base import Section

DB_ENV = "INSPECTOR_DB"
"""Environment variable naming the database (a SQLAlchemy URL or a file path)."""

APP_DIR_NAME = "deskconduct"


class StorageConfig(Section):
    """Where the conduct database and the evidence files are kept."""

    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL (e.g. postgresql+psycopg://user@host/db) or a SQLite file path; "
                    "default is inspector.db in data_dir. The --db option and $INSPECTOR_DB override it.",
    )
    data_dir: str | None = Field(
        None,
        description="Folder for the database and evidence clips; default $XDG_DATA_HOME/deskconduct "
                    "or ~/.local/share/deskconduct.",
    )
    busy_timeout_s: float = Field(
        5.0, ge=0, le=600,
        description="Seconds a write waits for another process holding the database lock before failing.",
    )
    sqlite_wal: bool = Field(
        True, description="Use SQLite write-ahead logging so readers never block the writer.",
    )


def default_data_dir(cfg: StorageConfig | None = None) -> Path:
    """Folder for the database and clips (config, then $XDG_DATA_HOME, then ~/.local/share)."""
    if cfg is not None and cfg.data_dir:
        return Path(cfg.data_dir).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / APP_DIR_NAME


def resolve_database(explicit: str | None = None, cfg: StorageConfig | None = None) -> str:
    """Picks the database: explicit (--db), then $INSPECTOR_DB, then config, then the default file.

    Returns:
        A SQLAlchemy URL or a file path, as given (``Store.open`` accepts both).
    """
    for candidate in (explicit, os.environ.get(DB_ENV), cfg.database_url if cfg else None):
        if candidate:
            return candidate
    return str(default_data_dir(cfg) / "inspector.db")
