"""The English translation: complete, in step with the window's Thai source texts, and
really used when the office chooses English."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cddesk.app_services import Services
from cddesk.services.office import ProfileData
from ui.app import create_application
from ui.i18n import install_translator, qm_path, tr

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "cddesk_en.ts"
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> list[tuple[str, str | None, str | None]]:
    return [(m.findtext("source") or "", m.findtext("translation"), m.find("translation").get("type"))  # type: ignore[union-attr]
            for m in ET.parse(ts).iter("message")]


def test_every_text_is_translated_with_the_same_placeholders() -> None:
    found = messages(TS)
    assert len(found) > 150
    for source, english, kind in found:
        assert kind is None and english, f"untranslated: {source!r}"
        assert source.count("{") == english.count("{"), (source, english)


def test_ts_is_in_step_with_the_code(tmp_path: Path) -> None:
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py")) + [
        str(ROOT / "cddesk" / name)
        for name in ("kinds.py", "kind_choices.py", "kind_groups.py", "reports/__init__.py")]
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {s for s, _, _ in messages(fresh)}
    in_ts = {s for s, _, _ in messages(TS)}
    assert in_code - in_ts == set(), "run: bash scripts/update-translations.sh, then translate the new texts"
    assert in_ts - in_code == set(), "the .ts holds texts the window no longer shows"


@pytest.fixture
def english(tmp_path: Path):  # type: ignore[no-untyped-def]
    qm = Path(qm_path("en"))
    if not qm.exists():
        subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    create_application()
    assert install_translator("en")
    yield
    install_translator("th")


def test_window_in_english(qtbot, data_paths, english) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    services = Services.open(data_paths)
    services.office.save_profile(ProfileData(province_code="43", district_code="4307", head_name="นายทดสอบ", fiscal_year=2568))
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.nav.item(6).text() == "Computer register"
    assert window.nav.item(2).text() == "Reports"
    assert window.nav.item(1).text() == "Scores"
    page = window.go_to("ทะเบียนคอมพิวเตอร์")  # pages are still addressed by their Thai source title
    assert page.add_button.text() == "Add"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Asset number"
    assert tr("บันทึก") == "Save"
    services.close()


def test_thai_is_the_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    install_translator("th")
    assert tr("บันทึก") == "บันทึก"


def test_language_choice_is_remembered(qtbot, data_paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    create_application()
    services = Services.open(data_paths)
    services.office.save_profile(ProfileData(province_code="43", district_code="4307", head_name="นายทดสอบ", fiscal_year=2568))
    window = MainWindow(services)
    qtbot.addWidget(window)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    window.language_actions["en"].trigger()
    assert services.office.settings().language == "en"
    assert "next time" in told[0]
    services.close()
