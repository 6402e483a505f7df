"""Monthly scores: month picker, staff × score, greeting rate and delay, and deductions by rule, a trend
chart, drill-down, export."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from inspector.report import ReportError, write_csv, write_pdf
from inspector.scoring import (Month, MonthReport, MonthlyScore, ScoringConfig, compute_month, resolve_timezone,
                               scored_staff)
from ui.context import AppContext
from ui.error_text import error_text
from ui.folders import save_file
from ui.labels import clip_status_name, rule_name, status_name
from ui.language import current_language
from ui.widgets.chart import TrendChart

TREND_MONTHS = 6
GREETING_RULES = ("greeting_late", "greeting_missed")
"""Events a double-click on the greeting columns lists."""


def previous_months(month: Month, n: int) -> tuple[Month, ...]:
    """The ``n`` months ending with ``month``, oldest first."""
    out = [month]
    for _ in range(n - 1):
        m = out[0]
        out.insert(0, Month(m.year - 1, 12) if m.month == 1 else Month(m.year, m.month - 1))
    return tuple(out)


class ScoresScreen(QWidget):
    """Scores of one month; double-click a deduction to see its events, an event to review it.

    Signals:
        open_event: The user wants to review this event id.
    """

    open_event = Signal(int)

    RATE_COL, DELAY_COL, RULE_COL = 4, 5, 6
    """Columns of the greeting rate, the median greeting delay and the first rule."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scoring: ScoringConfig = getattr(ctx.cfg, "scoring", None) or ScoringConfig()
        self.report: MonthReport | None = None
        self.rule_ids: list[str] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(self.reload)
        self.csv_btn = QPushButton(self.tr("Export CSV…"))
        self.pdf_btn = QPushButton(self.tr("Export PDF…"))
        self.csv_btn.clicked.connect(lambda: self.export("csv"))
        self.pdf_btn.clicked.connect(lambda: self.export("pdf"))
        self.message = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.message, 1)
        top.addWidget(self.csv_btn)
        top.addWidget(self.pdf_btn)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.cellDoubleClicked.connect(self.drill)
        self.table.currentCellChanged.connect(lambda r, c, pr, pc: self._trend(r))
        self.chart = TrendChart()
        self.events = QTableWidget(0, 5)
        self.events.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Rule"), self.tr("Status"),
                                               self.tr("Points deducted"), self.tr("Clip")])
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.events.horizontalHeader().setStretchLastSection(True)
        self.events.cellDoubleClicked.connect(self._open_event)
        self.events_title = QLabel(self.tr("Double-click a deduction to list its events; double-click an event to review it."))
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.events_title)
        ll.addWidget(self.events)
        bottom = QSplitter()
        bottom.addWidget(self.chart)
        bottom.addWidget(lower)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

    # -- data --------------------------------------------------------------------------------

    def selected_month(self) -> Month:
        d = self.month.date()
        return Month(d.year(), d.month())

    def compute(self, month: Month) -> MonthReport:
        """Scores of one month straight from the stored events and inspections."""
        tz = resolve_timezone(self.scoring.timezone)
        since, until = month.bounds(tz)
        pad = timedelta(days=1)
        store = self.ctx.store
        events = store.list_events(since=since - pad, until=until + pad)
        inspections = store.list_inspections(since=since - pad, until=until + pad)
        greetings = store.list_greetings(since=since - pad, until=until + pad)
        return compute_month(month, store.list_staff(), events, inspections, self.scoring, greetings=greetings)

    def reload(self) -> None:
        """Recomputes the month and fills the table (rule columns: every rule with a deduction)."""
        self.report = self.compute(self.selected_month())
        self.rule_ids = sorted({d.rule_id for s in self.report.scores for d in s.deductions})
        heads = [self.tr("Code"), self.tr("Name"), self.tr("Score"), self.tr("Pending"), self.tr("Greeting rate"),
                 self.tr("Median delay")] + [rule_name(r) for r in self.rule_ids]
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(self.report.scores))
        for row, s in enumerate(self.report.scores):
            by_rule = {d.rule_id: d for d in s.deductions}
            cells = [s.staff.code, s.staff.name, f"{s.score:g}", f"-{s.pending:g}" if s.pending else "",
                     self._rate_text(s), self._delay_text(s)]
            for rid in self.rule_ids:
                cells.append(self._deduction_text(by_rule.get(rid)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col in (self.RATE_COL, self.DELAY_COL) and s.greeting.visits:
                    item.setToolTip(self.tr("{greeted} of {visits} customers greeted; {late} late, {missed} missed")
                                    .format(greeted=s.greeting.greeted, visits=s.greeting.visits,
                                            late=s.greeting.late, missed=s.greeting.missed))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.events.setRowCount(0)
        self.message.setText(self.tr("Staff: {n} · unassigned events: {u}").format(
            n=len(self.report.scores), u=len(self.report.unassigned)))
        self._trend(self.table.currentRow() if self.report.scores else -1)

    def _rate_text(self, s: MonthlyScore) -> str:
        """'80% (4/5)', or '' when no customer was judged."""
        g = s.greeting
        if g.rate is None:
            return ""
        return self.tr("{rate:.0f}% ({greeted}/{visits})").format(rate=g.rate * 100, greeted=g.greeted,
                                                                  visits=g.visits)

    def _delay_text(self, s: MonthlyScore) -> str:
        """'3.5 s', or '' when nobody was greeted."""
        d = s.greeting.median_delay_s
        return "" if d is None else self.tr("{seconds:.1f} s").format(seconds=d)

    def _deduction_text(self, d) -> str:
        """'-4 (2 events)', '-4 (2 events) + 1 pending', '1 pending' or ''."""
        if d is None:
            return ""
        parts = []
        if d.events:
            parts.append(self.tr("-{points:g} (×{n})").format(points=d.deducted, n=d.events))
        if d.pending_events:
            parts.append(self.tr("{n} pending").format(n=d.pending_events))
        return " + ".join(parts)

    def _trend(self, row: int) -> None:
        """Chart of the selected staff member's score over the last months (everyone's mean if none)."""
        months = previous_months(self.selected_month(), TREND_MONTHS)
        reports = [self.report if m == self.selected_month() else self.compute(m) for m in months]
        labels = tuple(str(m) for m in months)
        tz = resolve_timezone(self.scoring.timezone)
        scored = [scored_staff(r, (e.staff_code for e in self.ctx.store.list_roster(since=m.bounds(tz)[0],
                                                                                     until=m.bounds(tz)[1])))
                  for m, r in zip(months, reports)]  # a month nobody worked in has no score, not 100
        if self.report is not None and 0 <= row < len(self.report.scores):
            staff = self.report.scores[row].staff
            values = tuple(next((s.score for s in r.scores if s.staff.id == staff.id and s.staff.code in codes), None)
                           for r, codes in zip(reports, scored))
            self.chart.set_data(labels, {staff.name: values}, self.tr("Score of {name}").format(name=staff.name))
        else:
            shown = [[s.score for s in r.scores if s.staff.code in codes] for r, codes in zip(reports, scored)]
            values = tuple(sum(v) / len(v) if v else None for v in shown)
            self.chart.set_data(labels, {"mean": values}, self.tr("Mean score of all staff"))

    def drill(self, row: int, col: int) -> None:
        """Lists the events behind a cell (a rule column: that rule; the greeting columns: late and missed
        greetings; other columns: all of the month)."""
        if self.report is None or not 0 <= row < len(self.report.scores):
            return
        s: MonthlyScore = self.report.scores[row]
        if col in (self.RATE_COL, self.DELAY_COL):
            events = [e for e in s.events if e.event.rule_id in GREETING_RULES]
            what = self.tr("late and missed greetings")
        else:
            rule = self.rule_ids[col - self.RULE_COL] if col >= self.RULE_COL else None
            events = [e for e in s.events if rule is None or e.event.rule_id == rule]
            what = rule_name(rule) if rule else self.tr("all rules")
        self.events_title.setText(self.tr("{name}: {rule} (×{n})").format(name=s.staff.name, rule=what,
                                                                               n=len(events)))
        self.events.setRowCount(len(events))
        for r, e in enumerate(events):
            cells = (e.event.start.astimezone().strftime("%Y-%m-%d %H:%M"), rule_name(e.event.rule_id),
                     status_name(e.status.value), f"{e.deducted:g}", clip_status_name(e.event.clip_status.value))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.event.id)
                self.events.setItem(r, c, item)

    def _open_event(self, row: int, col: int) -> None:
        item = self.events.item(row, 0)
        if item is not None:
            self.open_event.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def export(self, kind: str, path: str | None = None) -> str | None:
        """Writes the month as CSV or PDF (asks where when ``path`` is None); returns the path written."""
        if self.report is None:
            return None
        if path is None:
            filt = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("PDF files (*.pdf)")
            path = save_file(self, self.tr("Export"), f"scores-{self.report.month}.{kind}", filt, "exports")
            if not path:
                return None
        try:
            if kind == "csv":
                write_csv(self.report, path, current_language())
            else:
                write_pdf(self.report, path, language=current_language())
        except (ReportError, OSError) as e:
            self.message.setText(self.tr("Export failed: {error}").format(error=error_text(e)))
            return None
        self.message.setText(self.tr("Written: {path}").format(path=path))
        return path
