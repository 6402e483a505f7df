"""Accounts and roles: who may change what in the conduct database.

Three roles (:class:`Role`):

* **manager** configures: staff, stations, roster, accounts, retention, and may also review;
* **auditor** reviews: confirms/dismisses events, re-assigns them, records inspections and
  recalculates scores; reads the audit trail;
* **staff** sees only their own events and scores and may appeal one of their events.

Passwords are stored as Argon2id hashes (``argon2-cffi``: salted, memory-hard, parameters kept
inside the hash so they can be raised later; :func:`needs_rehash` says when).

An :class:`Actor` is who performs an operation. The store checks the actor's
:class:`Permission` on every write (:func:`require`), so the rule holds for the command line, the
desktop app and any script alike. Besides accounts there is the explicit **local admin mode**
(:meth:`Actor.local_admin`): manager rights for whoever controls the machine's OS account, used
for first setup, scheduled jobs and recovery; every write it makes is recorded in the audit trail
with the OS user name.

Until the first account exists (``inspector users init``) the database is in *open mode*: writes
without an actor are allowed and audited as ``(no accounts)``; once a manager exists, every write
needs an account or local admin mode.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from enum import Enum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from pydantic import Field

from inspector.errors import InvalidInput, PermissionDenied
from inspector.settings_base import Section

PASSWORD_ENV = "INSPECTOR_PASSWORD"
"""Environment variable read for the password of ``--user`` when no terminal prompt is wanted."""


class Role(str, Enum):
    """An account's role."""

    MANAGER = "manager"
    AUDITOR = "auditor"
    STAFF = "staff"


class Permission(str, Enum):
    """Something an actor may be allowed to do."""

    CONFIGURE = "configure"        # staff, stations, roster, settings
    MANAGE_USERS = "manage_users"  # accounts and passwords
    RECORD_EVENTS = "record_events"  # analysis writes events and clips
    REVIEW = "review"              # confirm/dismiss, re-assign (override) events
    INSPECT = "inspect"            # record shift-start inspections
    RECALCULATE = "recalculate"    # (re)compute and cache monthly scores
    APPEAL = "appeal"              # appeal one's own event
    EXPIRE_CLIPS = "expire_clips"  # retention: delete old evidence
    READ_AUDIT = "read_audit"      # read and verify the audit trail
    READ_ALL = "read_all"          # see every staff member's events and scores


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MANAGER: frozenset(Permission) - {Permission.APPEAL},
    Role.AUDITOR: frozenset({Permission.REVIEW, Permission.INSPECT, Permission.RECALCULATE,
                             Permission.READ_AUDIT, Permission.READ_ALL}),
    Role.STAFF: frozenset({Permission.APPEAL}),
}
"""What each role may do. Managers cannot appeal (an appeal is the staff member's own voice)."""


class AuthSettings(Section):
    """Account rules."""

    min_password_length: int = Field(10, ge=8, le=256,
                                     description="Shortest password accepted for a new account.")
    argon2_time_cost: int = Field(3, ge=1, le=20, description="Argon2id passes over memory per hash.")
    argon2_memory_kib: int = Field(65536, ge=8192, le=4 << 20, description="Argon2id memory per hash (KiB).")
    failure_window_min: float = Field(15.0, gt=0, le=24 * 60,
                                      description="Failed sign-ins of an account within this many minutes count "
                                                  "towards its sign-in delay.")
    free_failures: int = Field(2, ge=0, le=20,
                                description="Failed sign-ins of an account within the window that cost no wait "
                                            "(typing mistakes).")
    failure_delay_s: float = Field(2.0, ge=0, le=60,
                                   description="Wait before the next sign-in of an account is tried, after the first "
                                               "failure beyond the free ones; it doubles with each further failure.")
    max_failure_delay_s: float = Field(300.0, ge=0, le=3600,
                                       description="Longest wait between sign-in attempts of an account.")


def failure_delay(failures: int, settings: AuthSettings | None = None) -> float:
    """Seconds an account's next sign-in must wait after ``failures`` recent failed ones."""
    s = settings or AuthSettings()
    beyond = failures - s.free_failures
    if beyond <= 0:
        return 0.0
    return min(s.max_failure_delay_s, s.failure_delay_s * 2 ** min(beyond - 1, 30))


