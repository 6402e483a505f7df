"""Monthly 100-point conduct scores, computed purely from stored events and inspections.

Every staff member starts each month at ``start_points`` (100). Confirmed events deduct
their rule's points, at most ``cap`` points per rule per local day; dismissed events cost
nothing; pending events are reported apart as the deduction they *would* make if
confirmed. Failed shift-start inspections deduct their recorded points. The score never
goes below 0. The configured IANA time zone decides which month and which day an event
belongs to. Arithmetic is decimal, so the same events always give the same figures.

Beside the points, each staff member's greeting figures of the month come from the stored
greeting verdicts (customer visits, attributed through the roster at the customer's arrival,
whose local date decides the month): customers greeted over customers judged, the greeting
rate, the median delay of the greeted ones, and the late and missed counts. They do not change
the score (late and missed greetings deduct through their events once confirmed).
"""

from __future__ import annotations

import os
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from inspector.settings_base import Section
from inspector.store.records import (CachedScore, EventRecord, EventStatus, GreetingRecord, GreetingStatus,
                                     InspectionRecord, StaffRecord)

INSPECTION_RULE = "inspection"
"""Pseudo rule id under which failed inspections appear in the deductions."""


class ScoringError(ValueError):
    """Bad scoring input: an unknown time zone or a malformed month."""


class ScoringConfig(Section):
    """How the monthly score is computed."""

    timezone: str | None = Field(
        None, description="IANA time zone that decides the month and the day of an event (e.g. Asia/Shanghai); "
                          "default is the computer's local zone.")
    start_points: float = Field(100.0, gt=0, description="Score every staff member starts each month with.")
    daily_cap_per_rule: float | None = Field(
        5.0, ge=0, description="Most points one rule can deduct from one staff member in one local day; "
                               "null for no cap.")
    rule_daily_caps: dict[str, float] = Field(
        default_factory=dict, description="Per-rule overrides of daily_cap_per_rule (rule id -> points).")
    inspection_points_per_failed_item: float = Field(
        1.0, ge=0, description="Points a failed shift-start inspection deducts per failed checklist item.")
    inspection_max_points: float = Field(
        5.0, ge=0, description="Most points one inspection can deduct.")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, v: str | None) -> str | None:
        if v is not None:
            resolve_timezone(v)
        return v

    @field_validator("rule_daily_caps")
    @classmethod
    def _non_negative(cls, v: dict[str, float]) -> dict[str, float]:
        bad = {k: p for k, p in v.items() if p < 0}
        if bad:
            raise ValueError(f"caps must be >= 0: {bad}")
        return v

    def cap_for(self, rule_id: str) -> float | None:
        """Daily cap of one rule (None = no cap)."""
        return self.rule_daily_caps.get(rule_id, self.daily_cap_per_rule)


# --- time --------------------------------------------------------------------------------------

def resolve_timezone(name: str | None) -> ZoneInfo:
    """The IANA zone by name; None gives the computer's zone ($TZ, /etc/localtime, /etc/timezone, else UTC).

    Raises:
        ScoringError: Unknown zone name.
    """
    if name is None:
        return _local_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        raise ScoringError(f"unknown time zone {name!r}; give an IANA name such as Asia/Shanghai") from None


def _local_zone() -> ZoneInfo:
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    link = Path("/etc/localtime")
    if link.is_symlink():
        target = str(link.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    try:
        candidates.append(Path("/etc/timezone").read_text().strip())
    except OSError:
        pass
    for c in candidates:
        if c:
            try:
                return ZoneInfo(c)
            except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
                continue
    return ZoneInfo("UTC")


@dataclass(frozen=True)
class Month:
    """A calendar month."""

    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def next(self) -> "Month":
        """The following month."""
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def bounds(self, tz: tzinfo) -> tuple[datetime, datetime]:
        """[first instant, first instant of next month) of this month in ``tz``, as UTC datetimes."""
        nxt = self.next()
        start = datetime(self.year, self.month, 1, tzinfo=tz)
        end = datetime(nxt.year, nxt.month, 1, tzinfo=tz)
        return start.astimezone(timezone.utc), end.astimezone(timezone.utc)

    def contains(self, d: date) -> bool:
        """Whether a (local) date lies in this month."""
        return d.year == self.year and d.month == self.month


def parse_local_datetime(text: str, tz: tzinfo) -> datetime:
    """Parses ``YYYY-MM-DD HH:MM[:SS]`` (or ISO 8601 with ``T``); without an offset the time is local to ``tz``.

    Raises:
        ScoringError: Unparseable text.
    """
    try:
        dt = datetime.fromisoformat(str(text).strip())
    except ValueError:
        raise ScoringError(f"time must look like 2025-03-01 09:00 (local) or 2025-03-01T09:00+08:00, "
                           f"got {text!r}") from None
    return dt.replace(tzinfo=tz) if dt.tzinfo is None else dt


def parse_month(text: str) -> Month:
    """Parses ``YYYY-MM``.

    Raises:
        ScoringError: Any other form, or a month outside 1..12.
    """
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})\s*", str(text))
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ScoringError(f"month must look like 2025-03 (YYYY-MM), got {text!r}")
    return Month(int(m.group(1)), int(m.group(2)))


