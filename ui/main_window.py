"""The main window: only wires the screens together (one tab each)."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ui.context import AppContext
from ui.screens.inspection import InspectionScreen
from ui.screens.kiosk import KioskScreen
from ui.screens.live import LiveScreen
from ui.screens.review import ReviewScreen
from ui.screens.scores import ScoresScreen
from ui.screens.settings import SettingsScreen


class MainWindow(QMainWindow):
    """Tabs: live, review, scores, self-check, inspection, settings.

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
        self.resize(1400, 880)
        self.build()

    def build(self) -> None:
        """(Re)creates every screen in the current language."""
        current = self.tabs.currentIndex()
        self._shutdown_screens()
        self.tabs.clear()
        self.setWindowTitle(self.tr("DeskConduct — front-desk conduct"))
        self.live = LiveScreen(self.ctx, processor_factory=self.processor_factory)
        self.review = ReviewScreen(self.ctx)
        self.scores = ScoresScreen(self.ctx)
        self.kiosk = KioskScreen(self.ctx, processor_factory=self.processor_factory)
        self.inspection = InspectionScreen(self.ctx, processor_factory=self.processor_factory)
        self.settings = SettingsScreen(self.ctx)
        for screen, title in ((self.live, self.tr("Live")), (self.review, self.tr("Review")),
                              (self.scores, self.tr("Scores")), (self.kiosk, self.tr("Self-check")),
                              (self.inspection, self.tr("Inspection")), (self.settings, self.tr("Settings"))):
            self.tabs.addTab(screen, title)
        self.review.decided.connect(lambda _id: self.scores.reload())
        self.scores.open_event.connect(self.open_event)
        self.settings.data_changed.connect(self._data_changed)
        self.settings.language_chosen.connect(self._language_chosen)
        self.live.run_ended.connect(lambda _s: self.review.reload())
        self.inspection.saved.connect(lambda _id: self.scores.reload())
        self.tabs.currentChanged.connect(self._tab_changed)
        if current >= 0:
            self.tabs.setCurrentIndex(current)

    def open_event(self, event_id: int) -> None:
        """Shows an event in the review screen (drill-down from the scores)."""
        self.tabs.setCurrentWidget(self.review)
        self.review.show_event(event_id)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not self.kiosk and self.kiosk.runner is not None:
            self.kiosk.stop()
        if self.tabs.widget(index) is not self.inspection and self.inspection.runner is not None:
            self.inspection.finish()  # frees the camera; what was seen so far stays on the checklist

    def _data_changed(self) -> None:
        self.review.reload()
        self.scores.reload()
        self.inspection.reload_staff()

    def _language_chosen(self, lang: str) -> None:
        if self._switch_language is not None:
            self._switch_language(lang)
        self.build()
        self.settings.set_language_choice(lang)

    def _shutdown_screens(self) -> None:
        for name in ("live", "kiosk", "inspection"):
            screen: QWidget | None = getattr(self, name, None)
            if screen is not None:
                screen.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._shutdown_screens()
        super().closeEvent(event)
