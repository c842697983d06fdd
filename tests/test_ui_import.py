"""The Excel import wizard as an officer uses it: sheet, mapping, preview, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from cddesk.app_services import Services
from cddesk.services.staff import StaffData
from tests.test_computer_import import HEADERS, good_file, register_row, write_xlsx
from ui.app import create_application
from ui.import_wizard import ImportWizard


def _services(data_paths) -> Services:  # type: ignore[no-untyped-def]
    services = Services.open(data_paths)
    for name in ("นางสาวสมศรี ใจดี", "นายสมชาย ขยันยิ่ง"):
        services.staff.save(StaffData(name=name))
    return services


def test_wizard_imports_fifty_rows(qtbot, data_paths, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_application()
    services = _services(data_paths)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    wizard = ImportWizard(services, path=good_file(tmp_path))
    qtbot.addWidget(wizard)
    assert wizard.open_file(wizard.path)
    assert wizard.sheet_combo.value() == "ทะเบียนคอมพิวเตอร์"
    wizard.next()  # sheet → mapping, guessed from the Thai headers
    mapping = wizard.mapping()
    assert mapping[HEADERS.index("เลขครุภัณฑ์")] == "asset_number"
    assert mapping[HEADERS.index("MAC Address")] == "mac_address"
    wizard.next()  # mapping → preview
    assert wizard.preview is not None and wizard.preview.ok_count == 50
    assert wizard.next_button.isEnabled() and wizard.next_button.text() == "นำเข้า"
    notes = [wizard.preview_table.item(r, 3).text() for r in range(wizard.preview_table.rowCount())]
    assert any("พ.ศ." in n for n in notes) and any("ค.ศ." in n for n in notes)  # which year was assumed
    wizard.next()  # import, in the background
    qtbot.waitUntil(lambda: bool(wizard.result_summary), timeout=10_000)
    assert len(services.computers.list()) == 50
    assert "50" in wizard.result_summary
    services.close()


def test_wizard_shows_bad_rows_and_imports_nothing(qtbot, data_paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_application()
    services = _services(data_paths)
    rows = [HEADERS, register_row(0), register_row(1, **{"MAC_Address": "zz-11"}), register_row(2)]
    wizard = ImportWizard(services, path=write_xlsx(tmp_path / "bad.xlsx", rows))
    qtbot.addWidget(wizard)
    wizard.open_file(wizard.path)
    wizard.next()
    wizard.next()
    verdicts = [wizard.preview_table.item(r, 1).text() for r in range(wizard.preview_table.rowCount())]
    assert verdicts.count("มีปัญหา") == 1
    assert not wizard.next_button.isEnabled()
    bad = verdicts.index("มีปัญหา")
    assert "MAC address" in wizard.preview_table.item(bad, 3).text()
    assert services.computers.list() == []
    services.close()


def test_wizard_refuses_a_file_that_is_not_excel(qtbot, data_paths, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_application()
    services = _services(data_paths)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    fake = tmp_path / "ทะเบียน.xlsx"
    fake.write_text("ลำดับ,เลขครุภัณฑ์\n1,7440\n", encoding="utf-8")
    wizard = ImportWizard(services, path=fake)
    qtbot.addWidget(wizard)
    assert not wizard.open_file(fake)
    assert shown and "Excel" in shown[0]
    services.close()


def test_the_office_is_scored_again_with_the_import(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After thousands of computers the register is read whole again: that is done by the
    import's worker, so the home page shown next finds the scores made (not the GUI thread)."""
    import datetime as dt

    from cddesk.office_facts import _cache, score_office
    from tests.record_builders import open_office

    create_application()
    services = open_office(tmp_path / "office")
    for name in ("นางสาวสมศรี ใจดี", "นายสมชาย ขยันยิ่ง"):
        services.staff.save(StaffData(name=name))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    wizard = ImportWizard(services, path=good_file(tmp_path))
    qtbot.addWidget(wizard)
    assert wizard.open_file(wizard.path)
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.result_summary), timeout=10_000)
    cache = _cache(services.db)
    assert sum(e.weight for e in cache.parts["computers"].entries) == 50  # read by the worker
    kept = dict(cache.results)
    assert kept and score_office(services.db, None, dt.date.today()) in kept.values()  # what the home page asks
    services.close()
