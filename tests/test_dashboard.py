"""Scoring the sample office from its database: the CLI (text and JSON, B.E. or C.E. dates)
and the dashboard show the same numbers; a counted record opens from the dashboard."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cddesk.app_services import Services
from cddesk.cli import main
from cddesk.errors import KnownError
from cddesk.office_facts import build_facts, score_office, score_trend
from cddesk.thaidate import thai_digits
from tests.ui_helpers import when_modal
from ui.app import create_application
from ui.main_window import MainWindow
from ui.pages.dashboard import REF_ROLE
from ui.record_dialog import RecordDialog

AT = dt.date(2025, 4, 10)


def _all_not_counted(ex):  # type: ignore[no-untyped-def]
    yield from ex.not_counted
    for part in ex.parts:
        yield from _all_not_counted(part)


def cli_json(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    assert main(["--data-dir", str(root), "score", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_reads_be_and_ce_dates_alike(sample_services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    root = sample_services.db.paths.root
    sample_services.close()
    be = cli_json(root, capsys, "--at", "10/4/2568")
    ce = cli_json(root, capsys, "--at", "2025-04-10")
    assert be == ce
    assert be["evaluated_at"] == "2025-04-10" and be["rubric"]["id"] == "digital40_fy2568"
    assert list(be) == ["format", "rubric", "evaluated_at", "period", "points", "max_points", "warnings",
                        "domains", "upcoming_deadlines"]
    assert be["points"] == sum(d["points"] for d in be["domains"])
    assert main(["--data-dir", str(root), "score", "--at", "10/4/2568"]) == 0
    text = capsys.readouterr().out
    assert f"คะแนนรวม {be['points']} จาก 100" in text and "ยังขาด:" in text
    with pytest.raises(KnownError, match="--at"):
        main(["--data-dir", str(root), "score", "--at", "31/2/2568"])


def test_every_rubric_scores_and_records_from_the_services_count(sample_services: Services) -> None:
    result = score_office(sample_services.db, "digital40_fy2568", AT)
    assert result.criterion("2.1").points == 20  # 12,480 of 12,480 households by 31 March
    c32 = result.criterion("3")
    counted = {r.ref for r in c32.explanation.all_counted()}
    assert any(ref.startswith("online_meeting:") for ref in counted)
    # a meeting without evidence is listed with its reason, never silently dropped
    service = sample_services.kinds["online_meeting"]
    bare = service.new()
    bare.kind, bare.date, bare.topic = "conference", dt.date(2025, 2, 20), "ประชุมไม่มีหลักฐาน"
    bare = service.save(bare)
    again = score_office(sample_services.db, "digital40_fy2568", AT).criterion("3").explanation
    reasons = {n.record.ref: n.reason_code for n in _all_not_counted(again)}
    assert reasons.get(f"online_meeting:{bare.id}") == "no_evidence"
    for rubric_id in ("click_chumchon_fy2567q3", "session_call_fy2563r2", "website_contest_fy2564"):
        other = score_office(sample_services.db, rubric_id, AT)
        assert 0 <= other.points <= other.max_points


def test_adding_a_qualifying_record_through_the_service_raises_the_score(sample_services: Services) -> None:
    before = score_office(sample_services.db, "digital40_fy2568", AT).criterion("1.1")
    assert before.points == 3  # three formats, three activities in the period
    service = sample_services.kinds["training_activity"]
    data = service.new()
    data.purpose, data.security_format, data.kind = "security", "F1", "training"
    data.date, data.title = dt.date(2025, 4, 2), "อบรมรู้ทันภัยไซเบอร์ รุ่นที่ 2"
    saved = service.save(data)
    unchanged = score_office(sample_services.db, "digital40_fy2568", AT).criterion("1.1")
    assert unchanged.points == 3  # no evidence yet: not counted, and said so
    assert any("หลักฐาน" in n.reason for n in unchanged.explanation.not_counted
               if n.record.ref == f"training_activity:{saved.id}")
    sample_services.evidence.add_link("training_activity", saved.id, "https://www.example.org/photo")
    assert score_office(sample_services.db, "digital40_fy2568", AT).criterion("1.1").points == 5
    # an earlier evaluation date never counts the later record
    assert score_office(sample_services.db, "digital40_fy2568", dt.date(2025, 3, 31)).criterion("1.1").points == 3


def test_facts_carry_the_year_plan_and_registers(sample_services: Services) -> None:
    facts = build_facts(sample_services.db, 2568, AT)
    assert facts.jpt is not None and facts.jpt.target == 12480
    assert facts.click is not None and facts.click.heads_total == 12 and len(facts.click.head_downloads) == 10
    usable = [c for c in facts.computers if c.usable]
    assert len(usable) == 7 and sum(c.antivirus_since is not None for c in usable) == 6
    trend = score_trend(sample_services.db, "digital40_fy2568", AT)
    assert [d for d, _ in trend] == [dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31), AT]
    assert trend[-1][1] == score_office(sample_services.db, "digital40_fy2568", AT).points


def test_dashboard_shows_the_cli_numbers_and_opens_a_counted_record(
        sample_services: Services, qtbot, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    create_application()
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("คะแนนประเมิน")
    page.at.set_value(AT)
    page.refresh()
    doc = cli_json(sample_services.db.paths.root, capsys, "--at", "10/4/2568")  # what the CLI prints
    assert page.total.text().startswith(f"คะแนนรวม {thai_digits(str(doc['points']))} จาก ๑๐๐")
    shown = page.criterion_points()
    for domain in doc["domains"]:
        for c in domain["criteria"]:
            assert shown[c["id"]] == thai_digits(f"{c['points']}/{c['max_points']}"), c["id"]
    assert page.deadlines.count() > 0
    # the month-end totals arrive from the background, equal to score_trend's
    qtbot.waitUntil(lambda: bool(page.trend.points), timeout=20000)
    assert page.trend.points == score_trend(sample_services.db, "digital40_fy2568", AT) and not page.trend.busy
    # double-click a counted meeting: its list opens with it selected, in its edit dialog
    crit = page.tree.topLevelItem(2).child(0)  # D3 → criterion 3
    counted = next(crit.child(i) for i in range(crit.childCount()) if crit.child(i).text(0).startswith("นับแล้ว"))
    record = next(counted.child(i) for i in range(counted.childCount())
                  if (counted.child(i).data(0, REF_ROLE) or "").startswith("online_meeting:"))
    ref = record.data(0, REF_ROLE)
    seen: list[str] = []

    def look(dialog: RecordDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(look)
    page.tree.itemDoubleClicked.emit(record, 0)
    group = window.groups["ประชุมออนไลน์"]
    assert window.stack.currentWidget() is group
    assert group.lists["online_meeting"].selected_row().id == int(ref.split(":")[1])
    assert seen and "การประชุมออนไลน์" in seen[0]


def test_a_large_register_is_listed_when_opened_and_only_its_first_records(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from models import Computer, ComputerKind, ComputerStatus
    from tests.record_builders import open_office
    from ui.pages.dashboard import SHOWN

    services = open_office(tmp_path / "office")
    with services.db.session() as session:  # 700 computers surveyed in time, as an import would store them
        session.execute(insert(Computer), [dict(asset_number=f"7440-001-{i:04d}/68", kind=ComputerKind.DESKTOP, brand="Dell", model="Vostro",
                                                os_name="Windows 11", location="ห้องธุรการ", status=ComputerStatus.USABLE,
                                                survey_date=dt.date(2025, 1, 10)) for i in range(700)])
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    page = window.go_to("คะแนนประเมิน")
    page.at.set_value(AT)
    page.refresh()

    def items(item):  # type: ignore[no-untyped-def]
        for i in range(item.childCount()):
            yield item.child(i)
            yield from items(item.child(i))

    everything = [x for i in range(page.tree.topLevelItemCount()) for x in [page.tree.topLevelItem(i), *items(page.tree.topLevelItem(i))]]
    large = [x for x in everything if x.text(0).startswith(("นับแล้ว ๗๐๐", "นับแล้ว 700", "ไม่นับ 700", "ไม่นับ ๗๐๐"))]
    assert large, [x.text(0) for x in everything if x.text(0).startswith(("นับแล้ว", "ไม่นับ"))]
    group = large[0]
    assert group.childCount() == 0  # nothing listed until it is opened
    group.setExpanded(True)
    assert group.childCount() == SHOWN + 1
    assert all((group.child(i).data(0, REF_ROLE) or "").startswith("computer:") for i in range(SHOWN))
    assert group.child(SHOWN).text(0).startswith(f"… และอีก {700 - SHOWN:,} รายการ")
    group.setExpanded(False)
    group.setExpanded(True)
    assert group.childCount() == SHOWN + 1  # listed once
    services.close()


def test_group_counts_are_the_rows_the_groups_list() -> None:
    """The counts on the group labels (made from sets of refs) are the lengths of the rows the
    groups list when opened: a record counted in one part and not in another is counted."""
    from scoring.facts import Record
    from scoring.results import Explanation, NotCounted
    from ui.pages.dashboard import _counts, _records

    a, b, c = (Record(ref=f"computer:{n}", title=f"เครื่อง {n}", date=None) for n in (1, 2, 3))
    register = Explanation(counted=[a, b], not_counted=[NotCounted(c, "incomplete", "ข้อมูลไม่ครบ")])
    antivirus = Explanation(counted=[a], not_counted=[NotCounted(b, "no_date", "ยังไม่ได้ติดตั้ง"),
                                                      NotCounted(c, "no_date", "ยังไม่ได้ติดตั้ง")])
    top = Explanation(parts=[register, antivirus])
    counted, rejected = _records(top)
    assert _counts(top) == (len(counted), len(rejected)) == (2, 1)
    assert list(rejected) == ["computer:3"]
