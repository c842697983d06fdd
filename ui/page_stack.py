"""The main window's right-hand side: one page at a time, each built the first time it is
shown or asked for. Until the office's data is open (``ui/opening.py``) it shows a
"opening the data…" note in place of any page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ui.i18n import tr


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self.waiting = QLabel(tr("กำลังเปิดข้อมูล…"), self)
        # Centred by the style sheet: the Qt namespace (Qt.AlignmentFlag) costs tens of ms to
        # load in PySide, which the first window does without.
        self.waiting.setStyleSheet("font-size: 16pt; color: #555; qproperty-alignment: AlignCenter;")
        self.addWidget(self.waiting)

    def add(self, title: str, build: Callable[[], QWidget]) -> None:
        self._titles.append(title)
        self._builders[title] = build

    def titles(self) -> list[str]:
        return list(self._titles)

    def is_built(self, title: str) -> bool:
        return title in self._pages

    def page(self, title: str) -> QWidget:
        """The page of ``title``, built now if it has not been yet."""
        if title not in self._pages:
            self.adopt(title, self._builders[title]())
        return self._pages[title]

    def adopt(self, title: str, page: QWidget) -> None:
        """Take a page built elsewhere (pages built together, e.g. the province pages)."""
        if title not in self._builders:
            raise KeyError(title)
        self._pages[title] = page
        self.addWidget(page)

    def built(self) -> list[QWidget]:
        """The pages built so far, in navigation order."""
        return [self._pages[t] for t in self._titles if t in self._pages]

    def show_waiting(self) -> None:
        self.setCurrentWidget(self.waiting)
