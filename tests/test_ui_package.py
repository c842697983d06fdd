"""The "send to the province" page: identity, certificate export, a package made in the
background (versions, cancel) — on the sample office, with real signatures."""

from __future__ import annotations

from pathlib import Path

import pytest

from cddesk import signing
from cddesk.app_services import Services
from cddesk.errors import KnownError
from cddesk.package.verify import Trust, verify_package
from cddesk.periods import parse_period
from ui.app import create_application
from ui.main_window import MainWindow
from ui.pages.package_page import PackagePage

PASS = "รหัสผ่านสำนักงาน"


@pytest.fixture
def page(qtbot, sample_services: Services) -> PackagePage:  # type: ignore[no-untyped-def]
    create_application()
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.show()
    found = window.go_to("ส่งจังหวัด")
    assert isinstance(found, PackagePage)
    found.picker.set_period(parse_period("2568-02"))
    return found


def test_identity_certificate_and_two_versions(qtbot, page: PackagePage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "ยังไม่มีใบรับรอง" in page.identity_label.text() and not page.cert_button.isEnabled()
    assert "ยังไม่เคยส่งออก" in page.last_label.text()
    page.export_to(tmp_path / "v1.zip", PASS)  # the first export creates the identity
    qtbot.waitUntil(lambda: page.made is not None, timeout=60_000)
    assert "โพนพิสัย" in page.identity_label.text() and page.cert_button.isEnabled()
    assert "รุ่น 1" in page.message.text() and "รุ่น 1" in page.last_label.text()
    page.export_certificate(tmp_path / "office.pem")
    cert = signing.read_certificate((tmp_path / "office.pem").read_bytes())
    verified = verify_package(tmp_path / "v1.zip", Trust(certificates=[cert],
                                                         districts={signing.fingerprint(cert): "4305"}))
    assert verified.manifest["period"]["key"] == "2568-02"
    first = page.made
    page.made = None
    page.export_to(tmp_path / "v2.zip", PASS)
    qtbot.waitUntil(lambda: page.made is not None, timeout=60_000)
    assert page.made.version == 2 and page.made.replaces == first.package_id  # type: ignore[union-attr]
    assert "แทนชุดเดิม" in page.message.text()
    with pytest.raises(KnownError, match="รหัสผ่านไม่ถูกต้อง"):
        page.export_to(tmp_path / "v3.zip", "ผิดรหัสผ่าน")
    assert not (tmp_path / "v3.zip").exists()


def test_cancel_writes_nothing(qtbot, page: PackagePage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    results = []
    page.exported.connect(results.append)
    out = tmp_path / "out"
    out.mkdir()
    page.export_to(out / "x.zip", PASS)
    assert page.progress is not None
    page.progress.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    assert results == [None] and "ยกเลิก" in page.message.text()
    assert list(out.iterdir()) == []
