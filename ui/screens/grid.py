"""Every station at once: one tile per camera of the site, run in-process by one monitoring service.

Each tile shows the station's newest analysed frame with the persons' boxes, its state (ok,
reconnecting, not calibrated, disk full, failed...), how many people are at the post and the
violations going on now. A click on a tile opens the full view of that station (**Back to all
stations** returns). The engine side is :class:`inspector.monitor.service.MonitorService`: one set
of models for every camera, fair turns; this screen only reads its snapshots on a timer.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget,
                               QVBoxLayout, QWidget)

from inspector.monitor.service import MonitorService, StationSnapshot, StationState
from ui.context import AppContext
from ui.error_text import message_text
from ui.labels import rule_name, source_problem
from ui.widgets.video import Caption, VideoView

try:  # the overlay module of the engine; without it the tiles show boxes only
    from inspector.draw import draw_skeleton
except ImportError:  # pragma: no cover
    draw_skeleton = None

STATE_STYLE = {
    StationState.OK: "background:#2e7d32;color:white;",
    StationState.STARTING: "background:#1f5fa8;color:white;",
    StationState.RECONNECTING: "background:#b26a00;color:white;",
    StationState.UNCALIBRATED: "background:#6d4c41;color:white;",
    StationState.DISK_FULL: "background:#b3261e;color:white;",
    StationState.FAILED: "background:#b3261e;color:white;",
    StationState.FINISHED: "background:#555;color:white;",
    StationState.STOPPED: "background:#555;color:white;",
}
"""Colour of each state's badge."""

TILE_COLUMNS = 2
"""Tiles per row (four counters fill a 2 x 2 grid)."""

ServiceFactory = Callable[[AppContext], MonitorService]
"""Builds the service for the site (tests may give one over their own stations)."""


def site_service(ctx: AppContext) -> MonitorService:
    """The service over every station of the site that has a camera (as ``inspector monitor`` builds it).

    Raises:
        inspector.monitor.site.NoStationError: No station has a camera.
    """
    from inspector.monitor.site import build_service, chain_factory, site_stations

    stations = site_stations(ctx.store)
    try:
        badge = ctx.site.load_badge()
    except ValueError:
        badge = None
    return build_service(stations, ctx.cfg, ctx.rules, chain_factory(ctx.cfg, ctx.rules, ctx.store, ctx.site),
                         ctx.cfg.monitor, badge)


class StationTile(QFrame):
    """One station's tile; a click asks for its full view.

    Signals:
        clicked: The station's name.
    """

    clicked = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.seq = -1
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(f"<b>{name}</b>")
        self.state = QLabel()
        self.state.setStyleSheet("padding:2px 6px;border-radius:3px;")
        self.view = VideoView()
        self.view.setMinimumSize(280, 160)
        self.people = QLabel()
        self.violations = QLabel()
        self.violations.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.people)
        lay.addWidget(self.violations)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.clicked.emit(self.name)
        super().mousePressEvent(event)


