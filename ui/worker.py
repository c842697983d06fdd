"""The one background helper: run a function on the thread pool and deliver
``(result, error)`` on the GUI thread by signal. Workers never touch widgets; services
they call open their own sessions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the caller, which decides
            self.relay.done.emit(None, exc)
        else:
            self.relay.done.emit(result, None)


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]) -> None:
    relay = _Relay()
    _live.add(relay)  # keep the relay alive until it has delivered

    def deliver(result: Any, error: BaseException | None) -> None:
        _live.discard(relay)
        on_done(result, error)

    relay.done.connect(deliver)
    QThreadPool.globalInstance().start(_Job(fn, relay))
