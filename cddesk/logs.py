"""Rotating log file in the data folder's ``logs/``; one call at start-up.

The log is a help, never a reason to stop or to alarm: a record that cannot be written
(full or read-only disk, a rename that fails on rotation) is dropped without a word —
not Python's ``--- Logging error ---`` traceback on stderr. The file is closed and
reopened for the next record, so logging resumes by itself once there is space again.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys

from cddesk.paths import DataPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose storage errors drop the record quietly."""

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