# --- results -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScoredEvent:
    """An event and what it does to the score."""

    event: EventRecord
    local_day: date
    status: EventStatus
    deducted: float
    """Points it deducts now (confirmed only, after the daily cap)."""
    would_deduct: float
    """Points it would deduct if every pending event were confirmed (equals ``deducted`` when confirmed)."""


@dataclass(frozen=True)
class RuleDeduction:
    """What one rule cost a staff member in the month."""

    rule_id: str
    events: int
    """Confirmed events (or failed inspections) of this rule."""
    points: float
    """Their points before the daily cap."""
    deducted: float
    """Points deducted after the daily cap."""
    pending_events: int
    capped_days: tuple[date, ...]
    """Local days on which the cap limited the deduction."""


@dataclass(frozen=True)
class GreetingFigures:
    """How one staff member greeted customers in a month (first-customer visits that were judged).

    A visit is judged unless the customer left within the greeting window; second customers
    (acknowledged with a nod during service) are not counted here.
    """

    visits: int
    """Customers judged (greeted on time, greeted late or missed)."""
    greeted: int
    """Of those, greeted (on time or late)."""
    late: int
    missed: int
    rate: float | None
    """greeted / visits, or None without visits."""
    median_delay_s: float | None
    """Median seconds from arrival to the complete greeting, over the greeted ones; None if none."""


NO_GREETINGS = GreetingFigures(visits=0, greeted=0, late=0, missed=0, rate=None, median_delay_s=None)


@dataclass(frozen=True)
class MonthlyScore:
    """One staff member's score for one month."""

    staff: StaffRecord
    month: str
    start_points: float
    score: float
    deducted: float
    """Sum of confirmed deductions after the daily caps (may exceed start_points; the score stops at 0)."""
    deductions: tuple[RuleDeduction, ...]
    pending: float
    """How much lower the score would be if every pending event were confirmed."""
    potential_score: float
    events: tuple[ScoredEvent, ...]
    """Every event of the month (confirmed, pending and dismissed), by start."""
    inspections: tuple[InspectionRecord, ...]
    greeting: GreetingFigures = NO_GREETINGS
    """Greeting rate and delay of the month."""


@dataclass(frozen=True)
class MonthReport:
    """The scores of every staff member in a month and the events nobody was rostered for."""

    month: str
    timezone: str
    scores: tuple[MonthlyScore, ...]
    unassigned: tuple[ScoredEvent, ...]


# --- computation -------------------------------------------------------------------------------

def _d(x: float) -> Decimal:
    return Decimal(repr(float(x)))


def _apply_caps(ordered: Sequence[tuple[EventRecord, date]], cfg: ScoringConfig,
                used: dict[tuple[str, date], Decimal]) -> tuple[dict[int, Decimal], set[tuple[str, date]]]:
    """Deducts events in order, each limited by what is left of its rule's cap that day."""
    out: dict[int, Decimal] = {}
    capped: set[tuple[str, date]] = set()
    for ev, day in ordered:
        key = (ev.rule_id, day)
        cap = cfg.cap_for(ev.rule_id)
        pts = _d(ev.points)
        already = used.get(key, Decimal(0))
        take = pts if cap is None else max(Decimal(0), min(pts, _d(cap) - already))
        if take < pts:
            capped.add(key)
        used[key] = already + take
        out[ev.id] = take
    return out, capped


def greeting_figures(greetings: Iterable[GreetingRecord]) -> GreetingFigures:
    """Greeting rate, median delay, late and missed counts of some greeting verdicts.

    Only first-customer visits that were judged count (``not_judged`` and ``second`` are left out).
    """
    judged = [g for g in greetings if g.kind == "first" and g.status is not GreetingStatus.NOT_JUDGED]
    if not judged:
        return NO_GREETINGS
    delays = [g.delay_s for g in judged if g.status.greeted and g.delay_s is not None]
    return GreetingFigures(
        visits=len(judged), greeted=len(delays),
        late=sum(g.status is GreetingStatus.LATE for g in judged),
        missed=sum(g.status is GreetingStatus.MISSED for g in judged),
        rate=len(delays) / len(judged), median_delay_s=float(statistics.median(delays)) if delays else None)


