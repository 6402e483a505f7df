"""Review queue: pending events newest first, filters, the clip player, confirm or dismiss with a comment.

Keyboard: Space play/pause, ←/→ frame step, C confirm, D dismiss, J/↓ next event, K/↑ previous,
Ctrl+Return confirm from the comment field.

With ``mine=True`` (a staff account) the screen is "My events": the store returns only the staff
member's own events, there is no confirm/dismiss, and an Appeal button sends the comment as an
appeal (:meth:`inspector.store.Store.appeal`).

Appeals queue: managers and auditors choose the status "appealed, to decide" and uphold or
overturn each appeal with a reason (the comment field; :meth:`inspector.store.Store.decide_appeal`);
the staff member reads the decision and the reason on the event.

Unassigned events (nobody was rostered at the station then): a reviewer gives an undecided one to a
staff member with **Assign** (:meth:`inspector.store.Store.assign_event`, the same permission and
``event.assign`` audit entry as ``inspector review assign``).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from inspector.auth import Permission
from inspector.store import AlreadyDecided, ClipStatus, Decision, EventRecord, StoreError
from ui.context import AppContext
from ui.error_text import error_text
from ui.labels import points_text, rule_clause, rule_name, status_name
from ui.widgets.clip_player import ClipPlayer

ALL = None
APPEALS = "appeals"
"""The status filter value of the appeals queue (events with an appeal nobody decided yet)."""
UNASSIGNED = "\0unassigned"
"""The staff filter value of events nobody was rostered for (not a possible staff code)."""


class ReviewScreen(QWidget):
    """The reviewer's queue, or a staff member's own events (``mine``).

    Args:
        ctx: The app context.
        mine: Staff view: own events, appeal instead of confirm/dismiss.

    Signals:
        decided: An event was confirmed or dismissed, or its appeal decided (its id).
        appealed: An event was appealed (its id).
    """

    decided = Signal(int)
    appealed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, mine: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mine = mine
        self.events: list[EventRecord] = []
        self._build()
        self._shortcuts()
        self.reload()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.f_station, self.f_staff, self.f_rule, self.f_status = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.assign_staff = QComboBox()
        self.f_from, self.f_to = QDateEdit(), QDateEdit()
        for d, offset in ((self.f_from, -90), (self.f_to, 0)):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setDate(QDate.currentDate().addDays(offset))
        self._fill_filters()
        for w in (self.f_station, self.f_staff, self.f_rule, self.f_status):
            w.currentIndexChanged.connect(self.reload)
        for d in (self.f_from, self.f_to):
            d.dateChanged.connect(self.reload)
        filters = QHBoxLayout()
        shown = ((self.tr("Rule"), self.f_rule), (self.tr("From"), self.f_from), (self.tr("To"), self.f_to),
                 (self.tr("Status"), self.f_status))
        if not self.mine:
            shown = ((self.tr("Station"), self.f_station), (self.tr("Staff"), self.f_staff)) + shown
        else:
            filters.addWidget(QLabel(self.tr("<b>My events</b>")))
        for label, w in shown:
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
        filters.addStretch(1)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Station"), self.tr("Staff"), self.tr("Rule"),
                                              self.tr("Confidence"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.player = ClipPlayer()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Why you disagree (needed for an appeal)") if self.mine
                                        else self.tr("Comment (optional; the reason is needed to decide an appeal)"))
        self.confirm_btn = QPushButton(self.tr("Confirm (C)"))
        self.dismiss_btn = QPushButton(self.tr("Dismiss (D)"))
        self.appeal_btn = QPushButton(self.tr("Appeal"))
        self.confirm_btn.clicked.connect(lambda: self.decide(Decision.CONFIRM))
        self.dismiss_btn.clicked.connect(lambda: self.decide(Decision.DISMISS))
        self.appeal_btn.clicked.connect(self.appeal)
        self.uphold_btn = QPushButton(self.tr("Uphold the deduction"))
        self.overturn_btn = QPushButton(self.tr("Overturn: no deduction"))
        self.uphold_btn.setToolTip(self.tr("The appeal is rejected: the event counts. Write the reason first."))
        self.overturn_btn.setToolTip(self.tr("The appeal is accepted: the event no longer counts. Write the reason first."))
        self.uphold_btn.clicked.connect(lambda: self.decide_appeal("uphold"))
        self.overturn_btn.clicked.connect(lambda: self.decide_appeal("overturn"))
        self.assign_btn = QPushButton(self.tr("Assign"))
        self.assign_btn.setToolTip(self.tr("Give this unassigned event to the chosen staff member (recorded in the "
                                           "audit trail); it then counts in their score once confirmed."))
        self.assign_btn.clicked.connect(self.assign)
        self.assign_row = QWidget()
        al = QHBoxLayout(self.assign_row)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(QLabel(self.tr("Nobody was rostered here then. Assign to:")))
        al.addWidget(self.assign_staff, 1)
        al.addWidget(self.assign_btn)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment, 1)
        deciding = (self.confirm_btn, self.dismiss_btn, self.uphold_btn, self.overturn_btn)
        for b in ((self.appeal_btn,) if self.mine else deciding):
            buttons.addWidget(b)
        for b in (deciding if self.mine else (self.appeal_btn,)):
            b.hide()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.player, 1)
        rl.addWidget(self.details)
        rl.addWidget(self.assign_row)
        rl.addLayout(buttons)
        rl.addWidget(self.message)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 760])
        self.count_label = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        lay.addWidget(self.count_label)
        self._show_event(None)

    def _fill_filters(self) -> None:
        self.f_station.addItem(self.tr("all"), ALL)
        for st in self.ctx.store.list_stations():
            self.f_station.addItem(st.name, st.name)
        self.f_staff.addItem(self.tr("all"), ALL)
        if not self.mine:
            self.f_staff.addItem(self.tr("unassigned"), UNASSIGNED)
        self.assign_staff.addItem(self.tr("choose…"), None)
        for s in self.ctx.store.list_staff():
            self.f_staff.addItem(f"{s.name} ({s.code})", s.code)
            if s.active:
                self.assign_staff.addItem(f"{s.name} ({s.code})", s.code)
        self.f_rule.addItem(self.tr("all"), ALL)
        for r in self.ctx.rules.rules:
            self.f_rule.addItem(rule_name(r.id), r.id)
        for value in ("pending", "confirmed", "dismissed"):
            self.f_status.addItem(status_name(value), value)
        if not self.mine:
            self.f_status.addItem(self.tr("appealed, to decide"), APPEALS)
        self.f_status.addItem(self.tr("all"), ALL)
        if self.mine:  # staff see everything that counts against them, decided or not
            self.f_status.setCurrentIndex(self.f_status.count() - 1)

    def _shortcuts(self) -> None:
        decisions = () if self.mine else (
            ("C", lambda: self.decide(Decision.CONFIRM)), ("D", lambda: self.decide(Decision.DISMISS)),
            ("Ctrl+Return", lambda: self.decide(Decision.CONFIRM)))
        keys = (("Space", self.player.toggle), ("Left", lambda: self.player.step(-1)),
                ("Right", lambda: self.player.step(1))) + decisions + (
                ("J", lambda: self.move(1)), ("Down", lambda: self.move(1)), ("K", lambda: self.move(-1)),
                ("Up", lambda: self.move(-1)))
        self._keys = []
        for key, fn in keys:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
            self._keys.append(sc)

    # -- data --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the events matching the filters, newest first."""
        tz = datetime.now().astimezone().tzinfo
        since = datetime.combine(self.f_from.date().toPython(), time(0), tz)
        until = datetime.combine(self.f_to.date().toPython(), time(0), tz) + timedelta(days=1)
        try:
            staff = self.f_staff.currentData()
            events = self.ctx.store.list_events(since=since, until=until, station=self.f_station.currentData(),
                                                 staff_code=None if staff == UNASSIGNED else staff,
                                                 unassigned=staff == UNASSIGNED, rule_id=self.f_rule.currentData(),
                                                 status=None if self.f_status.currentData() == APPEALS
                                                 else self.f_status.currentData())
            if self.f_status.currentData() == APPEALS:
                events = [e for e in events if e.appeal is not None and e.appeal.decision is None]
        except StoreError as e:
            self.message.setText(error_text(e))
            events = []
        self.events = sorted(events, key=lambda e: (e.start, e.id), reverse=True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.events))
        names = {s.code: s.name for s in self.ctx.store.list_staff()}
        for row, ev in enumerate(self.events):
            cells = (ev.start.astimezone().strftime("%Y-%m-%d %H:%M:%S"), ev.station_name,
                     names.get(ev.staff_code, self.tr("unassigned")) if ev.staff_code else self.tr("unassigned"),
                     rule_name(ev.rule_id), f"{ev.peak_confidence:.2f}", self._status_text(ev))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ev.id)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("Events: {n}").format(n=len(self.events)))
        if not self.mine:
            self._count_open_appeals()
        if self.mine:
            self.count_label.setText(self.count_label.text() + " · " + self.tr(
                "Only your own events are shown. If you disagree with one, write why and press Appeal; "
                "its clip is then kept until a manager or auditor has looked at it."))
        if self.events:
            self.table.selectRow(0)  # no signal when row 0 was selected before the reload
        self._show_event(self.current())

    def current(self) -> EventRecord | None:
        """The selected event."""
        row = self.table.currentRow()
        return self.events[row] if 0 <= row < len(self.events) else None

    def show_event(self, event_id: int) -> bool:
        """Shows one event whatever the filters (drill-down from the scores); False if unknown."""
        try:
            ev = self.ctx.store.get_event(event_id)
        except StoreError:
            return False
        for combo in (self.f_station, self.f_staff, self.f_rule, self.f_status):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(ALL) if combo is not self.f_status else combo.count() - 1)
            combo.blockSignals(False)
        day = QDate(ev.start.astimezone().date())
        for d, value in ((self.f_from, day), (self.f_to, day)):
            d.blockSignals(True)
            d.setDate(value)
            d.blockSignals(False)
        self.reload()
        for row, e in enumerate(self.events):
            if e.id == event_id:
                self.table.selectRow(row)
                return True
        return False

    def move(self, delta: int) -> None:
        """Selects the next (1) or previous (-1) event."""
        if self.events:
            self.table.selectRow(min(max(0, self.table.currentRow() + delta), len(self.events) - 1))

    def _selected(self) -> None:
        self._show_event(self.current())

    def _show_event(self, ev: EventRecord | None) -> None:
        self.message.clear()
        self.comment.clear()
        for b in (self.confirm_btn, self.dismiss_btn):
            b.setEnabled(not self.mine and ev is not None and ev.review is None)
        self.appeal_btn.setEnabled(self.mine and ev is not None and ev.appeal is None)
        open_appeal = ev is not None and ev.appeal is not None and ev.appeal.decision is None
        for b in (self.uphold_btn, self.overturn_btn):
            b.setEnabled(not self.mine and open_appeal and self.ctx.store.can(Permission.REVIEW))
        self.assign_row.setVisible(not self.mine and ev is not None and ev.staff_code is None and ev.review is None
                                   and self.ctx.store.can(Permission.REVIEW))
        self.assign_staff.setCurrentIndex(0)
        if ev is None:
            self.details.setText("")
            self.player.clear(self.tr("No event selected"))
            return
        rule = self._rule_text(ev.rule_id)
        lines = [f"<b>{rule_name(ev.rule_id)}</b> — {rule}",
                 self.tr("{station}, {start} to {end} ({seconds:.0f} s), confidence {conf:.2f}, {points}").format(
                     station=ev.station_name, start=ev.start.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                     end=ev.end.astimezone().strftime("%H:%M:%S"), seconds=ev.duration_s, conf=ev.peak_confidence,
                     points=points_text(ev.points))]
        if ev.review is not None:
            lines.append(self.tr("Decided: {status} by {who} at {at} {comment}").format(
                status=status_name(ev.status.value), who=ev.review.reviewer,
                at=ev.review.at.astimezone().strftime("%Y-%m-%d %H:%M"), comment=ev.review.comment))
        if ev.appeal is not None:
            lines.append(self.tr("Appealed by {who} at {at}: {comment}").format(
                who=ev.appeal.user, at=ev.appeal.at.astimezone().strftime("%Y-%m-%d %H:%M"), comment=ev.appeal.comment))
            if ev.appeal.decision is None:
                lines.append(self.tr("The appeal waits for a manager or auditor."))
            else:
                lines.append(self.tr("Appeal {decision} by {who} at {at}: {reason}").format(
                    decision=self._appeal_decision(ev.appeal.decision), who=ev.appeal.decided_by,
                    at=ev.appeal.decided_at.astimezone().strftime("%Y-%m-%d %H:%M"), reason=ev.appeal.reason))
        self.details.setText("<br>".join(lines))
        if ev.clip_status is ClipStatus.EXPIRED:
            self.player.clear(self.tr("Clip deleted by retention (the event and its data are kept)."))
        elif ev.clip_status is ClipStatus.MISSING and not ev.clip_path:
            self.player.clear(self.tr("No clip was saved for this event (the disk was full or writing failed)."))
        else:
            self.player.open(ev.clip_path, rule_name(ev.rule_id))

    def _status_text(self, ev: EventRecord) -> str:
        text = status_name(ev.status.value)
        if ev.appeal is None:
            return text
        if ev.appeal.decision is None:
            return text + " · " + self.tr("appealed")
        return text + " · " + self.tr("appeal {decision}").format(decision=self._appeal_decision(ev.appeal.decision))

    def _appeal_decision(self, decision: str) -> str:
        return {"uphold": self.tr("upheld"), "overturn": self.tr("overturned")}.get(decision, decision)

    def _count_open_appeals(self) -> None:
        try:
            n = sum(1 for a in self.ctx.store.list_appeals() if a.decision is None)
        except StoreError:
            return
        self.count_label.setText(self.tr("Events: {n}").format(n=len(self.events)))
        if n:
            self.count_label.setText(self.count_label.text() + " · " + self.tr(
                "Appeals to decide: {n} (status \"appealed, to decide\")").format(n=n))

    def decide_appeal(self, decision: str) -> bool:
        """Upholds or overturns the selected event's appeal with the comment as the reason."""
        ev = self.current()
        if ev is None or self.mine:
            return False
        reason = self.comment.text().strip()
        if not reason:
            self.message.setText(self.tr("Write the reason for your decision first: the staff member reads it."))
            self.comment.setFocus()
            return False
        row = self.table.currentRow()
        try:
            self.ctx.store.decide_appeal(ev.id, decision, reason)
        except StoreError as e:
            self._refresh_row(row, ev.id)
            self.message.setText(self.tr("Appeal not decided: {error}").format(error=error_text(e)))
            return False
        self.decided.emit(ev.id)
        self._refresh_row(row, ev.id)
        self._count_open_appeals()
        self.message.setText(self.tr("Appeal against event {id} {decision}.").format(
            id=ev.id, decision=self._appeal_decision(decision)))
        return True

    def assign(self) -> bool:
        """Gives the selected unassigned event to the staff member chosen beside Assign (audited)."""
        ev = self.current()
        code = self.assign_staff.currentData()
        if ev is None or self.mine:
            return False
        if not code:
            self.message.setText(self.tr("Choose the staff member the event belongs to first."))
            return False
        row = self.table.currentRow()
        try:
            done = self.ctx.store.assign_event(ev.id, code)
        except StoreError as e:
            self._refresh_row(row, ev.id)
            self.message.setText(self.tr("Not assigned: {error}").format(error=error_text(e)))
            return False
        self.decided.emit(ev.id)  # the scores follow
        self._refresh_row(row, ev.id)
        names = {s.code: s.name for s in self.ctx.store.list_staff()}
        self.table.item(row, 2).setText(names.get(done.staff_code, done.staff_code))
        self.message.setText(self.tr("Event {id} now belongs to {name}.").format(
            id=ev.id, name=names.get(done.staff_code, done.staff_code)))
        return True

    def _rule_text(self, rule_id: str) -> str:
        try:
            return rule_clause(rule_id, self.ctx.rules.rule(rule_id).clause)
        except KeyError:
            return ""

    def appeal(self) -> bool:
        """Appeals the selected event (staff) with the comment; True when stored."""
        ev = self.current()
        if ev is None or not self.mine:
            return False
        comment = self.comment.text().strip()
        if not comment:
            self.message.setText(self.tr("Write why you disagree before appealing."))
            return False
        row = self.table.currentRow()
        try:
            self.ctx.store.appeal(ev.id, comment)
        except StoreError as e:
            self._refresh_row(row, ev.id)
            self.message.setText(self.tr("Not appealed: {error}").format(error=error_text(e)))
            return False
        self.appealed.emit(ev.id)
        self._refresh_row(row, ev.id)
        self.message.setText(self.tr("Event {id} appealed; a manager or auditor will look at it.").format(id=ev.id))
        return True

    def decide(self, decision: Decision) -> None:
        """Stores the decision on the selected event with the reviewer, the time and the comment."""
        ev = self.current()
        if ev is None or self.mine:
            return
        row = self.table.currentRow()
        try:
            self.ctx.store.decide(ev.id, decision, self.ctx.reviewer, self.comment.text().strip())
        except AlreadyDecided as e:
            self._refresh_row(row, ev.id)
            self.message.setText(self.tr("Already decided by another reviewer: {detail}").format(detail=error_text(e)))
            return
        except StoreError as e:
            self.message.setText(error_text(e))
            return
        self.decided.emit(ev.id)
        self._refresh_row(row, ev.id)
        self.move(1)
        self.message.setText(self.tr("Event {id} {status}.").format(
            id=ev.id, status=status_name(self.events[row].status.value)))

    def _refresh_row(self, row: int, event_id: int) -> None:
        ev = self.ctx.store.get_event(event_id)
        self.events[row] = ev
        self.table.item(row, 5).setText(self._status_text(ev))
        if row == self.table.currentRow():
            msg = self.message.text()
            self._show_event(ev)
            self.message.setText(msg)
