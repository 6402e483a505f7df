"""The source picker shared by the live view and the self-check: kind, camera number / path / address, Browse…"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.folders import open_file

KINDS = ("camera", "file", "url")


def kind_of(spec: str) -> str:
    """The kind a source text names: a camera number, a stream address or a file."""
    spec = spec.strip()
    if not spec or spec.isdigit():
        return "camera"
    return "url" if "://" in spec else "file"


class SourcePicker(QWidget):
    """Kind (camera, video file and, when ``kinds`` has it, stream URL), the source text and Browse….

    Args:
        spec: The source shown first ("" means camera 0).
        kinds: The kinds offered, of :data:`KINDS`.
    """

    def __init__(self, spec: str = "", kinds: tuple[str, ...] = KINDS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {"camera": self.tr("Camera"), "file": self.tr("Video file"), "url": self.tr("Stream URL (RTSP)")}
        self.kind = QComboBox()
        for k in kinds:
            self.kind.addItem(names[k], k)
        self.spec = QLineEdit()
        self.spec.setPlaceholderText(self.tr("camera number, file path or rtsp:// address")
                                     if "url" in kinds else self.tr("camera number or file path"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        self.kind.activated.connect(self._kind_chosen)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.kind)
        lay.addWidget(self.spec, 1)
        lay.addWidget(self.browse)
        self.set_source(spec or "0")

    def text(self) -> str:
        """The source as typed (stripped)."""
        return self.spec.text().strip()

    def set_source(self, spec: str) -> None:
        """Shows ``spec`` and the kind it names."""
        self.spec.setText(spec)
        found = self.kind.findData(kind_of(spec))
        if found >= 0:
            self.kind.setCurrentIndex(found)

    def _kind_chosen(self, _index: int) -> None:
        if self.kind.currentData() == "camera" and not self.text().isdigit():
            self.spec.setText("0")
        elif self.kind.currentData() == "file" and kind_of(self.text()) != "file":
            self._browse()

    def _browse(self) -> None:
        path = open_file(self, self.tr("Open a video"), self.tr("Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)"),
                         "videos")
        if path:
            self.set_source(path)
