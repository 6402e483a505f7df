"""The audit trail: append-only, hash-chained records of who changed what and when.

Every row stores ``prev_hash`` (the hash of the row before it; 64 zeros for the first) and
``hash = SHA-256(prev_hash || canonical content)``, where the canonical content is the row's id,
time (UTC, microseconds), actor, role, OS user, action, target and details as sorted, compact
JSON. Ids are consecutive (the store assigns ``last id + 1`` under the write lock) and the
single ``audit_head`` row names the newest id and hash, written in the same transaction.

:func:`verify_chain` walks the rows in id order and names each problem:

* **edited** - a row's content no longer gives its stored hash;
* **rewritten** - a row's content and hash were both recomputed, so the next row's ``prev_hash``
  no longer matches it;
* **deleted** - ids are missing and the chain jumps over them;
* **inserted** - a row whose ``prev_hash`` does not continue the chain while the next row does;
* **head** - the head row is missing, or was removed and rebuilt (a row ``audit.head_rebuilt``):
  rows after the newest one left may have been deleted with it;
* **anchor** - a head written down elsewhere (``inspector audit anchor``) is no longer in the
  chain: the rows up to it were cut or rewritten (:func:`check_anchor`).

:func:`cross_check` then holds the tables that decide scores against the rows that recorded
them, so an edit of the tables themselves is named too:

* **review** - a ``reviews`` row (a confirmation or dismissal) that differs from its
  ``review.*`` (or ``appeal.decide``) row, has none, or is gone while its row remains;
* **appeal** - an ``appeals`` (or ``inspection_appeals``) row that differs from its ``appeal.add`` /
  ``appeal.decide`` (``inspection.appeal`` / ``inspection.appeal.decide``) rows, has none, or is gone;
* **points** - a reviewed event whose points or rule differ from what its ``review.*`` row
  recorded, or that is gone.

Reviews written before the trail's first row (a database upgraded from before the audit trail)
have no row to check against and are left out; so are the points of events nobody reviewed yet
(they cost nothing until a reviewer confirms them, and the confirmation records them).

The chain proves that *past* records were not changed without re-writing everything after
them and the head; it is not a signature: someone with write access to the file and this
source code can forge a whole new chain. Copying :func:`head_digest` elsewhere (a printout, an
e-mail to the auditor) anchors it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal, Mapping, Sequence

GENESIS = "0" * 64
"""``prev_hash`` of the first row."""

ProblemKind = Literal["edited", "rewritten", "deleted", "inserted", "head", "anchor", "review", "appeal", "points"]

HEAD_REBUILT = "audit.head_rebuilt"
"""Action of the row the store writes when it finds the head row gone and rebuilds it."""


@dataclass(frozen=True)
class AuditRecord:
    """One row of the audit trail.

    Attributes:
        id: Position in the chain (1, 2, ...).
        at: When (UTC).
        actor: Account name, ``local-admin`` or ``(no accounts)``.
        role: The actor's role (``manager``, ``auditor``, ``staff``, ``local-admin``, ``open``).
        os_user: The operating-system user running the program.
        action: What was done, dotted (e.g. ``review.confirm``, ``staff.add``, ``clip.expire``).
        target: What it was done to (e.g. ``event:12``, ``staff:A01``).
        details: Values of the change (JSON object).
        prev_hash: Hash of the previous row.
        hash: This row's hash.
    """

    id: int
    at: datetime
    actor: str
    role: str
    os_user: str
    action: str
    target: str
    details: Mapping[str, object]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditProblem:
    """A place where the chain is broken."""

    kind: ProblemKind
    row_id: int
    """The row named (for ``deleted``: the first missing id)."""
    message: str


def details_json(details: Mapping[str, object]) -> str:
    """The canonical JSON of a details object (sorted keys, compact, UTF-8 kept).

    Raises:
        ValueError: A value JSON cannot hold (e.g. NaN, a datetime).
    """
    try:
        return json.dumps(dict(details), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False)
    except (TypeError, ValueError) as e:
        raise ValueError(f"audit details must be plain JSON values: {e}") from None


def canonical(row_id: int, at: datetime, actor: str, role: str, os_user: str, action: str, target: str,
              details: str) -> bytes:
    """The bytes hashed for a row (``details`` already canonical JSON)."""
    when = at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return json.dumps([row_id, when, actor, role, os_user, action, target, details],
                      separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def chain_hash(prev_hash: str, content: bytes) -> str:
    """SHA-256 (hex) of the previous hash followed by the canonical content."""
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + content).hexdigest()


def record_hash(r: AuditRecord) -> str:
    """The hash a row should have, from its content and its ``prev_hash``."""
    return chain_hash(r.prev_hash, canonical(r.id, r.at, r.actor, r.role, r.os_user, r.action, r.target,
                                             details_json(r.details)))


def verify_chain(rows: Sequence[AuditRecord], head: tuple[int, str] | None) -> tuple[AuditProblem, ...]:
    """Checks a whole audit trail.

    Args:
        rows: Every row, in any order.
        head: (last id, last hash) from the head row, or None when there is no head row.

    Returns:
        The problems found, in chain order (empty when the trail is intact).
    """
    rows = sorted(rows, key=lambda r: r.id)
    out: list[AuditProblem] = []
    expected, prev_id = GENESIS, 0
    for i, r in enumerate(rows):
        if record_hash(r) != r.hash:
            out.append(AuditProblem("edited", r.id, f"row {r.id} ({r.action} {r.target} by {r.actor}) was edited: "
                                                    "its content does not give its stored hash"))
        if r.prev_hash != expected:
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if nxt is not None and nxt.prev_hash == expected:
                out.append(AuditProblem("inserted", r.id, f"row {r.id} ({r.action} {r.target} by {r.actor}) was "
                                                          "inserted: the chain continues without it"))
                continue
            if r.id > prev_id + 1:
                missing = f"{prev_id + 1}" if r.id == prev_id + 2 else f"{prev_id + 1}-{r.id - 1}"
                out.append(AuditProblem("deleted", prev_id + 1, f"row(s) {missing} were deleted: row {r.id} "
                                                                "follows a row that is gone"))
            else:
                out.append(AuditProblem("rewritten", prev_id, f"row {prev_id} was rewritten (content and hash "
                                                              f"recomputed): row {r.id} recorded another hash"))
        elif r.id != prev_id + 1:
            out.append(AuditProblem("deleted", prev_id + 1, f"ids {prev_id + 1}-{r.id - 1} are missing"))
        if r.action == HEAD_REBUILT:
            out.append(AuditProblem("head", r.id, f"the audit head row was removed and rebuilt at row {r.id} "
                                                  f"(after row {r.details.get('last_id', r.id - 1)}): rows after "
                                                  "that one may have been deleted with it; compare with an anchor"))
        expected, prev_id = r.hash, r.id
    last = (rows[-1].id, rows[-1].hash) if rows else (0, GENESIS)
    if head is None:
        if rows:
            out.append(AuditProblem("head", last[0], "the audit head row is missing"))
    elif head[0] > last[0]:
        out.append(AuditProblem("deleted", last[0] + 1, f"row(s) {last[0] + 1}-{head[0]} after row {last[0]} "
                                                        "were deleted (the head names a later row)"))
    elif head[0] < last[0]:
        out.append(AuditProblem("inserted", head[0] + 1, f"row(s) {head[0] + 1}-{last[0]} were added "
                                                         "outside the program (after the recorded head)"))
    elif head[1] != last[1]:
        out.append(AuditProblem("rewritten", last[0], f"row {last[0]} was rewritten: the head recorded "
                                                      "another hash"))
    return tuple(out)


def head_digest(head: tuple[int, str] | None) -> str:
    """A short text naming the chain's newest row and hash (to write down elsewhere as an anchor)."""
    if head is None:
        return "empty audit trail"
    return f"audit row {head[0]} hash {head[1]}"