class GridScreen(QWidget):
    """All stations in a grid, run by one in-process monitoring service; a click opens one in full.

    Args:
        ctx: The app context.
        service_factory: Builds the service (default: every station of the site with a camera).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 service_factory: ServiceFactory | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service_factory = service_factory or site_service
        self.service: MonitorService | None = None
        self.tiles: dict[str, StationTile] = {}
        self.focused: str | None = None
        self._focus_seq = -1
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.refresh)

    def _build(self) -> None:
        self.start_btn = QPushButton(self.tr("Start all stations"))
        self.stop_btn = QPushButton(self.tr("Stop"))
        self.stop_btn.setEnabled(False)
        self.start_btn.clicked.connect(self.start)
        self.stop_btn.clicked.connect(self.stop)
        self.summary = QLabel(self.tr("Not running"))
        top = QHBoxLayout()
        top.addWidget(self.start_btn)
        top.addWidget(self.stop_btn)
        top.addWidget(self.summary, 1)
        self.message = QLabel(self.tr("Every station with a camera is watched at once, with one set of models. "
                                      "Press Start."))
        self.message.setWordWrap(True)
        grid_page = QWidget()
        self.grid = QGridLayout(grid_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_page)
        self.back_btn = QPushButton(self.tr("Back to all stations"))
        self.back_btn.clicked.connect(self.show_grid)
        self.focus_title = QLabel()
        self.focus_state = QLabel()
        self.focus_state.setStyleSheet("padding:2px 6px;border-radius:3px;")
        self.focus_view = VideoView()
        self.focus_people = QLabel()
        self.focus_violations = QLabel()
        self.focus_violations.setWordWrap(True)
        self.focus_note = QLabel()
        self.focus_note.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.back_btn)
        head.addWidget(self.focus_title, 1)
        head.addWidget(self.focus_state)
        focus_page = QWidget()
        fl = QVBoxLayout(focus_page)
        fl.addLayout(head)
        fl.addWidget(self.focus_view, 1)
        fl.addWidget(self.focus_people)
        fl.addWidget(self.focus_violations)
        fl.addWidget(self.focus_note)
        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(focus_page)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.pages, 1)

    # -- control --------------------------------------------------------------------------------
    def start(self) -> None:
        """Starts the service over the site's stations (returns at once; models load on a worker thread)."""
        from inspector.monitor.site import NoStationError

        if self.service is not None:
            self.stop()
        try:
            service = self.service_factory(self.ctx)
        except NoStationError:
            self.message.setText(self.tr("No station has a camera yet: add one in the settings or with "
                                         "`inspector stations add NAME --camera SRC`."))
            self.message.show()
            return
        self.service = service
        self._make_tiles([s.name for s in service.snapshots()])
        service.start()
        self.message.hide()
        self.start_btn.setEnabled(False)
        self.stop_btn.setEnabled(True)
        self.timer.start()

    def stop(self) -> None:
        """Stops every station (open events are ended and stored)."""
        service, self.service = self.service, None
        self.timer.stop()
        if service is not None:
            service.stop()
            self._show(service.snapshots())
        self.start_btn.setEnabled(True)
        self.stop_btn.setEnabled(False)

    def shutdown(self) -> None:
        """The window is closing: stops the service."""
        self.stop()

    def show_station(self, name: str) -> None:
        """Opens the full view of one station."""
        self.focused = name
        self._focus_seq = -1
        self.focus_title.setText(f"<b>{name}</b>")
        self.pages.setCurrentIndex(1)
        if self.service is not None:
            self._show(self.service.snapshots())

    def show_grid(self) -> None:
        """Back to every station."""
        self.focused = None
        self.pages.setCurrentIndex(0)

    # -- display --------------------------------------------------------------------------------
    def _make_tiles(self, names: list[str]) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        for i, name in enumerate(names):
            tile = StationTile(name)
            tile.clicked.connect(self.show_station)
            self.grid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
            self.tiles[name] = tile

    def refresh(self) -> None:
        """Timer tick: every tile's newest frame, state, people and violations (never blocks)."""
        if self.service is None:
            return
        snaps = self.service.snapshots()
        self._show(snaps)
        if self.service.wait(0):  # every source ended (video files)
            self.stop()

    def _show(self, snaps: tuple[StationSnapshot, ...]) -> None:
        running = sum(1 for s in snaps if s.state is StationState.OK)
        self.summary.setText(self.tr("{running} of {total} station(s) running · {fps:.1f} analysed fps in all").format(
            running=running, total=len(snaps), fps=sum(s.fps for s in snaps)))
        for snap in snaps:
            tile = self.tiles.get(snap.name)
            if tile is not None:
                self._show_tile(tile, snap)
            if snap.name == self.focused:
                self._show_focus(snap)

    def note_text(self, snap: StationSnapshot) -> str:
        """The engine's note on a station (why it is not judged, a source problem) in the user's language."""
        if not snap.note:
            return ""
        if snap.state is StationState.UNCALIBRATED:
            return self.tr("Station {station} has neither a region nor a camera calibration, so nothing tells its "
                           "staff from customers: it is shown, not judged. Calibrate its camera in the live view "
                           "(Calibrate camera…) or draw its region with: inspector stations region {station} "
                           "X0,Y0,X1,Y1").format(station=snap.name)
        return source_problem(message_text(snap.note))

    def _show_tile(self, tile: StationTile, snap: StationSnapshot) -> None:
        tile.state.setText(self.state_text(snap.state))
        tile.state.setStyleSheet("padding:2px 6px;border-radius:3px;" + STATE_STYLE[snap.state])
        tile.state.setToolTip(self.note_text(snap))
        tile.people.setText(self.people_text(snap))
        tile.violations.setText(self.violations_text(snap))
        if snap.seq != tile.seq:
            tile.seq = snap.seq
            self._paint(tile.view, snap)
        if snap.state in (StationState.FAILED, StationState.RECONNECTING) and not tile.view.has_frame:
            tile.view.show_message(self.state_text(snap.state))

    def _show_focus(self, snap: StationSnapshot) -> None:
        self.focus_state.setText(self.state_text(snap.state))
        self.focus_state.setStyleSheet("padding:2px 6px;border-radius:3px;" + STATE_STYLE[snap.state])
        self.focus_people.setText(self.people_text(snap) + " · " + self.tr(
            "{fps:.1f} analysed fps · oldest frame {age:.2f} s").format(fps=snap.fps, age=snap.oldest_age_s))
        self.focus_violations.setText(self.violations_text(snap))
        self.focus_note.setText(self.note_text(snap))
        if snap.seq != self._focus_seq:
            self._focus_seq = snap.seq
            self._paint(self.focus_view, snap)

    def _paint(self, view: VideoView, snap: StationSnapshot) -> None:
        result = snap.latest
        if result is None:
            view.show_message(self.tr("Starting…"))
            return
        image = result.frame.image
        if draw_skeleton is not None:
            image = image.copy()
            for p in result.persons:
                draw_skeleton(image, p)
        flagged = {v.track_id for v in snap.active}
        view.show_frame(image, tuple(Caption(p.bbox, f"#{p.track_id}", p.track_id in flagged)
                                     for p in result.persons))
        view.show_message("" if result.persons else self.tr("Nobody in view"))

    def state_text(self, state: StationState) -> str:
        """The state as the badge says it."""
        return {StationState.OK: self.tr("OK"), StationState.STARTING: self.tr("Starting…"),
                StationState.RECONNECTING: self.tr("Reconnecting…"),
                StationState.UNCALIBRATED: self.tr("Not calibrated"), StationState.DISK_FULL: self.tr("Disk full"),
                StationState.FAILED: self.tr("Failed"), StationState.FINISHED: self.tr("Ended"),
                StationState.STOPPED: self.tr("Stopped")}[state]

    def people_text(self, snap: StationSnapshot) -> str:
        """How many people are at the post."""
        if snap.state is StationState.UNCALIBRATED:
            return self.tr("Not judged: calibrate the camera or draw the station's region")
        return self.tr("%n person(s) at the post", "", snap.people_at_post)

    def violations_text(self, snap: StationSnapshot) -> str:
        """The violations going on."""
        if not snap.active:
            return self.tr("No violation now")
        post = self.tr("post")
        items = ", ".join(f"{rule_name(v.rule_id)} ({post if v.track_id < 0 else f'#{v.track_id}'})"
                          for v in snap.active)
        return self.tr("Now: {items}").format(items=items)
