"""Settings: staff, stations, roster (with CSV import), rules (thresholds and points with their
clauses), storage folder, clip retention, reviewer name and the interface language."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from inspector.errors import UserError
from inspector.commands.roster import read_roster_csv
from inspector.privacy import PrivacyConfig
from inspector.rules import RulesConfig
from inspector.scoring import ScoringConfig, ScoringError, parse_local_datetime, resolve_timezone
from inspector.store import StoreError
from ui.context import AppContext
from ui.error_text import error_text, message_text, problem_text, validation_lines
from ui.folders import open_file, pick_folder
from ui.labels import (measure_threshold_name, min_confidence_name, rule_clause, rule_name, rule_setting_help,
                       rule_setting_name)
from ui.language import LANGUAGES
from ui.preferences import save_data_dir, save_reviewer, saved_data_dir
from ui.screens.sound_settings import SoundTab



def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color:#555;")
    return label


def _item(text: str, editable: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if not editable:
        it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return it


class SettingsScreen(QWidget):
    """Every setting a manager changes without a command line.

    Signals:
        language_chosen: The user picked another interface language (``zh_CN`` or ``en``).
        data_changed: Staff, stations, roster or rules changed (other screens reload).
    """

    language_chosen = Signal(str)
    data_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = resolve_timezone((getattr(ctx.cfg, "scoring", None) or ScoringConfig()).timezone)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._staff_tab(), self.tr("Staff"))
        self.tabs.addTab(self._stations_tab(), self.tr("Stations"))
        self.tabs.addTab(self._roster_tab(), self.tr("Roster"))
        self.tabs.addTab(self._rules_tab(), self.tr("Rules"))
        self.sound = SoundTab(ctx, self.say)
        self.tabs.addTab(self.sound, self.tr("Sound"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.message)
        self.reload()

    def say(self, text: str) -> None:
        self.message.setText(text)

    # -- staff -------------------------------------------------------------------------------

    def _staff_tab(self) -> QWidget:
        w = QWidget()
        self.staff_table = _table([self.tr("Code"), self.tr("Name"), self.tr("Active")])
        self.staff_table.itemChanged.connect(self._staff_toggled)
        self.staff_code, self.staff_name = QLineEdit(), QLineEdit()
        self.staff_code.setPlaceholderText(self.tr("code, e.g. S001"))
        self.staff_name.setPlaceholderText(self.tr("full name"))
        add = QPushButton(self.tr("Add staff member"))
        add.clicked.connect(self.add_staff)
        row = QHBoxLayout()
        for x in (self.staff_code, self.staff_name, add):
            row.addWidget(x)
        lay = QVBoxLayout(w)
        lay.addWidget(self.staff_table)
        lay.addLayout(row)
        return w

    def add_staff(self) -> None:
        try:
            s = self.ctx.store.add_staff(self.staff_code.text(), self.staff_name.text())
        except StoreError as e:
            self.say(error_text(e, self.tz))
            return
        self.staff_code.clear()
        self.staff_name.clear()
        self.say(self.tr("Added {name} ({code}).").format(name=s.name, code=s.code))
        self.reload()
        self.data_changed.emit()

    def _staff_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        code = self.staff_table.item(item.row(), 0).text()
        try:
            self.ctx.store.set_staff_active(code, item.checkState() == Qt.CheckState.Checked)
        except StoreError as e:
            self.say(error_text(e, self.tz))
        self.data_changed.emit()

    # -- stations ----------------------------------------------------------------------------

    def _stations_tab(self) -> QWidget:
        w = QWidget()
        self.station_table = _table([self.tr("Name"), self.tr("Camera"), self.tr("Area")])
        self.station_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.st_name, self.st_camera, self.st_area = QLineEdit(), QLineEdit(), QLineEdit()
        self.st_name.setPlaceholderText(self.tr("name, e.g. desk-1"))
        self.st_camera.setPlaceholderText(self.tr("camera number or rtsp:// address"))
        self.st_area.setPlaceholderText(self.tr("area, e.g. left counter"))
        add = QPushButton(self.tr("Add station"))
        add.clicked.connect(self.add_station)
        row = QHBoxLayout()
        for x in (self.st_name, self.st_camera, self.st_area, add):
            row.addWidget(x)
        lay = QVBoxLayout(w)
        lay.addWidget(self.station_table)
        lay.addLayout(row)
        return w

    def add_station(self) -> None:
        try:
            st = self.ctx.store.add_station(self.st_name.text(), self.st_camera.text().strip(), self.st_area.text().strip())
        except StoreError as e:
            self.say(error_text(e, self.tz))
            return
        for x in (self.st_name, self.st_camera, self.st_area):
            x.clear()
        self.say(self.tr("Added station {name}.").format(name=st.name))
        self.reload()
        self.data_changed.emit()

    # -- roster ------------------------------------------------------------------------------

    def _roster_tab(self) -> QWidget:
        w = QWidget()
        self.roster_table = _table([self.tr("Staff"), self.tr("Station"), self.tr("Start"), self.tr("End")])
        self.roster_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.r_staff, self.r_station = QComboBox(), QComboBox()
        self.r_start, self.r_end = QLineEdit(), QLineEdit()
        self.r_start.setPlaceholderText("2025-03-01 09:00")
        self.r_end.setPlaceholderText("2025-03-01 17:00")
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_roster)
        imp = QPushButton(self.tr("Import CSV…"))
        imp.clicked.connect(lambda: self.import_roster())
        row = QHBoxLayout()
        for x in (self.r_staff, self.r_station, self.r_start, self.r_end, add, imp):
            row.addWidget(x)
        hint = QLabel(self.tr("Times are local ({zone}). CSV columns: staff,station,start,end.").format(zone=self.tz.key))
        lay = QVBoxLayout(w)
        lay.addWidget(self.roster_table)
        lay.addLayout(row)
        lay.addWidget(hint)
        return w

    def add_roster(self) -> None:
        try:
            start = parse_local_datetime(self.r_start.text(), self.tz)
            end = parse_local_datetime(self.r_end.text(), self.tz)
            self.ctx.store.add_roster(self.r_staff.currentData(), self.r_station.currentData(), start, end)
        except (StoreError, ScoringError) as e:
            self.say(error_text(e, self.tz))
            return
        self.say(self.tr("Roster entry added."))
        self.reload()
        self.data_changed.emit()

    def import_roster(self, path: str | None = None) -> int:
        """Imports a roster CSV all-or-nothing; returns how many entries were added."""
        if path is None:
            path = open_file(self, self.tr("Import roster"), self.tr("CSV files (*.csv)"), "roster")
            if not path:
                return 0
        try:
            added = self.ctx.store.add_roster_entries(read_roster_csv(Path(path), self.tz))
        except UserError as e:  # StoreError is a UserError too
            entry = re.match(r"roster entry (\d+): (.*)", str(e), re.DOTALL)  # entry N is the file's line N + 1
            if entry:
                self.say(self.tr("Nothing imported: line {line} of the file: {error}").format(
                    line=int(entry[1]) + 1, error=message_text(entry[2], self.tz)))
            else:
                self.say(self.tr("Nothing imported: {error}").format(error=error_text(e, self.tz)))
            return 0
        self.say(self.tr("Roster entries imported: {n}.").format(n=len(added)))
        self.reload()
        self.data_changed.emit()
        return len(added)

    # -- rules -------------------------------------------------------------------------------

    def _rules_tab(self) -> QWidget:
        w = QWidget()
        self.rules_table = _table([self.tr("Rule"), self.tr("Setting"), self.tr("Value"), self.tr("Clause")])
        self.rules_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rules_table.setWordWrap(True)
        save = QPushButton(self.tr("Save rules"))
        save.clicked.connect(self.save_rules)
        self.rules_path = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.rules_path, 1)
        row.addWidget(save)
        lay = QVBoxLayout(w)
        lay.addWidget(self.rules_table)
        lay.addLayout(row)
        return w

    def _rule_rows(self, rules: RulesConfig) -> list[tuple[int, tuple, str, object]]:
        """(rule index, path into the rule's dump, setting name in words, value) for every editable number."""
        rows = []
        for i, r in enumerate(rules.rules):
            for key in ("enabled", "points", "min_duration_s"):
                rows.append((i, (key,), rule_setting_name(key), getattr(r, key)))
            for key in ("any_of", "all_of"):
                for j, c in enumerate(getattr(r, key)):
                    d = c.model_dump()
                    if "threshold" in d:
                        name = measure_threshold_name(d["measure"], d["op"], d["absolute"])
                        rows.append((i, (key, j, "threshold"), name, d["threshold"]))
                    if "min_confidence" in d:
                        name = (min_confidence_name(d["label"], tuple(d["values"]), d["negate"]) if d.get("label")
                                else min_confidence_name(d["measure"]))
                        rows.append((i, (key, j, "min_confidence"), name, d["min_confidence"]))
        return rows

    def _fill_rules(self) -> None:
        self._rows = self._rule_rows(self.ctx.rules)
        t = self.rules_table
        t.setRowCount(len(self._rows))
        for n, (i, _path, name, value) in enumerate(self._rows):
            rule = self.ctx.rules.rules[i]
            t.setItem(n, 0, _item(rule_name(rule.id)))
            t.setItem(n, 1, _item(name))
            if isinstance(value, bool):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                box.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                t.setItem(n, 2, box)
            else:
                t.setItem(n, 2, _item(f"{value:g}", editable=True))
            first = n == 0 or self._rows[n - 1][0] != i
            clause = rule_clause(rule.id, rule.clause)
            t.setItem(n, 3, _item(clause if first else ""))
            for c in range(3):
                t.item(n, c).setToolTip(clause)
            explained = rule_setting_help(_path[-1])
            if explained:
                t.item(n, 1).setToolTip(explained)
        self.rules_path.setText(self.tr("Saved to {path}").format(path=self.ctx.rules_path))

    def save_rules(self) -> bool:
        """Validates the edited values and makes them the rule table in force."""
        data = self.ctx.rules.model_dump()
        for n, (i, path, name, value) in enumerate(self._rows):
            cell = self.rules_table.item(n, 2)
            if isinstance(value, bool):
                new: object = cell.checkState() == Qt.CheckState.Checked
            else:
                try:
                    new = float(cell.text().replace(",", "."))
                except ValueError:
                    self.say(self.tr("{rule}, {setting}: '{text}' is not a number").format(
                        rule=rule_name(self.ctx.rules.rules[i].id), setting=name, text=cell.text()))
                    return False
            target = data["rules"][i]
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = new
        try:
            rules = RulesConfig.model_validate(data)
        except ValidationError as e:
            self.say(self.tr("Not saved: {error}").format(error=self._rules_problems(e)))
            return False
        try:
            self.ctx.save_rules(rules)
        except (StoreError, OSError) as e:
            self.say(self.tr("Not saved: {error}").format(error=error_text(e, self.tz)))
            return False
        self.say(self.tr("Rules saved."))
        self.data_changed.emit()
        return True

    def _rules_problems(self, err: ValidationError) -> str:
        """The problems of the edited rule table, each named by its rule and setting as the table shows them."""
        by_path = {(i, path): name for i, path, name, _value in self._rows}
        lines = []
        for item, line in zip(err.errors(), validation_lines(err)):
            loc = tuple(item["loc"])
            name = by_path.get((loc[1], loc[2:])) if len(loc) > 2 and loc[0] == "rules" else None
            if name is None:
                lines.append(line)
                continue
            problem = problem_text(item["type"], dict(item.get("ctx") or {}), str(loc[-1]), item.get("input"))
            lines.append(self.tr("{rule}, {setting}: {problem}").format(
                rule=rule_name(self.ctx.rules.rules[loc[1]].id), setting=name, problem=problem))
        return "\n".join(lines)

    # -- general -----------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        w = QWidget()
        self.folder = QLineEdit(str(self.ctx.data_dir))
        self.folder.setReadOnly(True)
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._pick_folder)
        frow = QHBoxLayout()
        frow.addWidget(self.folder, 1)
        frow.addWidget(pick)
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(int(round(self._retention_days())))
        self.retention.setKeyboardTracking(False)
        self.retention.valueChanged.connect(self._retention_changed)
        self.reviewer = QLineEdit(self.ctx.reviewer)
        self.reviewer.editingFinished.connect(self._reviewer_changed)
        if self.ctx.actor is not None:  # the store records decisions under the signed-in account
            self.reviewer.setReadOnly(True)
            self.reviewer.setToolTip(self.tr("Decisions are recorded under the signed-in account"))
        self.language = QComboBox()
        names = {"zh_CN": "简体中文", "en": "English"}
        for lang in LANGUAGES:
            self.language.addItem(names[lang], lang)
        apply = QPushButton(self.tr("Apply language"))
        apply.clicked.connect(lambda: self.language_chosen.emit(self.language.currentData()))
        lrow = QHBoxLayout()
        lrow.addWidget(self.language, 1)
        lrow.addWidget(apply)
        form = QFormLayout(w)
        form.addRow(self.tr("Storage folder (database, clips, rules; used from the next start)"), frow)
        form.addRow(self.tr("Keep evidence clips for"), self.retention)
        form.addRow("", _note(self.tr("Clips of confirmed or appealed events are kept. The command "
                                      "\"inspector retention\" deletes the older ones.")))
        form.addRow(self.tr("Reviewer name"), self.reviewer)
        if self.ctx.actor is not None:
            form.addRow("", _note(self.tr("Decisions are recorded under the signed-in account.")))
        form.addRow(self.tr("Language"), lrow)
        return w

    def _retention_days(self) -> float:
        default = (getattr(self.ctx.cfg, "privacy", None) or PrivacyConfig()).retention_days
        try:
            return self.ctx.site.load_retention_days(default)
        except ValueError as e:
            self.say(self.tr("The saved clip retention cannot be read ({error}); {days:g} days apply.").format(
                error=error_text(e), days=default))
            return default

    def _record(self, target: str, details: dict) -> bool:
        """Records a settings save in the audit trail (``config.save``); False (and a message) when refused."""
        try:
            self.ctx.store.record_change("config.save", target, details)
        except StoreError as e:
            self.say(self.tr("Not saved: {error}").format(error=error_text(e, self.tz)))
            return False
        return True

    def _retention_changed(self, days: int) -> None:
        old = self._retention_days()
        if days == old:
            return
        try:
            self.ctx.site.save_retention_days(days, self.ctx.store, previous=old)
        except (StoreError, OSError, ValueError) as e:
            self.say(self.tr("Not saved: {error}").format(error=error_text(e, self.tz)))
            self.retention.blockSignals(True)
            self.retention.setValue(int(round(old)))
            self.retention.blockSignals(False)
            return
        self.say(self.tr("Evidence clips are kept for {days} days.").format(days=days))

    def _pick_folder(self) -> None:
        path = pick_folder(self, self.tr("Storage folder"), "storage", self.folder.text())
        if path:
            self.set_storage_folder(path)

    def set_storage_folder(self, path: str) -> bool:
        """Remembers the storage folder for the next start (audited)."""
        old = str(saved_data_dir() or self.ctx.data_dir)
        if not self._record("config:storage_folder", {"old": old, "new": path}):
            return False
        self.folder.setText(path)
        save_data_dir(path)
        self.say(self.tr("The storage folder changes at the next start."))
        return True

    def _reviewer_changed(self) -> None:
        name = self.reviewer.text().strip()
        if self.ctx.actor is None and name and name != self.ctx.reviewer:
            if not self._record("config:reviewer_name", {"old": self.ctx.reviewer, "new": name}):
                return
            self.ctx.reviewer = name
            save_reviewer(name)
            self.say(self.tr("Decisions are now recorded as {name}.").format(name=name))

    def set_language_choice(self, lang: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))

    # -- all ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-reads everything from the store."""
        store = self.ctx.store
        staff, stations = store.list_staff(), store.list_stations()
        t = self.staff_table
        t.blockSignals(True)
        t.setRowCount(len(staff))
        for r, s in enumerate(staff):
            t.setItem(r, 0, _item(s.code))
            t.setItem(r, 1, _item(s.name))
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(Qt.CheckState.Checked if s.active else Qt.CheckState.Unchecked)
            t.setItem(r, 2, box)
        t.blockSignals(False)
        self.station_table.setRowCount(len(stations))
        for r, st in enumerate(stations):
            for c, text in enumerate((st.name, st.camera_source, st.area)):
                self.station_table.setItem(r, c, _item(text))
        roster = store.list_roster()
        names = {s.code: s.name for s in staff}
        self.roster_table.setRowCount(len(roster))
        for r, e in enumerate(roster):
            cells = (f"{names.get(e.staff_code, '')} ({e.staff_code})", e.station_name,
                     e.start.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"), e.end.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"))
            for c, text in enumerate(cells):
                self.roster_table.setItem(r, c, _item(text))
        self.r_staff.clear()
        for s in staff:
            self.r_staff.addItem(f"{s.name} ({s.code})", s.code)
        self.r_station.clear()
        for st in stations:
            self.r_station.addItem(st.name, st.name)
        self._fill_rules()
        self.sound.reload()