def anchor_text(head: tuple[int, str] | None) -> str:
    """The anchor of a chain's head, ``<row>:<hash>``, as :func:`parse_anchor` reads it back."""
    return "0:" + GENESIS if head is None else f"{head[0]}:{head[1]}"


def parse_anchor(text: str) -> tuple[int, str]:
    """(row id, hash) from an anchor: ``<row>:<hash>`` or the ``audit row N hash H`` of :func:`head_digest`.

    Raises:
        ValueError: Neither form, or not a 64-digit hex hash.
    """
    t = " ".join(str(text).split())
    if t.startswith("audit row "):
        parts = t.split()
        t = f"{parts[2]}:{parts[4]}" if len(parts) == 5 and parts[3] == "hash" else t
    row, sep, digest = t.partition(":")
    digest = digest.lower()
    if not sep or not row.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(f"an anchor looks like 123:<64 hex digits> (from `inspector audit anchor`), got {text!r}")
    return int(row), digest


def check_anchor(rows: Sequence[AuditRecord], anchor: tuple[int, str]) -> AuditProblem | None:
    """Whether the chain still holds an anchored row with the anchored hash (it may have grown since).

    Returns:
        None when it does, else the problem.
    """
    row_id, digest = anchor
    if row_id == 0:
        return None if digest == GENESIS else AuditProblem("anchor", 0, "the anchor of an empty trail is 0:" + GENESIS)
    found = next((r for r in rows if r.id == row_id), None)
    if found is None:
        last = max((r.id for r in rows), default=0)
        return AuditProblem("anchor", row_id, f"the anchored row {row_id} is gone (the trail ends at row {last}): "
                                              "rows were deleted")
    if found.hash != digest:
        return AuditProblem("anchor", row_id, f"the anchored row {row_id} now has another hash: the trail up to it "
                                              "was rewritten")
    return None


