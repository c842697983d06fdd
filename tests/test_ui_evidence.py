"""The evidence panel on a record: a real photo shows a thumbnail, a link opens, a shared
file lists the records that use it, removal asks first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from cddesk.app_services import Services
from cddesk.services.computers import ComputerData
from ui.app import create_application
from ui.widgets.evidence_panel import EvidencePanel


def test_panel_shows_photo_link_and_usages(qtbot, data_paths, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_application()
    services = Services.open(data_paths)
    a = services.computers.save(ComputerData(asset_number="PC-1"))
    b = services.computers.save(ComputerData(asset_number="PC-2"))
    photo = tmp_path / "ป้ายครุภัณฑ์.png"
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(photo))
    services.evidence.add_file("computer", a.id, photo, caption="ภาพถ่ายป้ายครุภัณฑ์")
    services.evidence.add_file("computer", b.id, photo)
    services.evidence.add_link("computer", a.id, "https://www.facebook.com/cdd.fairai/posts/1")

    panel = EvidencePanel(services.evidence)
    qtbot.addWidget(panel)
    panel.set_owner(("computer", a.id), "PC-1")
    assert panel.list.count() == 2
    photo_item = next(panel.list.item(i) for i in range(panel.list.count())
                      if "ป้ายครุภัณฑ์" in panel.list.item(i).text())
    assert not photo_item.icon().isNull()  # thumbnail read at reduced size
    assert any("facebook.com" in panel.list.item(i).text() for i in range(panel.list.count()))

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    panel.list.setCurrentItem(photo_item)
    panel.show_usages()
    assert "เครื่องคอมพิวเตอร์ PC-1" in shown[0] and "เครื่องคอมพิวเตอร์ PC-2" in shown[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_selected()
    assert panel.list.count() == 1
    stored = services.evidence.list_for("computer", b.id)[0].stored_path
    assert stored is not None and stored.exists()  # PC-2 still uses the photo
    services.close()