def score_staff(staff: StaffRecord, month: Month, events: Sequence[EventRecord],
                inspections: Sequence[InspectionRecord], cfg: ScoringConfig, tz: tzinfo,
                greetings: Sequence[GreetingRecord] = ()) -> MonthlyScore:
    """Scores one staff member from their events, inspections and greetings of the month (others are ignored)."""
    dated = sorted(((e, e.start.astimezone(tz).date()) for e in events if e.staff_id == staff.id),
                   key=lambda p: (p[0].start, p[0].id))
    dated = [p for p in dated if month.contains(p[1])]
    insp = tuple(sorted((i for i in inspections if i.staff_id == staff.id
                         and month.contains(i.at.astimezone(tz).date())), key=lambda i: (i.at, i.id)))
    confirmed = [p for p in dated if p[0].status is EventStatus.CONFIRMED]
    pending = [p for p in dated if p[0].status is EventStatus.PENDING]
    used: dict[tuple[str, date], Decimal] = {}
    now, capped = _apply_caps(confirmed, cfg, used)
    maybe, _ = _apply_caps(pending, cfg, dict(used))

    start = _d(cfg.start_points)
    insp_points = sum((_d(i.deducted) for i in insp), Decimal(0))  # overturned or replaced: nothing
    deducted = sum(now.values(), Decimal(0)) + insp_points
    potential = deducted + sum(maybe.values(), Decimal(0))
    score = max(Decimal(0), start - deducted)
    potential_score = max(Decimal(0), start - potential)

    rules: dict[str, list] = defaultdict(lambda: [0, Decimal(0), Decimal(0), 0, set()])
    for ev, day in confirmed:
        r = rules[ev.rule_id]
        r[0] += 1
        r[1] += _d(ev.points)
        r[2] += now[ev.id]
        if (ev.rule_id, day) in capped:
            r[4].add(day)
    for ev, _ in pending:
        rules[ev.rule_id][3] += 1
    for i in insp:
        if i.deducted:
            r = rules[INSPECTION_RULE]
            r[0] += 1
            r[1] += _d(i.deducted)
            r[2] += _d(i.deducted)
    deductions = tuple(
        RuleDeduction(rid, n, float(raw), float(ded), npend, tuple(sorted(days)))
        for rid, (n, raw, ded, npend, days) in sorted(rules.items(), key=lambda kv: (-kv[1][2], kv[0])))

    scored = tuple(ScoredEvent(ev, day, ev.status, float(now.get(ev.id, 0)),
                               float(now.get(ev.id, maybe.get(ev.id, 0)))) for ev, day in dated)
    return MonthlyScore(staff=staff, month=str(month), start_points=float(start), score=float(score),
                        deducted=float(deducted), deductions=deductions, pending=float(score - potential_score),
                        potential_score=float(potential_score), events=scored, inspections=insp,
                        greeting=greeting_figures(g for g in greetings if g.staff_id == staff.id
                                                  and month.contains(g.arrival.astimezone(tz).date())))


def compute_month(month: Month | str, staff: Iterable[StaffRecord], events: Iterable[EventRecord],
                  inspections: Iterable[InspectionRecord] = (), cfg: ScoringConfig | None = None,
                  greetings: Iterable[GreetingRecord] = ()) -> MonthReport:
    """Scores every active staff member (and any inactive one with events, inspections or greetings that month).

    Args:
        month: ``Month`` or ``YYYY-MM``.
        staff: Staff members to score.
        events: Events; those outside the local month are ignored, unassigned ones are listed apart.
        inspections: Shift-start inspections.
        cfg: Scoring settings (defaults when None).
        greetings: Greeting verdicts; those outside the local month or unassigned are ignored.
    """
    cfg = cfg or ScoringConfig()
    m = parse_month(month) if isinstance(month, str) else month
    tz = resolve_timezone(cfg.timezone)
    events, inspections = list(events), list(inspections)
    in_month = [e for e in events if m.contains(e.start.astimezone(tz).date())]
    greets = [g for g in greetings if g.staff_id is not None and m.contains(g.arrival.astimezone(tz).date())]
    involved = ({e.staff_id for e in in_month} | {g.staff_id for g in greets}
                | {i.staff_id for i in inspections if m.contains(i.at.astimezone(tz).date())})
    people = sorted((s for s in staff if s.active or s.id in involved), key=lambda s: s.code)
    scores = tuple(score_staff(s, m, in_month, inspections, cfg, tz, greets) for s in people)
    unassigned = tuple(ScoredEvent(e, e.start.astimezone(tz).date(), e.status, 0.0, 0.0)
                       for e in sorted(in_month, key=lambda e: (e.start, e.id)) if e.staff_id is None)
    return MonthReport(month=str(m), timezone=tz.key, scores=scores, unassigned=unassigned)


def scored_staff(report: MonthReport, rostered: Iterable[str]) -> frozenset[str]:
    """Codes of the staff members who have a score to show for ``report``'s month: rostered in it
    (``rostered``: the staff codes of its roster entries) or with an event, inspection or greeting.
    Everyone else starts at 100 without a day of work: that is no score at all (a chart leaves a gap).
    """
    on_duty = set(rostered)
    return frozenset(s.staff.code for s in report.scores
                     if s.staff.code in on_duty or s.events or s.inspections or s.greeting.visits)


def inspection_points(items: Mapping[str, bool], cfg: ScoringConfig | None = None) -> float:
    """Points a shift-start inspection deducts: per failed item, up to the per-inspection maximum."""
    cfg = cfg or ScoringConfig()
    failed = sum(1 for ok in items.values() if not ok)
    return float(min(_d(cfg.inspection_max_points), failed * _d(cfg.inspection_points_per_failed_item)))


def to_cached(report: MonthReport, computed_at: datetime) -> list[CachedScore]:
    """Rows for the store's monthly score cache."""
    return [CachedScore(s.staff.id, report.month, s.score, s.deducted, s.pending, computed_at)
            for s in report.scores]