# --- the tables that decide scores, against their audit rows ----------------------------------


@dataclass(frozen=True)
class ReviewFact:
    """A ``reviews`` row as :func:`cross_check` reads it.

    Attributes:
        event_id: The event decided.
        decision: ``confirm`` or ``dismiss``.
        reviewer: Who decided.
        comment: The reviewer's comment.
        at: When (UTC).
    """

    event_id: int
    decision: str
    reviewer: str
    comment: str
    at: datetime


@dataclass(frozen=True)
class AppealFact:
    """An ``appeals`` row as :func:`cross_check` reads it.

    Attributes:
        event_id: The event appealed (the inspection, for an inspection's appeal).
        user: The appellant's account name.
        comment: The appeal's text.
        decision: ``uphold``/``overturn``, or None while open.
        reason: The decision's reason, or None.
        decided_by: Who decided, or None.
        decided_at: When it was decided (UTC), or None.
    """

    event_id: int
    user: str
    comment: str
    decision: str | None
    reason: str | None
    decided_by: str | None
    decided_at: datetime | None


@dataclass(frozen=True)
class EventFact:
    """The part of an ``events`` row a review vouches for.

    Attributes:
        event_id: The event.
        rule_id: The rule it broke.
        points: What it costs once confirmed.
    """

    event_id: int
    rule_id: str
    points: float


TIME_TOLERANCE_S = 0.001
"""Times are stored to the microsecond; a recorded time and a stored one this close are the same."""


def _event_of(r: AuditRecord, kind: str = "event") -> int | None:
    """The id a ``<kind>:<id>`` target names (an event by default), else None."""
    target_kind, _, rest = r.target.partition(":")
    return int(rest) if target_kind == kind and rest.isdigit() else None


