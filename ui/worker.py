"""The background helpers: run a function on the thread pool and deliver ``(result, error)``
on the GUI thread by signal; :func:`run_with_progress` adds a progress dialog fed by a
:class:`cddesk.progress.Progress` whose Cancel button cancels the work. Workers never touch
widgets; services they call open their own sessions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cddesk.progress import Progress


class _Relay(QObject):
    done = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except BaseException as exc:  # delivered to the caller, which decides
            result, error = None, exc
        try:
            self.relay.done.emit(result, error)
        except RuntimeError:  # the program is closing and Qt has deleted the relay: nobody to tell
            pass


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]) -> None:
    relay = _Relay()
    _live.add(relay)  # keep the relay alive until it has delivered

    def deliver(result: Any, error: BaseException | None) -> None:
        _live.discard(relay)
        on_done(result, error)

    relay.done.connect(deliver)
    QThreadPool.globalInstance().start(_Job(fn, relay))


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog (queued across threads)."""

    moved = Signal(int, int, str)


def run_with_progress(parent: QWidget, label: str, cancel_text: str, work: Callable[[Progress], Any],
                      on_done: Callable[[Any, BaseException | None], None]) -> Progress:
    """``work(progress)`` off the GUI thread behind a modal progress dialog showing its steps;
    Cancel asks the work to stop (it raises ``Cancelled`` at its next step). Returns the
    :class:`Progress`, so callers (and tests) can cancel too."""
    relay = _ProgressRelay(parent)
    progress = Progress(lambda done, total, text: relay.moved.emit(done, total, text))
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(progress.cancel)

    def moved(done: int, total: int, text: str) -> None:
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
            dialog.setLabelText(f"{label}\n{text}")

    def finished(result: Any, error: BaseException | None) -> None:
        dialog.canceled.disconnect(progress.cancel)
        dialog.close()
        dialog.deleteLater()
        relay.deleteLater()
        on_done(result, error)

    relay.moved.connect(moved)
    run_in_background(lambda: work(progress), finished)
    return progress
