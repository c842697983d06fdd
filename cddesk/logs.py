"""Rotating log file in the data folder's ``logs/``; one call at start-up.

The log is a help, never a reason to stop or to alarm: a record that cannot be written
(full or read-only disk, a rename that fails on rotation) is dropped without a word —
not Python's ``--- Logging error ---`` traceback on stderr. The file is closed and
reopened for the next record, so logging resumes by itself once there is space again.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from cddesk.paths import DataPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class QuietFileHandler(logging.FileHandler):
    """A log file rotated when a record would take it past ``maxBytes`` (``backupCount`` old
    ones kept as ``.1`` … ``.n``, as :class:`logging.handlers.RotatingFileHandler` does — whose
    module costs ~18 ms of every start for sockets, pickling and queues nothing here uses),
    whose storage errors drop the record quietly."""

    def __init__(self, filename: Path, maxBytes: int, backupCount: int, encoding: str = "utf-8") -> None:  # noqa: N803
        super().__init__(filename, mode="a", encoding=encoding)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.maxBytes > 0 and self._would_overflow(record):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = len((self.format(record) + self.terminator).encode(self.encoding or "utf-8"))
        return self.stream.tell() + size > self.maxBytes

    def _rotate(self) -> None:
        if self.stream is not None:
            stream, self.stream = self.stream, None
            stream.close()
        base = self.baseFilename
        for n in range(self.backupCount - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backupCount > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if not isinstance(sys.exc_info()[1], OSError):
            super().handleError(record)  # a bad format string is a bug: say so as logging does
            return
        stream, self.stream = self.stream, None  # the next record reopens it
        if stream is not None:
            try:
                stream.close()  # the unwritten rest of the record goes with it
            except OSError:
                pass


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> logging.Handler | None:
    root = logging.getLogger()
    root.setLevel(level)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = QuietFileHandler(
            paths.logs / "cddesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only data folder is reported by the database layer
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return handler
