"""Opening the office's data while the window is already on screen.

Importing SQLAlchemy, the models and the activity kinds and opening the database take about
a second; a window that waited for them would appear that much later. When the start-up
glance (:mod:`cddesk.startup`) finds a sound, known office, ``ui.app.run_gui`` shows the
window at once and :class:`BackgroundOpen` does that work on a worker thread, then hands
the services to the window on the GUI thread (``MainWindow.attach``). Meanwhile the window
answers: the navigation works, a page chosen shows "opening the data…" until it can be built.

Anything the background open cannot settle by itself — a damaged database (it runs the
quick check first), a storage error, a newer CD Desk's file — is done again by the full open on the GUI thread
(``ui.app.open_services``), which shows the same offers and messages as a start without
the glance; when that gives up, the program ends with exit code 2."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from cddesk.errors import DatabaseCorrupt, KnownError
from cddesk.paths import DataPaths

if TYPE_CHECKING:
    from cddesk.app_services import Services
    from ui.main_window import MainWindow


def _open(paths: DataPaths) -> tuple[Services, tuple[str, str]]:
    """On the worker thread: the file's soundness check, the database layer and the services,
    then the home page's text (its queries, and the page's modules imported, here rather than
    on the GUI thread, which shows that text as it is: nothing can be written meanwhile)."""
    from cddesk import backup
    from cddesk.app_services import Services
    from ui.pages.home_page import summary

    if not backup.is_sound(paths.database):
        raise DatabaseCorrupt(f"ไฟล์ฐานข้อมูล {paths.database} เสียหาย", detail="PRAGMA quick_check")
    services = Services.open(paths)
    home_text = summary(services)
    keep_opened_objects()
    return services, home_text


def after_open(services: Services) -> None:
    """Off the GUI thread once the window has the services: the database keeps the facts the
    first scoring read from rows (the next start reads them back in a tenth of the time), and
    the rows of the kinds whose facts came from there are read, so that the first edit
    compares rows instead of reading a kind afresh (:mod:`cddesk.office_facts`)."""
    from cddesk.office_facts import keep_prepared, prepare_for_edits

    keep_prepared(services.db)
    prepare_for_edits(services.db)
    keep_opened_objects()  # (the rows just read live as long as the facts)


def keep_opened_objects() -> None:
    """Once the start-up's long-lived objects are made — the modules, the database layer and
    the office's facts the home page's scoring reads and keeps (half a million objects in an
    office of 100,000 computers, made while collection pauses) — take them out of the cyclic
    garbage collector's sight (``gc.freeze``). Otherwise the next collections walk them all,
    120–190 ms each, on the GUI thread at the user's first clicks (opening a list). They are
    still freed by reference counting when the facts are read again."""
    gc.freeze()


class BackgroundOpen(QObject):
    _done = Signal(object, object)  # (services, home text), error: emitted on the worker, received on the GUI thread

    def __init__(self, paths: DataPaths, window: MainWindow, on_ready: Callable[[Services], None]) -> None:
        super().__init__()
        self.paths = paths
        self.window = window
        self.on_ready = on_ready
        self._opened: Services | None = None
        self._thread = threading.Thread(target=self._run, name="cddesk-open", daemon=True)
        self._done.connect(self._finish)

    def start_after_paint(self, at_most_ms: int = 300) -> None:
        """Start once the window has been painted for the first time — a worker importing
        meanwhile would slow that paint, which needs the interpreter too — or after
        ``at_most_ms`` if no paint comes (a window that starts minimised)."""
        self.window.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.UpdateRequest:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.start)  # after this paint
        return False

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _run(self) -> None:
        try:
            self._opened, home_text = _open(self.paths)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._done.emit(None, exc)
        else:
            self._done.emit((self._opened, home_text), None)

    def _finish(self, opened: tuple[Services, tuple[str, str]] | None, error: BaseException | None) -> None:
        services, home_text = opened if opened is not None else (None, None)
        if error is not None:
            if not isinstance(error, KnownError):
                raise error
            from ui.app import open_services

            services = self._opened = open_services(self.paths)  # its offers and messages, on this thread
            if services is None:
                self.window.close()
                QApplication.exit(2)
                return
        assert services is not None
        self.window.attach(services, home_text)
        self.on_ready(services)

    def wait(self) -> Services | None:
        """After the event loop has ended: the services, if they were opened (to be closed)."""
        if self._thread.ident is not None:
            self._thread.join()
        return self._opened
