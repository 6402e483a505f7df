"""What the sub-commands that use the conduct database share: the ``--db`` and sign-in options,
reading a section of the ``--config`` file, and opening the store as the signed-in actor."""

from __future__ import annotations

import argparse
import os
from typing import TypeVar

from inspector.auth import Actor, AuthSettings, password_from_env_or_prompt
from sqlalchemy.engine import make_url

from inspector.config import load_config
from inspector.errors import PermissionDenied
from inspector.settings_base import Section
from inspector.store import DB_ENV, StorageConfig, Store, resolve_database

_S = TypeVar("_S", bound=Section)


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Adds ``--db URL_OR_PATH`` and the sign-in options (``--user``, ``--local-admin``) to a sub-command."""
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help=f"Database: SQLAlchemy URL or SQLite file (default ${DB_ENV}, the `storage` "
                             "config section, then inspector.db in the user's data folder).")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--user", metavar="NAME",
                     help="Act as this account (password from $INSPECTOR_PASSWORD or a prompt). Needed for "
                          "changes once accounts exist (`inspector users init`).")
    who.add_argument("--local-admin", action="store_true",
                     help="Act with manager rights as the machine's OS user that owns the database file, "
                          "without an account; every change is recorded in the audit trail with the OS "
                          "user name.")


def config_section(args: argparse.Namespace, name: str, cls: type[_S]) -> _S:
    """Section ``name`` of the --config file, or ``cls()`` when the file or the section is absent."""
    cfg = load_config(getattr(args, "config", None))
    section = getattr(cfg, name, None)
    return section if isinstance(section, cls) else cls()


def storage_config(args: argparse.Namespace) -> StorageConfig:
    """The ``storage`` section of the --config file (defaults when the file or section is absent)."""
    return config_section(args, "storage", StorageConfig)


def open_from_args(args: argparse.Namespace) -> Store:
    """Opens the store named by --db / $INSPECTOR_DB / config / default, acting as --user or --local-admin,
    with the account rules of the config's ``auth`` section.

    Raises:
        WrongPassword: --user with a wrong password (or an unknown/inactive account).
    """
    cfg = storage_config(args)
    store = Store.open(resolve_database(getattr(args, "db", None), cfg), cfg,
                       auth=config_section(args, "auth", AuthSettings))
    try:
        if getattr(args, "local_admin", False):
            check_local_admin(store.url)
            store.actor = Actor.local_admin_mode()
        elif getattr(args, "user", None):
            store.actor = store.authenticate(args.user, password_from_env_or_prompt(args.user))
    except BaseException:
        store.close()
        raise
    return store


def check_local_admin(url: str) -> None:
    """Refuses ``--local-admin`` to an OS user who does not own the SQLite database file (root excepted).

    Local admin mode vouches for whoever controls the machine's account that owns the data;
    another OS user who can merely write the file gets no manager rights from it. A database
    server (PostgreSQL) decides by its own sign-in who may connect.

    Raises:
        PermissionDenied: The file belongs to another OS user.
    """
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or not hasattr(os, "getuid"):
        return
    try:
        owner = os.stat(u.database).st_uid
    except OSError:
        return
    me = os.getuid()
    if me not in (owner, 0):
        raise PermissionDenied(f"--local-admin is for the OS user who owns {u.database} (uid {owner}), not uid "
                               f"{me}; sign in with --user NAME instead")


__all__ = ["add_db_argument", "check_local_admin", "config_section", "open_from_args", "storage_config"]
