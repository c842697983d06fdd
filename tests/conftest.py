"""Shared fixtures: a fresh real SQLite database in a temp folder per test, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CDDESK_DATA_DIR", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cddesk.db import Database  # noqa: E402
from cddesk.paths import DataPaths  # noqa: E402


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "office")


@pytest.fixture
def db(data_paths: DataPaths):
    database = Database(data_paths)
    yield database
    database.dispose()
