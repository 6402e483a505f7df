"""The store's shared core: the engine, sessions and transactions, authorisation, the writer of
the audit trail, schema migrations, and opening and closing a database.

Every write runs in exactly one transaction (on SQLite ``BEGIN IMMEDIATE``, so the write lock is
taken up front and concurrent writers queue for up to the busy timeout instead of failing
half-way). The repositories of :mod:`inspector.store` build on :class:`StoreCore`.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator, Mapping, Self

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event as sa_event, inspect as sa_inspect, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from inspector import audit as A
from inspector.auth import Actor, AuthSettings, Permission, os_user, require
from inspector.locking import ProcessLock
from inspector.store import schema as S
from inspector.store.errors import DatabaseLocked, InvalidInput, PermissionDenied, SchemaError, StoreError
from inspector.store.rows import _clean, _utcnow
from inspector.store.settings import StorageConfig

MIGRATION_LOCK_KEY = 0x6465736B  # PostgreSQL advisory lock key of schema upgrades ("desk")


def to_url(url_or_path: str | Path) -> str:
    """Turns a SQLAlchemy URL or a SQLite file path into a URL.

    For a file path, the folder is made when missing (owner-only, 0700) and a new database file
    is created owner-only (0600); SQLite gives its journal files the same permissions, so no
    other user of the machine can read the password hashes or the events.

    Raises:
        StoreError: The URL cannot be parsed or the folder cannot be created.
    """
    text = str(url_or_path).strip()
    if not text:
        raise StoreError("empty database location; give a file path or a URL such as postgresql+psycopg://host/db")
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as e:
            raise StoreError(f"cannot parse database URL {text!r}: {e}") from None
        return text
    if text == ":memory:":
        return "sqlite://"
    path = Path(text).expanduser().resolve()
    if path.is_dir():
        raise StoreError(f"database path {path} is a folder; give a file such as {path / 'inspector.db'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        raise StoreError(f"cannot create the database folder {path.parent}: {e}") from None
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass  # an existing database keeps the permissions its owner gave it
    except OSError as e:
        raise StoreError(f"cannot create the database file {path}: {e.strerror or e}") from None
    return f"sqlite:///{path}"


def _is_locked(err: DBAPIError) -> bool:
    orig = err.orig
    if getattr(orig, "sqlstate", None) in ("55P03", "40P01"):  # PostgreSQL lock_not_available, deadlock
        return True
    msg = str(orig).lower()
    return "database is locked" in msg or "database is busy" in msg or "database table is locked" in msg


def migrations_folder() -> Path:
    """The folder holding ``env.py`` and the numbered scripts in ``versions/``."""
    return Path(str(resources.files("inspector.store") / "migrations"))


def alembic_config(connection=None) -> AlembicConfig:
    """An Alembic config built in code (no alembic.ini on disk is needed)."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(migrations_folder()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@dataclass(frozen=True)
class _Who:
    """The identity an audited write is recorded under."""

    actor: str
    role: str
    os_user: str


