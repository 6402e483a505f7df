"""Monthly scores: month picker, staff × score, greeting rate and delay, and deductions by rule, a trend
chart, drill-down, export.

The drill-down lists the shift-start inspections with the events (a staff member sees their own):
selecting one shows its failed items and its appeal. A staff member appeals a deducting inspection
with a comment; a manager or auditor upholds or overturns the appeal with a reason, which the staff
member then reads there (:meth:`inspector.store.Store.appeal_inspection`,
:meth:`~inspector.store.Store.decide_inspection_appeal`). "Inspection appeals" lists the open ones.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from inspector.auth import Permission
from inspector.report import ReportError, write_csv, write_pdf
from inspector.scoring import (INSPECTION_RULE, Month, MonthReport, MonthlyScore, ScoringConfig, compute_month,
                               resolve_timezone, scored_staff)
from inspector.store import InspectionRecord, StoreError
from ui.context import AppContext
from ui.error_text import error_text
from ui.folders import save_file
from ui.inspection_text import item_name
from ui.labels import clip_status_name, points_text, rule_name, status_name
from ui.language import current_language
from ui.widgets.chart import TrendChart

TREND_MONTHS = 6
GREETING_RULES = ("greeting_late", "greeting_missed")
"""Events a double-click on the greeting columns lists."""
INSPECTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data of a drill-down row that is an inspection: its id (events carry theirs in UserRole)."""


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
        self.events.itemSelectionChanged.connect(self._row_selected)
        self.events_title = QLabel(self.tr("Double-click a deduction to list its events; double-click an event to review it."))
        self.events_title.setWordWrap(True)
        self.appeals_btn = QPushButton(self.tr("Inspection appeals"))
        self.appeals_btn.setToolTip(self.tr("List the inspection appeals nobody has decided yet."))
        self.appeals_btn.clicked.connect(self.show_inspection_appeals)
        self.appeals_btn.setVisible(self.ctx.store.can(Permission.REVIEW))
        top.insertWidget(top.count() - 2, self.appeals_btn)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.events_title)
        ll.addWidget(self.events, 1)
        ll.addWidget(self._inspection_panel())
        bottom = QSplitter()
        bottom.addWidget(self.chart)
        bottom.addWidget(lower)
        bottom.setSizes([700, 700])  # the drill-down (with an inspection's appeal) as wide as the chart
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

    def _inspection_panel(self) -> QWidget:
        """Details of the selected inspection, with Appeal (staff) or Uphold / Overturn (reviewers)."""
        self.insp_panel = QWidget()
        self.insp_details = QLabel()
        self.insp_details.setWordWrap(True)
        self.insp_details.setTextFormat(Qt.TextFormat.RichText)
        self.insp_comment = QLineEdit()
        self.insp_appeal_btn = QPushButton(self.tr("Appeal"))
        self.insp_uphold_btn = QPushButton(self.tr("Uphold the deduction"))
        self.insp_overturn_btn = QPushButton(self.tr("Overturn: no deduction"))
        self.insp_appeal_btn.clicked.connect(self.appeal_inspection)
        self.insp_uphold_btn.clicked.connect(lambda: self.decide_inspection_appeal("uphold"))
        self.insp_overturn_btn.clicked.connect(lambda: self.decide_inspection_appeal("overturn"))
        self.staff_view = self.ctx.store.can(Permission.APPEAL) and not self.ctx.store.can(Permission.REVIEW)
        self.insp_comment.setPlaceholderText(self.tr("Why you disagree (needed for an appeal)") if self.staff_view
                                             else self.tr("Reason for your decision (the staff member reads it)"))
        self.insp_message = QLabel()
        self.insp_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.insp_comment, 1)
        for b in ((self.insp_appeal_btn,) if self.staff_view else (self.insp_uphold_btn, self.insp_overturn_btn)):
            row.addWidget(b)
        for b in ((self.insp_uphold_btn, self.insp_overturn_btn) if self.staff_view else (self.insp_appeal_btn,)):
            b.hide()
        lay = QVBoxLayout(self.insp_panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.insp_details)
        lay.addLayout(row)
        lay.addWidget(self.insp_message)
        self.insp_panel.hide()
        return self.insp_panel

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
        self._show_inspection(None)
        self._count_inspection_appeals()
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
        inspections: tuple[InspectionRecord, ...] = ()
        if col in (self.RATE_COL, self.DELAY_COL):
            events = [e for e in s.events if e.event.rule_id in GREETING_RULES]
            what = self.tr("late and missed greetings")
        else:
            rule = self.rule_ids[col - self.RULE_COL] if col >= self.RULE_COL else None
            events = [e for e in s.events if rule is None or e.event.rule_id == rule]
            inspections = s.inspections if rule in (None, INSPECTION_RULE) else ()
            what = rule_name(rule) if rule else self.tr("all rules")
        self.events_title.setText(self.tr("{name}: {rule} (×{n})").format(name=s.staff.name, rule=what,
                                                                               n=len(events) + len(inspections)))
        self._fill_drill(events, inspections)

    def _fill_drill(self, events, inspections: tuple[InspectionRecord, ...] | list[InspectionRecord]) -> None:
        """Rows of the drill-down: the events, then the inspections (each row carries its id)."""
        self.events.setRowCount(len(events) + len(inspections))
        for r, e in enumerate(events):
            cells = (e.event.start.astimezone().strftime("%Y-%m-%d %H:%M"), rule_name(e.event.rule_id),
                     status_name(e.status.value), f"{e.deducted:g}", clip_status_name(e.event.clip_status.value))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.event.id)
                self.events.setItem(r, c, item)
        for r, i in enumerate(inspections, start=len(events)):
            cells = (i.at.astimezone().strftime("%Y-%m-%d %H:%M"), rule_name(INSPECTION_RULE),
                     self._inspection_status(i), f"{i.deducted:g}", "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(INSPECTION_ROLE, i.id)
                self.events.setItem(r, c, item)
        self._show_inspection(None)

    def _inspection_status(self, i: InspectionRecord) -> str:
        """'failed: Smile, Badge … · appealed', 'passed', …"""
        failed = [item_name(k) for k, ok in i.items.items() if not ok]
        text = self.tr("failed: {items}").format(items=", ".join(failed)) if failed else self.tr("passed")
        if i.appeal is None:
            return text
        if i.appeal.decision is None:
            return text + " · " + self.tr("appealed")
        return text + " · " + self.tr("appeal {decision}").format(decision=self._appeal_decision(i.appeal.decision))

    def _appeal_decision(self, decision: str) -> str:
        return {"uphold": self.tr("upheld"), "overturn": self.tr("overturned")}.get(decision, decision)

    def _open_event(self, row: int, col: int) -> None:
        item = self.events.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.open_event.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # -- inspections and their appeals ----------------------------------------------------------

    def selected_inspection_id(self) -> int | None:
        """The inspection of the selected drill-down row, or None (an event or nothing)."""
        item = self.events.item(self.events.currentRow(), 0)
        value = None if item is None else item.data(INSPECTION_ROLE)
        return None if value is None else int(value)

    def _row_selected(self) -> None:
        iid = self.selected_inspection_id()
        if iid is None:
            self._show_inspection(None)
            return
        try:
            self._show_inspection(self.ctx.store.get_inspection(iid))
        except StoreError as e:
            self._show_inspection(None)
            self.insp_panel.show()
            self.insp_message.setText(error_text(e))

    def _show_inspection(self, i: InspectionRecord | None) -> None:
        """Fills the inspection panel (hidden when no inspection is selected)."""
        self.insp_comment.clear()
        self.insp_message.clear()
        self.insp_panel.setVisible(i is not None)
        if i is None:
            self.insp_details.clear()
            return
        lines = [self.tr("<b>Shift-start inspection</b> of {code}, {at}, by {who}: {status}; deducts {points}.").format(
            code=_escape(i.staff_code), at=i.at.astimezone().strftime("%Y-%m-%d %H:%M"), who=_escape(i.inspector or "—"),
            status=self._inspection_status(i), points=points_text(i.deducted))]
        for item, o in i.overrides.items():
            lines.append(self.tr("{item} set by {who}: {reason}").format(item=item_name(item), who=o.by or "—",
                                                                        reason=o.reason))
        if i.appeal is not None:
            a = i.appeal
            lines.append(self.tr("Appealed by {who} at {at}: {comment}").format(
                who=a.user, at=a.at.astimezone().strftime("%Y-%m-%d %H:%M"), comment=a.comment))
            if a.decision is None:
                lines.append(self.tr("The appeal waits for a manager or auditor."))
            else:
                lines.append(self.tr("Appeal {decision} by {who} at {at}: {reason}").format(
                    decision=self._appeal_decision(a.decision), who=a.decided_by,
                    at=a.decided_at.astimezone().strftime("%Y-%m-%d %H:%M"), reason=a.reason))
        self.insp_details.setText("<br>".join(_escape(x) if k else x for k, x in enumerate(lines)))
        store = self.ctx.store
        self.insp_appeal_btn.setEnabled(self.staff_view and i.appeal is None and i.deducted > 0)
        open_appeal = i.appeal is not None and i.appeal.decision is None and store.can(Permission.REVIEW)
        for b in (self.insp_uphold_btn, self.insp_overturn_btn):
            b.setEnabled(open_appeal)
        self.insp_comment.setEnabled(self.insp_appeal_btn.isEnabled() or open_appeal)

    def appeal_inspection(self) -> bool:
        """Appeals the selected inspection (staff) with the comment; True when stored."""
        iid = self.selected_inspection_id()
        if iid is None:
            return False
        comment = self.insp_comment.text().strip()
        if not comment:
            self.insp_message.setText(self.tr("Write why you disagree before appealing."))
            return False
        try:
            self.ctx.store.appeal_inspection(iid, comment)
        except StoreError as e:
            self.insp_message.setText(self.tr("Not appealed: {error}").format(error=error_text(e)))
            return False
        self._refresh_inspection(iid, self.tr("Inspection {id} appealed; a manager or auditor will look at it.")
                                 .format(id=iid))
        return True

    def decide_inspection_appeal(self, decision: str) -> bool:
        """Upholds or overturns the selected inspection's appeal with the written reason."""
        iid = self.selected_inspection_id()
        if iid is None:
            return False
        reason = self.insp_comment.text().strip()
        if not reason:
            self.insp_message.setText(self.tr("Write the reason for your decision first: the staff member reads it."))
            self.insp_comment.setFocus()
            return False
        try:
            self.ctx.store.decide_inspection_appeal(iid, decision, reason)
        except StoreError as e:
            self.insp_message.setText(self.tr("Appeal not decided: {error}").format(error=error_text(e)))
            return False
        self.reload()  # the score follows an overturned appeal
        self._refresh_inspection(iid, self.tr("Appeal against inspection {id} {decision}.").format(
            id=iid, decision=self._appeal_decision(decision)))
        return True

    def _refresh_inspection(self, iid: int, message: str) -> None:
        """Re-reads one inspection into its drill-down row (adding it if the list was cleared) and selects it."""
        rec = self.ctx.store.get_inspection(iid)
        row = next((r for r in range(self.events.rowCount())
                    if self.events.item(r, 0) is not None and self.events.item(r, 0).data(INSPECTION_ROLE) == iid), None)
        if row is None:
            self._fill_drill([], [rec])
            row = 0
        for c, text in ((2, self._inspection_status(rec)), (3, f"{rec.deducted:g}")):
            self.events.item(row, c).setText(text)
        self.events.selectRow(row)
        self._show_inspection(rec)
        self.insp_message.setText(message)
        self._count_inspection_appeals()

    def show_inspection_appeals(self) -> int:
        """Lists the inspections whose appeal nobody decided yet (managers and auditors); returns how many."""
        try:
            open_ids = {a.inspection_id for a in self.ctx.store.list_inspection_appeals() if a.decision is None}
            recs = [self.ctx.store.get_inspection(i) for i in sorted(open_ids)]
        except StoreError as e:
            self.message.setText(error_text(e))
            return 0
        self.events_title.setText(self.tr("Inspection appeals to decide (×{n}): select one, write the reason, "
                                          "then uphold or overturn it.").format(n=len(recs)))
        self._fill_drill([], recs)
        if recs:
            self.events.selectRow(0)
        return len(recs)

    def _count_inspection_appeals(self) -> None:
        if not self.ctx.store.can(Permission.REVIEW):
            return
        try:
            n = sum(1 for a in self.ctx.store.list_inspection_appeals() if a.decision is None)
        except StoreError:
            return
        self.appeals_btn.setText(self.tr("Inspection appeals ({n})").format(n=n) if n else self.tr("Inspection appeals"))

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


def _escape(text: str) -> str:
    """Text shown in a rich-text label as it is (names and reasons are typed by people)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
