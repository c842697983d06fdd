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


SENT_PASSPHRASE = "รหัสผ่าน-ทดสอบ-123"


@pytest.fixture(scope="session")
def sent_packages(sample_root: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The sample office (โพนพิสัย, 4305) with its signing identity, two exports of February 2568
    (versions 1 and 2) and its certificate as a .pem — made once per run."""
    import datetime as dt
    import shutil

    from cddesk import signing
    from cddesk.app_services import Services
    from cddesk.office_facts import score_office
    from cddesk.package.export import export_package
    from cddesk.periods import parse_period

    feb = parse_period("2568-02")
    root = tmp_path_factory.mktemp("district") / "office"
    shutil.copytree(sample_root, root)
    services = Services.open(DataPaths(root))
    profile = services.office.profile()
    assert profile is not None
    identity = signing.create_identity(root, SENT_PASSPHRASE, profile.office_name, profile.province_name,
                                       profile.district_name)
    out = tmp_path_factory.mktemp("packages")
    first = export_package(services, identity, feb, out / "v1.zip", today=dt.date(2025, 4, 20))
    second = export_package(services, identity, feb, out / "v2.zip", today=dt.date(2025, 4, 20))
    score = score_office(services.db, None, feb.end)
    services.close()
    pem = out / "office.pem"
    pem.write_bytes(signing.certificate_pem(identity.cert))
    return {"root": root, "identity": identity, "v1": first, "v2": second, "pem": pem, "score": score}
