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


@pytest.fixture(scope="session")
def sample_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the sample office, made once per run (tests copy it)."""
    from cddesk.app_services import Services
    from cddesk.sample_office import create_sample_office

    root = tmp_path_factory.mktemp("sample") / "office"
    services = Services.open(DataPaths(root))
    create_sample_office(services)
    services.close()
    return root


@pytest.fixture
def sample_services(sample_root: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The sample office's services on a private copy of its data folder."""
    import shutil

    from cddesk.app_services import Services

    root = tmp_path / "sample-copy"
    shutil.copytree(sample_root, root)
    services = Services.open(DataPaths(root))
    yield services
    services.close()