class StoreCore:
    """An open conduct database and the actor who uses it: what every repository builds on.

    Create with :meth:`open`; close with :meth:`close` or use as a context manager.

    It holds the engine, the sessions and transactions (``_read``, ``_write``), the permission
    check of every write (``_authorize``) and the hash-chained audit row a write appends in its
    own transaction (``_audit``). ``actor=None`` is allowed to write only while the database has
    no account yet (open mode).
    """

    def __init__(self, engine: Engine, url: str, busy_timeout_s: float, actor: Actor | None = None,
                 auth: AuthSettings | None = None) -> None:
        self._engine = engine
        self._write_engine = engine.execution_options(inspector_write=True)
        self.url = url
        self.busy_timeout_s = busy_timeout_s
        self.actor = actor
        self.auth = auth or AuthSettings()
        """Account rules (password length, hashing cost, sign-in delays) applied by this store."""

    def as_actor(self, actor: Actor | None) -> Self:
        """The same database (shared connections) and account rules, acting as ``actor``."""
        return type(self)(self._engine, self.url, self.busy_timeout_s, actor, self.auth)

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | Path, cfg: StorageConfig | None = None, *,
             busy_timeout_s: float | None = None, actor: Actor | None = None,
             auth: AuthSettings | None = None) -> Self:
        """Opens (creating if needed) a database and brings its schema to the newest migration.

        Args:
            url_or_path: SQLAlchemy URL (``postgresql+psycopg://...``, ``sqlite:///...``) or a file path.
            cfg: Storage settings (busy timeout, WAL); defaults when None.
            busy_timeout_s: Overrides ``cfg.busy_timeout_s``.
            actor: Who acts (an account from :meth:`authenticate`, or local admin mode); None is
                only allowed to write while no account exists.
            auth: Account rules (the ``auth`` config section); defaults when None.

        Raises:
            StoreError: Unreadable location, foreign or newer schema, or database locked.
        """
        cfg = cfg or StorageConfig()
        timeout = cfg.busy_timeout_s if busy_timeout_s is None else busy_timeout_s
        url = to_url(url_or_path)
        engine = _make_engine(url, timeout, cfg.sqlite_wal)
        store = cls(engine, url, timeout, actor, auth)
        try:
            store._migrate()
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        """Releases every connection."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        if self._checked_revision() == head:
            return
        with self._migration_lock():
            current = self._checked_revision()  # another program may have upgraded it while this one waited
            if current == head:
                return
            known = {rev.revision for rev in script.walk_revisions()}
            if current is not None and current not in known:
                raise SchemaError(f"database schema revision {current} is newer than this program knows "
                                  f"(newest {head}); upgrade the program")
            with self._translate(), self._write_engine.connect() as conn:
                sqlite = conn.dialect.name == "sqlite"
                if conn.dialect.name == "postgresql":  # one upgrader per database, whichever machine runs it
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
                if sqlite:  # table rebuilds (batch migrations) need this off, outside any transaction
                    conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
                try:
                    command.upgrade(alembic_config(conn), "head")
                    if sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            conn.rollback()
                            raise SchemaError(f"migration left {len(broken)} broken references "
                                              f"(first: {broken[0]}); nothing was changed")
                    conn.commit()
                finally:
                    if sqlite:
                        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")

    def _checked_revision(self) -> str | None:
        """The database's schema revision; refuses a database of someone else's tables."""
        with self._translate(), self._engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current is None and _has_foreign_tables(conn):
                raise SchemaError(f"{self.url} holds tables that are not a conduct database; "
                                  "give an empty or new database")
        return current

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """Holds the database's migration lock: a lock file beside an SQLite file (waiting up to the busy
        timeout for another program's upgrade); PostgreSQL takes an advisory lock in the upgrade itself."""
        url = make_url(self.url)
        path = url.database if url.get_backend_name() == "sqlite" else None
        if not path or path == ":memory:" or path.startswith("file:"):
            yield
            return
        db = Path(path)
        lock = ProcessLock(db.with_name(db.name + ".migrate.lock"), f"the database {db} (being upgraded)")
        lock.wait(max(self.busy_timeout_s, 1.0))
        try:
            yield
        finally:
            lock.release()

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at."""
        with self._translate(), self._engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # --- transactions --------------------------------------------------------------------------

    @contextmanager
    def _translate(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as e:
            if _is_locked(e):
                raise DatabaseLocked(
                    f"database {self.url} is locked by another process (waited {self.busy_timeout_s:g} s); "
                    "nothing was written by this operation - try again when the other program has finished"
                ) from None
            raise StoreError(f"database error on {self.url}: {e.orig}") from None
        except DatabaseError as e:
            if isinstance(e, IntegrityError):  # a refused row: the repositories say which
                raise
            raise StoreError(f"{self.url} cannot be used as the conduct database ({e.orig}); give the path of "
                             "a conduct database, or of a new file") from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._translate(), Session(self._write_engine, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._translate(), Session(self._engine, expire_on_commit=False) as s, s.begin():
            yield s

    # --- authorisation and audit ---------------------------------------------------------------

    def can(self, permission: Permission) -> bool:
        """Whether the current actor holds ``permission``; no actor holds every one only while no
        account exists (open mode)."""
        if self.actor is None:
            return not self._accounts_exist()
        return self.actor.can(permission)

    def _accounts_exist(self) -> bool:
        with self._read() as s:
            return s.scalar(select(S.User.id).limit(1)) is not None

    def _refusal(self, what: str) -> PermissionDenied:
        """The error for an actor (or no actor) that may not ``what``."""
        if self.actor is None:
            return PermissionDenied(f"to {what} sign in: --user NAME or --local-admin; accounts exist, so "
                                    "nothing is shown to an unidentified reader")
        return PermissionDenied(f"{self.actor.label} may not {what}")

    def _authorize(self, s: Session, permission: Permission | None, what: str) -> _Who:
        """Checks the actor inside the write transaction; returns the identity to audit under.

        ``permission=None`` asks only for a signed-in, still active account (e.g. one's own password).

        Raises:
            PermissionDenied: No actor while accounts exist, a role without ``permission``, or an
                account that was deactivated or changed role since it signed in.
        """
        if self.actor is None:
            if s.scalar(select(S.User.id).limit(1)) is None:
                return _Who("(no accounts)", "open", os_user())
            raise PermissionDenied(
                f"to {what} sign in: --user NAME (password from the prompt or $INSPECTOR_PASSWORD) or "
                "--local-admin (recorded in the audit trail); accounts exist, so anonymous changes are refused")
        if permission is not None:
            require(self.actor, permission, what)
        if self.actor.local_admin:
            return _Who("local-admin", "local-admin", self.actor.os_user or os_user())
        row = None if self.actor.user_id is None else s.get(S.User, self.actor.user_id)
        if row is None or not row.active or row.role != self.actor.role.value or row.name != self.actor.name:
            raise PermissionDenied(f"account {self.actor.name!r} is no longer active with role "
                                   f"{self.actor.role.value}; sign in again")
        return _Who(row.name, row.role, self.actor.os_user or os_user())

    def _audit(self, s: Session, who: _Who, action: str, target: str, details: Mapping[str, object]) -> None:
        """Appends one hash-chained audit row (and moves the head) in the caller's transaction."""
        head = s.get(S.AuditHead, 1, with_for_update=True)
        if head is None:
            last_id = s.scalar(select(S.AuditEntry.id).order_by(S.AuditEntry.id.desc()).limit(1)) or 0
            last_hash = A.GENESIS if not last_id else s.get(S.AuditEntry, last_id).hash
            head = S.AuditHead(id=1, last_id=last_id, last_hash=last_hash)
            s.add(head)
            if last_id:  # the head row was removed behind the program's back: say so in the trail itself
                s.flush()
                self._audit(s, _Who("inspector", "system", os_user()), A.HEAD_REBUILT, "audit_head",
                            {"last_id": last_id})
        try:
            dj = A.details_json(details)
        except ValueError as e:
            raise InvalidInput(str(e)) from None
        rid, at = head.last_id + 1, _utcnow()
        h = A.chain_hash(head.last_hash, A.canonical(rid, at, who.actor, who.role, who.os_user, action, target, dj))
        s.add(S.AuditEntry(id=rid, at=at, actor=who.actor, role=who.role, os_user=who.os_user, action=action,
                           target=target, details_json=dj, prev_hash=head.last_hash, hash=h))
        head.last_id, head.last_hash = rid, h
        s.flush()

    def authorize(self, permission: Permission, what: str) -> None:
        """Fails early (before long work) when the actor may not do ``what``; writes still check again.

        Raises:
            PermissionDenied: As the write itself would.
        """
        with self._read() as s:
            self._authorize(s, permission, what)

    def _own_staff_id(self) -> int | None:
        """The staff id a reader is limited to, or None when it may read everything.

        Raises:
            PermissionDenied: No actor while accounts exist, or a staff account linked to nobody.
        """
        if self.actor is None:
            if self._accounts_exist():
                raise self._refusal("read events, staff, roster or scores")
            return None
        if self.actor.can(Permission.READ_ALL):
            return None
        if self.actor.staff_id is None:
            raise PermissionDenied(f"{self.actor.label} is linked to no staff member and may not read events")
        return self.actor.staff_id

    def record_change(self, action: str, target: str, details: Mapping[str, object],
                      permission: Permission = Permission.CONFIGURE) -> None:
        """Records a change made outside the store (settings saved, an inspection item overridden...).

        Args:
            action: Dotted name, e.g. ``config.save`` or ``inspection.override``.
            target: What changed, e.g. ``config:rules`` or ``staff:A01``.
            details: Plain JSON values describing the change (old and new values).
            permission: What the change needed (checked against the actor).
        """
        action, target = _clean(action, "audit action"), _clean(target, "audit target")
        with self._write() as s:
            self._audit(s, self._authorize(s, permission, f"record {action}"), action, target, details)


# --- engine ------------------------------------------------------------------------------------

def _make_engine(url: str, busy_timeout_s: float, wal: bool) -> Engine:
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        connect_args = {}
        if u.get_backend_name() == "postgresql":
            connect_args["options"] = f"-c lock_timeout={int(busy_timeout_s * 1000)}"
        try:
            return create_engine(url, connect_args=connect_args, pool_pre_ping=True)
        except (ArgumentError, ImportError) as e:
            raise StoreError(f"cannot use database URL {url}: {e}") from None
    memory = u.database in (None, "", ":memory:")
    kwargs = {"poolclass": StaticPool} if memory else {}
    engine = create_engine(url, connect_args={"timeout": busy_timeout_s, "check_same_thread": False}, **kwargs)

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun explicitly below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        cur.execute("PRAGMA foreign_keys = ON")
        if wal and not memory:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        write = conn.get_execution_options().get("inspector_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _has_foreign_tables(conn) -> bool:
    return bool(set(sa_inspect(conn).get_table_names()) - {"alembic_version"})
