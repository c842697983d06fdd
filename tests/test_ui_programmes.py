"""The programme pages offscreen with pytest-qt on a real database, as an officer uses them:
the training-needs page (one questionnaire in one form, the list, the live ranking and the
exports), the IT role model page (a person's works, the eligibility with its reasons, one
nominee per year, the nomination document), the website checklist in the website group,
and the contest self-check on the dashboard. Thai is typed through ``type_text``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from cddesk import reports
from cddesk.app_services import Services
from cddesk.kinds import GROUP_GOVERNANCE, GROUP_ROLE_MODEL
from cddesk.reports import ReportSpec
from cddesk.role_model import RoleModelService
from cddesk.services.staff import StaffData
from cddesk.survey import TOPICS, SurveyService, response
from tests.pdf_helpers import all_text, squash
from tests.record_builders import add, open_office, year_plan
from tests.ui_helpers import type_text, when_modal
from ui.app import create_application
from ui.pages.activities import ActivityGroupPage, ActivityListPage
from ui.pages.dashboard import DashboardPage
from ui.pages.role_model_page import RoleModelPage
from ui.pages.survey_page import SurveyPage
from ui.record_dialog import RecordDialog

D = dt.date
NAMFON = "นางสาวน้ำฝน ฝั่งโขง"
WEERA = "นายวีระพงษ์ ริมโขง"
SPECS = {name: ReportSpec(name, name, "", f"programmes:{function}") for name, function in (
    ("training-questionnaire", "training_questionnaire"), ("training-needs", "training_needs"),
    ("role-model", "role_model"), ("website-check", "website_check"))}


@pytest.fixture
def office(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    create_application()
    monkeypatch.setattr(reports, "REPORT_BY_NAME", {**reports.REPORT_BY_NAME, **SPECS})
    s = open_office(tmp_path / "office")
    s.staff.save(StaffData(name=NAMFON, position="นักวิชาการพัฒนาชุมชน", level="ชำนาญการ"))
    s.staff.save(StaffData(name=WEERA, position="นักวิชาการพัฒนาชุมชน", level=""))
    yield s
    s.close()


# --- the training-needs questionnaire --------------------------------------------------------------


@pytest.fixture
def survey_page(qtbot, office: Services) -> SurveyPage:  # type: ignore[no-untyped-def]
    page = SurveyPage(office)
    qtbot.addWidget(page)
    page.show()
    page.year.setValue(2568)
    page.refresh()
    return page


def fill(page: SurveyPage, day: str, ratings: dict[int, int], others: list[tuple[str, int]] = (),  # type: ignore[assignment]
         **part1: str) -> None:
    form = page.form
    type_text(form.date.edit, day)
    for name, token in part1.items():
        form.part1_buttons[name][token].click()
    for number, value in ratings.items():
        form.ratings[number - 1].buttons[value].click()
    for i, (name, value) in enumerate(others):
        type_text(form.other_names[i], name)
        form.other_ratings[i].buttons[value].click()


def test_enter_a_questionnaire_and_see_the_ranking(qtbot, survey_page: SurveyPage, office: Services) -> None:  # type: ignore[no-untyped-def]
    page = survey_page
    assert page.list.rowCount() == 0 and page.ranking.rowCount() == len(TOPICS)
    fill(page, "3/3/2568", {1: 4, 2: 5, 7: 5}, [("การใช้ Canva ทำสื่อ", 5)], sex="female", age_band="41_50",
         level="professional", affiliation="district")
    saved = page.save()
    assert saved is not None and page.error.text() == ""
    (stored,) = SurveyService(office.db).responses()
    assert (stored.date, stored.sex, stored.age_band, stored.level, stored.affiliation) == (
        D(2025, 3, 3), "female", "41_50", "professional", "district")
    assert stored.ratings == [4, 5, None, None, None, None, 5, None, None, None]
    assert stored.others == [("การใช้ Canva ทำสื่อ", 5)]
    assert page.list.rowCount() == 1 and page.list.item(0, 1).text() == "หญิง" and page.list.item(0, 5).text() == "๔"
    # topic 2, topic 7 and Canva all 5.00 with one 5: document order, the "other" topic after the ten
    ranked = [page.ranking.item(r, 1).text() for r in range(4)]
    assert ranked == [f"ข้อ 2 {TOPICS[1]}", f"ข้อ 7 {TOPICS[6]}", "อื่น ๆ: การใช้ Canva ทำสื่อ", f"ข้อ 1 {TOPICS[0]}"]
    assert page.ranking.item(0, 4).text() == "๕.๐๐" and page.ranking.item(4, 4).text() == "ไม่มีผู้ให้คะแนน"
    assert [label for label, _ in page.chart.bars][:2] == [f"1. {TOPICS[1]}", f"2. {TOPICS[6]}"]
    # the form is ready for the next questionnaire
    assert page.form.record_id is None and page.form.ratings[1].value() is None
    assert page.form.part1_buttons["sex"][""].isChecked()


def test_a_rule_broken_is_said_and_nothing_is_stored(qtbot, survey_page: SurveyPage, office: Services) -> None:  # type: ignore[no-untyped-def]
    page = survey_page
    fill(page, "3/3/2568", {1: 3})
    type_text(page.form.other_names[0], "การใช้ AI ช่วยเขียนหนังสือ")  # named, but no level ticked
    assert page.save() is None
    assert "การใช้ AI ช่วยเขียนหนังสือ" in page.error.text() and "ระดับความต้องการ" in page.error.text()
    assert SurveyService(office.db).responses() == []
    assert page.form.other_names[0].text() == "การใช้ AI ช่วยเขียนหนังสือ"  # what was entered stays
    page.form.clear()
    type_text(page.form.date.edit, "3/3/2568")
    assert page.save() is None and "ยังไม่ได้ให้คะแนนหัวข้อใดเลย" in page.error.text()


def test_edit_and_delete(qtbot, survey_page: SurveyPage, office: Services,  # type: ignore[no-untyped-def]
                         monkeypatch: pytest.MonkeyPatch) -> None:
    service = SurveyService(office.db)
    first = service.save(response(D(2025, 1, 10), ratings=[3, 3], sex="male"))
    service.save(response(D(2025, 2, 10), ratings=[1]))
    page = survey_page
    page.refresh()
    page.list.selectRow(0)
    page.edit_selected()
    assert page.form.record_id == first.id and page.form.part1_buttons["sex"]["male"].isChecked()
    assert page.form.ratings[0].value() == 3
    page.form.ratings[0].buttons[5].click()
    page.save()
    assert [r.ratings[0] for r in service.responses()] == [5, 1] and len(service.responses()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.list.selectRow(1)
    page.delete_selected()
    assert [r.id for r in service.responses()] == [first.id]
    assert page.list.rowCount() == 1


def test_export_questionnaire_and_result(qtbot, survey_page: SurveyPage, office: Services,  # type: ignore[no-untyped-def]
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    SurveyService(office.db).save(response(D(2025, 3, 3), ratings=[5, 4], sex="female"))
    page = survey_page
    target = tmp_path / "แบบสอบถาม"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.blank_button.click()
    qtbot.waitUntil(lambda: "บันทึกแล้ว" in page.message.text(), timeout=30_000)
    blank = target.with_suffix(".pdf")
    assert blank.is_file() and squash("อื่น ๆ โปรดระบุ") in squash(all_text(blank))
    book = tmp_path / "ผลสำรวจ.xlsx"
    page.export("training-needs", book)
    qtbot.waitUntil(lambda: page.result_button.isEnabled() and "ผลสำรวจ.xlsx" in page.message.text(), timeout=30_000)
    assert book.is_file()


# --- the IT role model -------------------------------------------------------------------------------


@pytest.fixture
def role_page(qtbot, office: Services) -> RoleModelPage:  # type: ignore[no-untyped-def]
    page = RoleModelPage(office)
    qtbot.addWidget(page)
    page.show()
    page.nomination.year.setValue(2568)
    page.refresh()
    return page


def test_role_model_page_is_the_portfolio_group(role_page: RoleModelPage) -> None:
    assert isinstance(role_page, ActivityGroupPage) and role_page.group == GROUP_ROLE_MODEL
    assert set(role_page.lists) == {"portfolio_work"}
    assert role_page.tabText(0) == "เสนอชื่อคนต้นแบบ ไอที" and role_page.currentWidget() is role_page.nomination
    listed = role_page.open_kind("portfolio_work")
    assert isinstance(listed, ActivityListPage) and role_page.currentWidget() is listed


def test_works_eligibility_and_one_nominee(qtbot, role_page: RoleModelPage, office: Services,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    panel = role_page.nomination
    assert [panel.staff.itemText(i) for i in range(panel.staff.count())] == sorted([NAMFON, WEERA])
    panel.staff.set_value(NAMFON)
    assert "ยังมีคุณสมบัติไม่ครบ" in panel.verdict.text() and "ยังไม่มีผลงานด้าน IT" in panel.verdict.text()
    assert not panel.nominate_button.isEnabled()

    seen: dict[str, str] = {}

    def add_work(dialog: RecordDialog) -> None:
        seen["name"] = dialog.form.editors["staff_name"].text()
        dialog.form.editors["category"].set_value("media")
        type_text(dialog.form.editors["title"], "อินโฟกราฟิก ระวังภัยมิจฉาชีพออนไลน์")
        type_text(dialog.form.editors["date"].edit, "14/1/2568")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(add_work)
    saved = panel.works.add_record()
    assert seen["name"] == NAMFON and saved is not None and saved.staff_name == NAMFON
    assert [r.data.title for r in panel.works.model.shown_rows()] == ["อินโฟกราฟิก ระวังภัยมิจฉาชีพออนไลน์"]
    assert "ยังไม่มีเรื่องใดแนบหลักฐาน" in panel.verdict.text()

    office.evidence.add_link("portfolio_work", saved.id, "https://www.facebook.com/cdd.phonphisai/posts/1")
    panel.works.evidence_panel.changed.emit()  # as when the officer attaches it in the panel
    assert "มีคุณสมบัติครบตามหลักเกณฑ์" in panel.verdict.text() and panel.nominate_button.isEnabled()
    assert panel.nominate_selected()
    assert RoleModelService(office.db).nominee(2568) == NAMFON
    assert NAMFON in panel.nominee_label.text() and not panel.nominate_button.isEnabled()

    # the other person is not a civil servant on the register: said, and never nominated
    add(office, "portfolio_work", staff_name=WEERA, category="social", title="เพจ Facebook ตำบล", date=D(2025, 2, 1))
    panel.staff.set_value(WEERA)
    assert "ยังไม่ได้ระบุระดับตำแหน่ง" in panel.verdict.text() and not panel.nominate_button.isEnabled()
    assert [r.data.staff_name for r in panel.works.model.shown_rows()] == [WEERA]

    # replacing the nominee is confirmed first
    other = next(s for s in office.staff.list() if s.name == WEERA)
    other.level = "ปฏิบัติการ"
    office.staff.save(other)
    panel.refresh()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    assert not panel.nominate_selected()
    assert NAMFON in asked[0] and RoleModelService(office.db).nominee(2568) == NAMFON
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.nominate_selected() and RoleModelService(office.db).nominee(2568) == WEERA
    panel.withdraw()
    assert RoleModelService(office.db).nominee(2568) == "" and "ยังไม่ได้เสนอชื่อ" in panel.nominee_label.text()


def test_nomination_document(qtbot, role_page: RoleModelPage, office: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add(office, "portfolio_work", staff_name=NAMFON, category="website", title="ปรับปรุงเว็บไซต์สำนักงาน",
        date=D(2025, 1, 10))
    RoleModelService(office.db).nominate(2568, NAMFON)
    panel = role_page.nomination
    panel.refresh()
    target = tmp_path / "เสนอชื่อ.pdf"
    panel.make_document(target)
    qtbot.waitUntil(lambda: panel.document_button.isEnabled() and "บันทึกแล้ว" in panel.message.text(), timeout=30_000)
    text = squash(all_text(target))
    assert squash(NAMFON) in text and squash("ปรับปรุงเว็บไซต์สำนักงาน") in text


# --- the website checklist and the dashboard ------------------------------------------------------------


def test_checklist_is_listed_with_the_website_kinds(qtbot, office: Services) -> None:  # type: ignore[no-untyped-def]
    group = ActivityGroupPage(GROUP_GOVERNANCE, office)
    qtbot.addWidget(group)
    assert "website_check" in group.lists
    add(office, "website_check", item="links.province", date=D(2025, 2, 1), evidence=False)
    page = group.open_kind("website_check")
    page.refresh()
    assert page.model.index(0, 0).data() == "3.2 เว็บลิงก์สำนักงานพัฒนาชุมชนจังหวัด"
    assert page.model.shown_rows()[0].missing_evidence


def test_self_check_on_the_dashboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_application()
    services = open_office(tmp_path / "contest", fiscal_year=2564)
    try:
        add(services, "website_check", item="basic.vision", date=D(2021, 2, 1))
        add(services, "website_check", item="links.cdd", date=D(2021, 2, 1))
        year_plan(services, 2564, website_design_score=10)
        page = DashboardPage(services)
        qtbot.addWidget(page)
        type_text(page.at.edit, "15/10/2564")
        page.rubric.set_value("website_contest_fy2564")
        page.refresh()
        assert page.result is not None and page.result.rubric_id == "website_contest_fy2564"
        assert page.total.text().startswith("คะแนนรวม ๑๗.๓๓ จาก ๑๐๐")
        assert [bar[0] for bar in page.domains.bars] == ["WEB เว็บไซต์สำนักงานพัฒนาชุมชนอำเภอ"]
    finally:
        services.close()
