"""Rotating log file in the data folder's ``logs/``; one call at start-up."""

from __future__ import annotations

import logging
import logging.handlers

from cddesk.paths import DataPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> logging.Handler | None:
    root = logging.getLogger()
    root.setLevel(level)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs / "cddesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only data folder is reported by the database layer
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return handler