@dataclass(frozen=True)
class Actor:
    """Who performs an operation.

    Attributes:
        name: Account name, or ``local-admin`` in local admin mode.
        role: The role whose permissions apply.
        staff_id: The staff member a staff account is (None for other roles).
        os_user: The operating-system user running the program (recorded in the audit trail).
        local_admin: True in the explicit local admin mode (no account; manager rights).
        user_id: Database id of the account (None in local admin mode).
    """

    name: str
    role: Role
    staff_id: int | None = None
    os_user: str = ""
    local_admin: bool = False
    user_id: int | None = None

    @classmethod
    def local_admin_mode(cls) -> "Actor":
        """The explicit local admin actor (manager rights, recorded with the OS user)."""
        return cls(name="local-admin", role=Role.MANAGER, os_user=os_user(), local_admin=True)

    def can(self, permission: Permission) -> bool:
        """Whether this actor's role grants ``permission``."""
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def label(self) -> str:
        """How the actor is named in messages and the audit trail."""
        return f"local-admin ({self.os_user})" if self.local_admin else f"{self.name} ({self.role.value})"


def os_user() -> str:
    """The operating-system user name (never raises)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry / no env: still record something
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def parse_role(value: str | Role) -> Role:
    """A role from its name.

    Raises:
        InvalidInput: Unknown role.
    """
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput(f"role must be one of {[r.value for r in Role]}, got {value!r}") from None


def require(actor: Actor, permission: Permission, what: str) -> None:
    """Raises :class:`PermissionDenied` unless ``actor`` holds ``permission``.

    Args:
        actor: Who is acting.
        permission: What the operation needs.
        what: The operation, for the message (e.g. "add a station").
    """
    if not actor.can(permission):
        holders = ", ".join(r.value for r, p in ROLE_PERMISSIONS.items() if permission in p) or "nobody"
        raise PermissionDenied(f"{actor.label} may not {what}: it needs the {permission.value!r} permission "
                               f"({holders})")


def _hasher(settings: AuthSettings | None = None) -> PasswordHasher:
    s = settings or AuthSettings()
    return PasswordHasher(time_cost=s.argon2_time_cost, memory_cost=s.argon2_memory_kib)


def check_password_rules(password: str, settings: AuthSettings | None = None) -> str:
    """Returns the password when it is acceptable for a new account.

    Raises:
        InvalidInput: Not a string, too short, or only whitespace.
    """
    s = settings or AuthSettings()
    if not isinstance(password, str) or not password.strip():
        raise InvalidInput("the password must be a non-empty text")
    if len(password) < s.min_password_length:
        raise InvalidInput(f"the password must have at least {s.min_password_length} characters "
                           f"(got {len(password)})")
    return password


def hash_password(password: str, settings: AuthSettings | None = None) -> str:
    """An Argon2id hash (salt and parameters included) of an acceptable password.

    Raises:
        InvalidInput: The password breaks :func:`check_password_rules`.
    """
    return _hasher(settings).hash(check_password_rules(password, settings))


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash`` (False for a wrong password or a damaged hash)."""
    try:
        return _hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


_DUMMY: dict[tuple[int, int], str] = {}


def verify_absent(password: str, settings: AuthSettings | None = None) -> bool:
    """Spends the time a real check takes, for an account that does not exist; always False.

    An unknown name then answers as slowly as a known one, so names cannot be told apart by time.
    """
    s = settings or AuthSettings()
    key = (s.argon2_time_cost, s.argon2_memory_kib)
    if key not in _DUMMY:
        _DUMMY[key] = _hasher(s).hash("not a password of any account")
    verify_password(_DUMMY[key], password)
    return False


def needs_rehash(stored_hash: str, settings: AuthSettings | None = None) -> bool:
    """Whether a stored hash was made with weaker parameters than the current settings."""
    try:
        return _hasher(settings).check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def password_from_env_or_prompt(user: str) -> str:
    """The password of ``user``: ``$INSPECTOR_PASSWORD`` if set, else a terminal prompt without echo.

    Raises:
        PermissionDenied: No password available (no variable and no terminal).
    """
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env
    try:
        return getpass.getpass(f"password for {user}: ")
    except (EOFError, OSError):
        raise PermissionDenied(f"no password for {user!r}: set ${PASSWORD_ENV} or run from a terminal") from None


__all__ = ["Actor", "AuthSettings", "PASSWORD_ENV", "Permission", "ROLE_PERMISSIONS", "Role",
           "check_password_rules", "failure_delay", "hash_password", "needs_rehash", "os_user", "parse_role",
           "password_from_env_or_prompt", "require", "verify_absent", "verify_password"]