def _same_time(recorded: object, stored: datetime | None) -> bool:
    if stored is None or not isinstance(recorded, str):
        return recorded is None and stored is None
    try:
        t = datetime.fromisoformat(recorded)
    except ValueError:
        return False
    t = t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)
    return abs((t - stored).total_seconds()) <= TIME_TOLERANCE_S


def _differences(pairs: Sequence[tuple[str, object, object]]) -> str:
    """``field: recorded R, stored S`` for each pair that differs (empty when none does)."""
    return "; ".join(f"{name}: recorded {rec!r}, now {now!r}" for name, rec, now in pairs if rec != now)


def _latest(rows: Sequence[AuditRecord], match, kind: str = "event") -> dict[int, AuditRecord]:
    """The newest row per event (or other ``kind`` of target) among the rows ``match`` accepts."""
    out: dict[int, AuditRecord] = {}
    for r in sorted(rows, key=lambda r: r.id):
        ev = _event_of(r, kind)
        if ev is not None and match(r):
            out[ev] = r
    return out


def _recorded_review(r: AuditRecord) -> tuple[str, str, str, object] | None:
    """(decision, reviewer, comment, at) a row recorded for the event's review, or None when it records none."""
    d = r.details
    if r.action.startswith("review."):
        return r.action.removeprefix("review."), str(d.get("reviewer", "")), str(d.get("comment", "")), d.get("at")
    if r.action == "appeal.decide" and d.get("event_decided"):
        return str(d["event_decided"]), r.actor, str(d.get("reason", "")), d.get("at")
    return None


def _check_reviews(rows: Sequence[AuditRecord], reviews: Sequence[ReviewFact]) -> list[AuditProblem]:
    out: list[AuditProblem] = []
    recorded = _latest(rows, lambda r: _recorded_review(r) is not None)
    first_at = min((r.at for r in rows), default=None)
    stored = {rv.event_id: rv for rv in reviews}
    for ev, rv in sorted(stored.items()):
        row = recorded.get(ev)
        if row is None:
            if first_at is not None and rv.at >= first_at:
                out.append(AuditProblem("review", 0, f"the review of event {ev} ({rv.decision} by {rv.reviewer} at "
                                                     f"{rv.at:%Y-%m-%d %H:%M:%S}) has no audit row: it was written "
                                                     "into the database directly"))
            continue
        decision, reviewer, comment, at = _recorded_review(row)
        diff = _differences([("decision", decision, rv.decision), ("reviewer", reviewer, rv.reviewer),
                             ("comment", comment, rv.comment)])
        if not _same_time(at, rv.at):
            diff = "; ".join(x for x in (diff, f"time: recorded {at}, now {rv.at.isoformat()}") if x)
        if diff:
            out.append(AuditProblem("review", row.id, f"the review of event {ev} was edited in the database "
                                                      f"after row {row.id} recorded it ({diff})"))
    for ev, row in sorted(recorded.items()):
        if ev not in stored:
            out.append(AuditProblem("review", row.id, f"the review of event {ev} recorded in row {row.id} "
                                                      f"({_recorded_review(row)[0]} by {_recorded_review(row)[1]}) "
                                                      "is gone from the database: the event shows as undecided"))
    return out


def _check_points(rows: Sequence[AuditRecord], events: Mapping[int, EventFact]) -> list[AuditProblem]:
    out: list[AuditProblem] = []
    for ev, row in sorted(_latest(rows, lambda r: r.action.startswith("review.") and "points" in r.details).items()):
        fact = events.get(ev)
        if fact is None:
            out.append(AuditProblem("points", row.id, f"event {ev}, reviewed in row {row.id}, is gone from the "
                                                      "database"))
            continue
        points, rule = row.details.get("points"), row.details.get("rule_id", fact.rule_id)
        same_points = isinstance(points, (int, float)) and abs(float(points) - fact.points) < 1e-9
        if not same_points or rule != fact.rule_id:
            diff = _differences([("points", points, fact.points), ("rule", rule, fact.rule_id)])
            out.append(AuditProblem("points", row.id, f"event {ev} was edited in the database after its review "
                                                      f"in row {row.id} ({diff})"))
    return out


