"""The main window: only wires the screens together (one tab each).

The screens follow the signed-in role (:mod:`inspector.auth`): managers get every tab; auditors
review, score and inspect but get no settings; staff get "My events" (their own events, with an
appeal), their own scores and the self-check. The status bar names the account and its role.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QWidget

from inspector.auth import Permission
from ui.language import LANGUAGES, preferred_language
from ui.signin import actor_text

from ui.context import AppContext
from ui.screens.grid import GridScreen
from ui.screens.inspection import InspectionScreen
from ui.screens.kiosk import KioskScreen
from ui.screens.live import LiveScreen
from ui.screens.review import ReviewScreen
from ui.screens.scores import ScoresScreen
from ui.screens.settings import SettingsScreen
from ui.screens.sound_settings import SoundIndicator


class MainWindow(QMainWindow):
    """Tabs: live, review, scores, self-check, inspection, settings (as the role allows).

    Args:
        ctx: The app context.
        switch_language: Called with a language code when the user applies another language; the
            window then rebuilds its screens so every text is translated again.
        processor_factory: Builds the live view's processor (default: the perception pipeline).
    """

    def __init__(self, ctx: AppContext, switch_language=None, processor_factory=None) -> None:
        super().__init__()
        self.ctx = ctx
        self._switch_language = switch_language
        self.processor_factory = processor_factory
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.sound_label = SoundIndicator(ctx)
        self.statusBar().addPermanentWidget(self.sound_label)
        self.language_box: QComboBox | None = None
        self._lang = preferred_language()
        self.resize(1400, 880)
        self.build()

    @property
    def staff_view(self) -> bool:
        """Whether the signed-in account sees only its own data (a staff account)."""
        return not self.ctx.store.can(Permission.READ_ALL)

    def resume_live(self) -> bool:
        """Restarts the live source that was running when the app last closed (see :meth:`LiveScreen.resume_last`)."""
        if self.live is None or not self.live.resume_last():
            return False
        self.tabs.setCurrentWidget(self.live)
        return True

    def build(self) -> None:
        """(Re)creates every screen in the current language, for the signed-in role."""
        current = self.tabs.currentIndex()
        self._shutdown_screens()
        self.tabs.clear()
        self.setWindowTitle(self.tr("DeskConduct — front-desk conduct"))
        store = self.ctx.store
        mine = self.staff_view
        self.live = None if mine else LiveScreen(self.ctx, processor_factory=self.processor_factory)
        self.grid = None if mine else GridScreen(self.ctx)
        self.review = ReviewScreen(self.ctx, mine=mine)
        self.scores = ScoresScreen(self.ctx)
        self.kiosk = KioskScreen(self.ctx, processor_factory=self.processor_factory)
        self.inspection = (InspectionScreen(self.ctx, processor_factory=self.processor_factory)
                           if store.can(Permission.INSPECT) else None)
        self.settings = SettingsScreen(self.ctx) if store.can(Permission.CONFIGURE) else None
        tabs = ((self.live, self.tr("Live")), (self.grid, self.tr("All stations")),
                (self.review, self.tr("My events") if mine else self.tr("Review")),
                (self.scores, self.tr("My scores") if mine else self.tr("Scores")),
                (self.kiosk, self.tr("Self-check")), (self.inspection, self.tr("Inspection")),
                (self.settings, self.tr("Settings")))
        for screen, title in tabs:
            if screen is not None:
                self.tabs.addTab(screen, title)
        self.review.decided.connect(lambda _id: self.scores.reload())
        self.scores.open_event.connect(self.open_event)
        if self.settings is not None:
            self.settings.data_changed.connect(self._data_changed)
            self.settings.language_chosen.connect(self._language_chosen)
            self.settings.sound.switched.connect(self.sound_label.refresh)
        if self.live is not None:
            self.live.run_ended.connect(lambda _s: self.review.reload())
        if self.inspection is not None:
            self.inspection.saved.connect(lambda _id: self.scores.reload())
        self.tabs.currentChanged.connect(self._tab_changed)
        if current >= 0:
            self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        self.user_label.setText(actor_text(self.ctx.actor, store.has_accounts()))
        self.sound_label.refresh()
        self._language_switch()

    def _language_switch(self) -> None:
        """Without the settings tab, the language is chosen in the status bar."""
        if self.language_box is not None:
            self.statusBar().removeWidget(self.language_box)
            self.language_box.deleteLater()
            self.language_box = None
        if self.settings is not None:
            return
        box = QComboBox()
        names = {"zh_CN": "简体中文", "en": "English"}
        for lang in LANGUAGES:
            box.addItem(names[lang], lang)
        box.setCurrentIndex(max(0, box.findData(self._lang)))
        box.activated.connect(lambda _i: self._language_chosen(box.currentData()))
        self.statusBar().addPermanentWidget(box)
        self.language_box = box

    def set_language_choice(self, lang: str) -> None:
        """Shows ``lang`` as the chosen language (settings tab or status bar)."""
        self._lang = lang
        if self.settings is not None:
            self.settings.set_language_choice(lang)
        if self.language_box is not None:
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(lang)))

    def open_event(self, event_id: int) -> None:
        """Shows an event in the review screen (drill-down from the scores)."""
        self.tabs.setCurrentWidget(self.review)
        self.review.show_event(event_id)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not self.kiosk and self.kiosk.runner is not None:
            self.kiosk.stop()
        if (self.inspection is not None and self.tabs.widget(index) is not self.inspection
                and self.inspection.runner is not None):
            self.inspection.finish()  # frees the camera; what was seen so far stays on the checklist

    def _data_changed(self) -> None:
        self.review.reload()
        self.scores.reload()
        if self.inspection is not None:
            self.inspection.reload_staff()

    def _language_chosen(self, lang: str) -> None:
        was_running = self.live is not None and self.live.runner is not None
        if self._switch_language is not None:
            self._switch_language(lang)
        self._lang = lang
        self.build()
        self.set_language_choice(lang)
        if was_running:
            self.resume_live()  # the rebuild stopped the run; it goes on in the new language

    def _shutdown_screens(self) -> None:
        for name in ("live", "grid", "kiosk", "inspection"):
            screen: QWidget | None = getattr(self, name, None)
            if screen is not None:
                screen.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._shutdown_screens()
        super().closeEvent(event)
