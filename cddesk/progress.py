"""Progress and cancellation for long work (reports, packages) run off the GUI thread.

The worker calls :meth:`Progress.step`; the dialog's Cancel button calls
:meth:`Progress.cancel`, and the next ``step`` raises :class:`Cancelled`. Work that writes
a file writes it under a temporary name first, so a cancel leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from cddesk.errors import KnownError


class Cancelled(KnownError):
    def __init__(self) -> None:
        super().__init__("ยกเลิกแล้ว ไม่มีไฟล์ใดถูกบันทึก")


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is; raises :class:`Cancelled` once cancel was asked for."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total, text)
