"""Accounts (sign-in, roles, passwords) and the appeals staff accounts make against their events."""

from __future__ import annotations

from datetime import timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.auth import (Actor, Permission, Role, failure_delay, hash_password, os_user, parse_role, verify_absent,
                            verify_password)
from inspector.store import schema as S
from inspector.store.core import StoreCore, _Who
from inspector.store.errors import (AlreadyDecided, Duplicate, InvalidInput, NotFound, PermissionDenied, StoreError,
                                    WrongPassword)
from inspector.store.records import AppealRecord, UserRecord
from inspector.store.rows import _appeal, _clean, _clean_name, _event_row, _iso, _staff_code, _staff_row, _utcnow


class AccountRepository(StoreCore):
    """The account, sign-in and appeal methods of :class:`~inspector.store.Store`."""

    # --- accounts ------------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """Whether any account exists (after that, every write needs an account or local admin mode)."""
        with self._read() as s:
            return s.scalar(select(S.User.id).limit(1)) is not None

    def init_manager(self, name: str, password: str) -> UserRecord:
        """Creates the first manager account; allowed only while no account exists.

        Raises:
            Duplicate: Accounts exist already (add more with :meth:`add_user` as a manager).
            InvalidInput: Empty name or a password that breaks the rules.
        """
        name = _clean_name(name, "account name")
        pw_hash = hash_password(password, self.auth)
        with self._write() as s:
            if s.scalar(select(S.User.id).limit(1)) is not None:
                raise Duplicate("accounts exist already; a manager adds more with `inspector users add`")
            row = S.User(name=name, role=Role.MANAGER.value, password_hash=pw_hash, staff_id=None, active=True,
                         created_at=_utcnow())
            s.add(row)
            s.flush()
            self._audit(s, _Who(name, Role.MANAGER.value, os_user()), "users.init", f"user:{name}",
                        {"role": Role.MANAGER.value})
            return _user(row, None)

    def add_user(self, name: str, role: Role | str, password: str, staff_code: str | None = None) -> UserRecord:
        """Adds an account (managers only). A staff account must name its staff member.

        Raises:
            PermissionDenied, Duplicate, InvalidInput, UnknownStaff.
        """
        name, r = _clean_name(name, "account name"), parse_role(role)
        if r is Role.STAFF and not staff_code:
            raise InvalidInput("a staff account needs the staff code it belongs to (--staff CODE)")
        if r is not Role.STAFF and staff_code:
            raise InvalidInput(f"only staff accounts are linked to a staff member, not {r.value} accounts")
        pw_hash = hash_password(password, self.auth)
        with self._write() as s:
            who = self._authorize(s, Permission.MANAGE_USERS, "add accounts")
            if s.scalar(select(S.User).where(S.User.name == name)) is not None:
                raise Duplicate(f"account {name!r} already exists")
            staff = None if staff_code is None else _staff_row(s, staff_code)
            row = S.User(name=name, role=r.value, password_hash=pw_hash, staff_id=None if staff is None else staff.id,
                         active=True, created_at=_utcnow())
            s.add(row)
            s.flush()
            self._audit(s, who, "users.add", f"user:{name}", {"role": r.value, "staff": staff_code})
            return _user(row, None if staff is None else staff.code)

    def set_user_active(self, name: str, active: bool) -> UserRecord:
        """Enables or disables an account (managers only); the last active manager cannot be disabled."""
        with self._write() as s:
            who = self._authorize(s, Permission.MANAGE_USERS, "change accounts")
            row = _user_row(s, name)
            if not active and row.role == Role.MANAGER.value and row.active:
                others = s.scalar(select(S.User.id).where(S.User.role == Role.MANAGER.value,
                                                          S.User.active.is_(True), S.User.id != row.id).limit(1))
                if others is None:
                    raise InvalidInput(f"{name!r} is the last active manager; add another manager first")
            old, row.active = bool(row.active), bool(active)
            self._audit(s, who, "users.active", f"user:{row.name}", {"old": old, "new": bool(active)})
            return _user(row, _staff_code(s, row.staff_id))

    def set_password(self, name: str, password: str) -> UserRecord:
        """Sets an account's password: managers for anyone, every account for itself."""
        pw_hash = hash_password(password, self.auth)
        with self._write() as s:
            own = self.actor is not None and not self.actor.local_admin and self.actor.name == name
            who = self._authorize(s, None if own else Permission.MANAGE_USERS, "change other accounts' passwords")
            row = _user_row(s, name)
            row.password_hash = pw_hash
            self._audit(s, who, "users.password", f"user:{row.name}", {})
            return _user(row, _staff_code(s, row.staff_id))

    def list_users(self) -> list[UserRecord]:
        """Every account (managers and auditors; open mode)."""
        if not self.can(Permission.READ_AUDIT):
            raise self._refusal("list accounts")
        with self._read() as s:
            q = (select(S.User, S.Staff.code).outerjoin(S.Staff, S.Staff.id == S.User.staff_id)
                 .order_by(S.User.name))
            return [_user(u, code) for u, code in s.execute(q)]

    def authenticate(self, name: str, password: str) -> Actor:
        """The actor of an active account whose password matches.

        An unknown account takes as long to refuse as a known one. Each failure is recorded in the
        audit trail (``auth.failed``); after ``auth.free_failures`` failures of a name within
        ``auth.failure_window_min``, its next attempt is refused unchecked until a wait that
        doubles with each failure has passed (:func:`inspector.auth.failure_delay`).

        Raises:
            WrongPassword: Unknown or inactive account, or wrong password (one message for all three).
        """
        name = str(name).strip()
        target = f"user:{name[:64]}"
        since = _utcnow() - timedelta(minutes=self.auth.failure_window_min)
        with self._read() as s:
            failed = s.execute(select(func.count(S.AuditEntry.id), func.max(S.AuditEntry.at)).where(
                S.AuditEntry.action == "auth.failed", S.AuditEntry.target == target,
                S.AuditEntry.at >= since)).one()
            wait = failure_delay(failed[0], self.auth)
            if failed[1] is not None and wait > 0:
                left = (_aware_utc(failed[1]) + timedelta(seconds=wait) - _utcnow()).total_seconds()
                if left > 0:  # refused unseen, for known and unknown names alike
                    raise WrongPassword(f"sign-in for {name[:64]!r} refused for {left:.0f} s more: "
                                        f"{failed[0]} failed attempts in the last "
                                        f"{self.auth.failure_window_min:g} minutes")
            row = s.scalar(select(S.User).where(S.User.name == name))
            if row is not None and row.active:
                ok = verify_password(row.password_hash, password)
            else:  # as slow as a known account, so names cannot be found by timing
                ok = verify_absent(password, self.auth)
            if ok:
                return Actor(name=row.name, role=Role(row.role), staff_id=row.staff_id, os_user=os_user(),
                             user_id=row.id)
        try:  # audited; a database that cannot be written does not turn the failure into another error
            with self._write() as s:
                self._audit(s, _Who("(sign-in)", "unauthenticated", os_user()), "auth.failed", target,
                            {"recent_failures": failed[0] + 1})
        except StoreError:
            pass
        raise WrongPassword(f"sign-in failed for {name[:64]!r}: unknown or inactive account, or wrong password")

    # --- appeals -------------------------------------------------------------------------------

    def appeal(self, event_id: int, comment: str) -> AppealRecord:
        """A staff member appeals one of their own events with a comment (once per event).

        An appealed event keeps its evidence under retention until it is resolved by a person.

        Raises:
            PermissionDenied: Not a staff account, or not the staff member's own event.
            AlreadyDecided: The event was appealed before.
            UnknownEvent, InvalidInput.
        """
        comment = _clean(comment, "appeal comment")
        with self._write() as s:
            who = self._authorize(s, Permission.APPEAL, "appeal events")
            row = _event_row(s, event_id)
            if self.actor is None or row.staff_id is None or row.staff_id != self.actor.staff_id:
                raise PermissionDenied(f"event {event_id} is not an event of {who.actor}; only one's own events "
                                       "can be appealed")
            prior = s.scalar(select(S.Appeal).where(S.Appeal.event_id == row.id))
            if prior is not None:
                raise AlreadyDecided(f"event {event_id} was already appealed at {_iso(prior.at)}")
            ap = S.Appeal(event_id=row.id, user_id=self.actor.user_id, comment=comment, at=_utcnow())
            s.add(ap)
            s.flush()
            self._audit(s, who, "appeal.add", f"event:{row.id}", {"comment": comment})
            return _appeal(ap, who.actor)

    def list_appeals(self) -> list[AppealRecord]:
        """Appeals, oldest first (a staff actor sees its own)."""
        own = self._own_staff_id()
        with self._read() as s:
            q = (select(S.Appeal, S.User.name).join(S.User, S.User.id == S.Appeal.user_id)
                 .join(S.Event, S.Event.id == S.Appeal.event_id).order_by(S.Appeal.at, S.Appeal.id))
            if own is not None:
                q = q.where(S.Event.staff_id == own)
            return [_appeal(a, n) for a, n in s.execute(q)]


def _user(u: S.User, staff_code: str | None) -> UserRecord:
    return UserRecord(u.id, u.name, u.role, staff_code, bool(u.active), u.created_at)


def _user_row(s: Session, name: str) -> S.User:
    row = s.scalar(select(S.User).where(S.User.name == str(name).strip()))
    if row is None:
        raise NotFound(f"unknown account {name!r} (see `inspector users list`)")
    return row


def _aware_utc(t):
    """A stored time as UTC-aware (the audit time column keeps UTC)."""
    return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)
