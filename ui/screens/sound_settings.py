"""Settings → Sound: each station's audio switch and the site's service and forbidden phrases.

Both are saved by :class:`inspector.site.Site` (authorised, atomic, recorded in the audit trail)
and used by the next analysis. Phrases are edited one list per moment, separated by 、 or commas.
"""

from __future__ import annotations

import re
from typing import Callable

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from inspector.audio.phrases import MOMENTS, Moment, PhraseSet
from inspector.store import StoreError
from ui.context import AppContext
from ui.error_text import error_text

SEPARATORS = re.compile(r"[、，,;；\n]+")


def split_phrases(text: str) -> tuple[str, ...]:
    """The phrases of one edited line: split at 、 ， , ; and new lines, blanks dropped."""
    return tuple(p.strip() for p in SEPARATORS.split(text) if p.strip())


class SoundIndicator(QLabel):
    """The status bar's word on sound: which stations have it switched on (empty while none has)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet("color:#b35c00; font-weight:bold;")
        self.refresh()

    def refresh(self) -> None:
        """Re-reads the switches; hidden when the site does not allow sound or no station is on."""
        try:
            on = sorted(k for k, v in self.ctx.site.audio_stations().items() if v)
        except ValueError:
            on = []
        shown = bool(on) and self.ctx.cfg.audio.enabled
        self.setText(self.tr("Sound switched on: {stations}").format(stations=", ".join(on)) if shown else "")
        self.setVisible(shown)


class SoundTab(QWidget):
    """The Sound tab of the settings screen (filled by :meth:`reload`, which the screen calls).

    Args:
        ctx: The app's context (store, configuration, site files).
        say: Shows a message under the tabs.

    Signals:
        switched: A station's sound was switched on or off.
    """

    switched = Signal()

    def __init__(self, ctx: AppContext, say: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.say = ctx, say
        allowed = ctx.cfg.audio.enabled
        note = QLabel(self.tr(
            "A station listens only when the site allows sound ([audio] enabled in the configuration) and it is "
            "switched on here; each switch is recorded in the audit trail. Nothing said is stored: only a "
            "phrase heard, its time and confidence. No Mandarin phrase spotter is installed yet: staff speech "
            "heard while their own mouth moves counts as the greeting's speech."))
        note.setWordWrap(True)
        self.allowed = QLabel(self.tr("The site allows sound.") if allowed else
                              self.tr("The site does not allow sound: switches take effect once it does."))
        self.stations = QTableWidget(0, 2)
        self.stations.setHorizontalHeaderLabels([self.tr("Station"), self.tr("Listen")])
        self.stations.horizontalHeader().setStretchLastSection(True)
        self.stations.itemChanged.connect(self._switched)
        self.edits: dict[Moment, QLineEdit] = {m: QLineEdit() for m in MOMENTS}
        form = QFormLayout()
        for m in MOMENTS:
            form.addRow(self._moment_label(m), self.edits[m])
        save = QPushButton(self.tr("Save phrases"))
        save.clicked.connect(self.save_phrases)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addWidget(self.allowed)
        lay.addWidget(self.stations, 1)
        lay.addLayout(form)
        lay.addWidget(save)

    def _moment_label(self, moment: Moment) -> str:
        return {"greeting": self.tr("Greeting (您好，欢迎光临)"),
                "please_wait": self.tr("Please wait (请您稍等)"),
                "sorry_for_waiting": self.tr("Sorry for waiting (让您久等了)"),
                "goodbye": self.tr("Goodbye (再见，欢迎下次光临)"),
                "forbidden": self.tr("Forbidden phrases (服务忌语)")}[moment]

    def _phrases(self) -> PhraseSet:
        return self.ctx.site.load_phrases(self.ctx.cfg.audio.phrases)

    def reload(self) -> None:
        """Re-reads the stations, their switches and the phrases."""
        try:
            switches = self.ctx.site.audio_stations()
            phrases = self._phrases()
        except ValueError as e:
            self.say(self.tr("Sound settings cannot be read: {error}").format(error=str(e)))
            switches, phrases = {}, self.ctx.cfg.audio.phrases
        t = self.stations
        t.blockSignals(True)
        stations = self.ctx.store.list_stations()
        t.setRowCount(len(stations))
        for r, st in enumerate(stations):
            name = QTableWidgetItem(st.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(Qt.CheckState.Checked if switches.get(st.name) else Qt.CheckState.Unchecked)
            t.setItem(r, 0, name)
            t.setItem(r, 1, box)
        t.blockSignals(False)
        for m in MOMENTS:
            self.edits[m].setText("、".join(phrases.of(m)))

    def _switched(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        station = self.stations.item(item.row(), 0).text()
        on = item.checkState() == Qt.CheckState.Checked
        try:
            self.ctx.site.save_audio_station(station, on, self.ctx.store)
        except (StoreError, OSError, ValueError) as e:
            self.say(self.tr("Not saved: {error}").format(error=error_text(e)))
            self.reload()
            return
        self.say(self.tr("Sound is on for {station}.").format(station=station) if on
                 else self.tr("Sound is off for {station}.").format(station=station))
        self.switched.emit()

    def save_phrases(self) -> bool:
        """Saves the edited phrases (audited); says what went wrong and keeps the old ones otherwise."""
        try:
            old = self._phrases()
            new = PhraseSet(**{m: split_phrases(self.edits[m].text()) for m in MOMENTS})
            self.ctx.site.save_phrases(new, self.ctx.store, previous=old)
        except (ValidationError, StoreError, OSError, ValueError) as e:
            self.say(self.tr("Not saved: {error}").format(error=error_text(e)))
            return False
        self.say(self.tr("Phrases saved; the next analysis uses them."))
        return True