APPEAL_ACTIONS = {"event": ("appeal.add", "appeal.decide"),
                  "inspection": ("inspection.appeal", "inspection.appeal.decide")}
"""The audit actions that record an appeal and its decision, per kind of thing appealed."""


def _check_appeals(rows: Sequence[AuditRecord], appeals: Sequence[AppealFact], kind: str = "event") -> list[AuditProblem]:
    out: list[AuditProblem] = []
    add_action, decide_action = APPEAL_ACTIONS[kind]
    added = _latest(rows, lambda r: r.action == add_action, kind)
    decided = _latest(rows, lambda r: r.action == decide_action, kind)
    stored = {ap.event_id: ap for ap in appeals}
    for ev, ap in sorted(stored.items()):
        row = added.get(ev)
        if row is None:
            out.append(AuditProblem("appeal", 0, f"the appeal against {kind} {ev} by {ap.user} has no audit row: it "
                                                 "was written into the database directly"))
        else:
            diff = _differences([("appellant", row.actor, ap.user), ("comment", row.details.get("comment"), ap.comment)])
            if diff:
                out.append(AuditProblem("appeal", row.id, f"the appeal against {kind} {ev} was edited in the database "
                                                          f"after row {row.id} recorded it ({diff})"))
        dec = decided.get(ev)
        if ap.decision is None and dec is None:
            continue
        if dec is None:
            out.append(AuditProblem("appeal", 0, f"the decision on the appeal against {kind} {ev} ({ap.decision} by "
                                                 f"{ap.decided_by}) has no audit row: it was written into the "
                                                 "database directly"))
            continue
        d = dec.details
        diff = _differences([("decision", d.get("decision"), ap.decision), ("reason", d.get("reason"), ap.reason),
                             ("decided by", dec.actor, ap.decided_by)])
        if not _same_time(d.get("at"), ap.decided_at):
            diff = "; ".join(x for x in (diff, f"time: recorded {d.get('at')}, now {ap.decided_at}") if x)
        if diff:
            out.append(AuditProblem("appeal", dec.id, f"the decision on the appeal against {kind} {ev} was edited "
                                                      f"in the database after row {dec.id} recorded it ({diff})"))
    for ev, row in sorted(added.items()):
        if ev not in stored:
            out.append(AuditProblem("appeal", row.id, f"the appeal against {kind} {ev} recorded in row {row.id} "
                                                      f"(by {row.actor}) is gone from the database"))
    return out


def cross_check(rows: Sequence[AuditRecord], reviews: Sequence[ReviewFact], appeals: Sequence[AppealFact],
                events: Mapping[int, EventFact],
                inspection_appeals: Sequence[AppealFact] = ()) -> tuple[AuditProblem, ...]:
    """Holds the reviews, appeals and reviewed events' points against the audit rows that recorded them.

    Args:
        rows: Every audit row.
        reviews: Every ``reviews`` row.
        appeals: Every ``appeals`` row.
        events: The events the audit rows name (at least every event a ``review.*`` row names),
            by id.
        inspection_appeals: Every ``inspection_appeals`` row (``event_id`` holding the inspection's id).

    Returns:
        The differences found: reviews, then points, then appeals (empty when the tables agree).
    """
    return tuple(_check_reviews(rows, reviews) + _check_points(rows, events) + _check_appeals(rows, appeals)
                 + _check_appeals(rows, inspection_appeals, "inspection"))


__all__ = ["AppealFact", "AuditProblem", "AuditRecord", "EventFact", "GENESIS", "HEAD_REBUILT", "ReviewFact",
           "anchor_text", "canonical", "chain_hash", "check_anchor", "cross_check", "details_json", "head_digest",
           "parse_anchor", "record_hash", "verify_chain"]
