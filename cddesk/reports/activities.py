"""Activity reports: the Click ชุมชน monthly report in the province's column layout
(seed 003), online-meeting statistics with the Session Call KPI level (seed 000), and the
innovation report in the form of seed 002 (four sections, body 11 pt, at most 25 pages)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cddesk.kinds import CHANNELS, INNOVATION_ITEMS, MEETING_KINDS, label_of
from cddesk.periods import Period
from cddesk.reports import ReportContext
from cddesk.reports.common import EvidenceIndex, describe, new_report, signatures, when
from cddesk.reports.model import Column, Fields, Heading, PageBreak, Paragraph, Photo, Report, Signatures, Table

BLANK = "." * 120


def _rows(ctx: ReportContext, key: str) -> list[Any]:
    return [r.data for r in ctx.services.kinds[key].rows(ctx.period.start, ctx.at)]


# --- Click ชุมชน ---------------------------------------------------------------------------

def click_monthly(ctx: ReportContext) -> Report:
    profile = ctx.services.office.profile()
    district = profile.district_name if profile else ""
    province = profile.province_name if profile else ""
    title = "รายงานการขับเคลื่อนการดำเนินงานแพลตฟอร์มบริการดิจิทัล Click ชุมชน"
    report = new_report(ctx, "click-monthly", title, landscape=True, sheet_name="Click ชุมชน รายเดือน",
                        subtitle=f"อำเภอ{district} จังหวัด{province}")
    activities = [d for d in _rows(ctx, "training_activity") if d.purpose == "click" or "click" in (d.tools or [])]
    promotions = _rows(ctx, "click_promotion")
    heads = [d for d in ctx.services.kinds["click_head_download"].rows(None, ctx.at)]
    plan = _year_plan(ctx)
    refs = ([f"training_activity:{d.id}" for d in activities] + [f"click_promotion:{d.id}" for d in promotions]
            + [f"click_head_download:{h.id}" for h in heads])
    ev = EvidenceIndex(ctx, refs)
    events: list[tuple[dt.date, list[Any]]] = []
    for d in activities:
        ref = f"training_activity:{d.id}"
        numbers = " / ".join(x for x in (f"{d.participants:,} คน" if d.participants else "",
                                          f"ดาวน์โหลด {d.downloads:,} ครั้ง" if d.downloads else "") if x)
        events.append((d.date, [d.date, district, d.title, d.place or "", numbers or "-",
                                "\n".join(ev.links(ref)) or "-", ev.photos(ref)]))
    for d in promotions:
        ref = f"click_promotion:{d.id}"
        channels = ", ".join(label_of(CHANNELS, c) for c in d.channels or [])
        links = "\n".join(dict.fromkeys([*([d.url] if d.url else []), *ev.links(ref)]))
        events.append((d.date, [d.date, district, f"ประชาสัมพันธ์: {d.title}", "-", "-",
                                f"{channels}\n{links}".strip() or "-", ev.photos(ref)]))
    events.sort(key=lambda e: e[0])
    heads_total = plan.heads_total if plan and plan.heads_total else None
    heads_text = f"{len(heads):,} คน" + (f" จาก {heads_total:,} คน (ร้อยละ {len(heads) * 100 / heads_total:.1f})"
                                          if heads_total else "")
    head_photos = [p for h in heads for p in ev.photos(f"click_head_download:{h.id}")]
    rows: list[list[Any]] = []
    for i, (_, cells) in enumerate(events, 1):
        rows.append([i, *cells, heads_text if i == 1 else "", head_photos if i == 1 else []])
    if not rows:
        rows.append([None, None, district, "ไม่มีกิจกรรมในช่วงนี้", "", "", "", [], heads_text, head_photos])
    report.add(Table([
        Column("ที่", 0.45, "int"), Column("วันที่ดำเนินการ", 1.25, "date"), Column("อำเภอ", 0.9),
        Column("กิจกรรมที่ดำเนินการ", 2.2), Column("สถานที่ดำเนินการ", 1.4),
        Column("จำนวนผู้เข้าร่วมกิจกรรม/ จำนวนดาวน์โหลด", 1.3),
        Column("ช่องทางประชาสัมพันธ์ อย่างน้อย 2 ช่องทาง (แนบลิงก์หรือแคปภาพประกอบ)", 2.2, "link"),
        Column("ภาพกิจกรรม", 1.6, "photos"), Column("จำนวนดาวน์โหลด หัวหน้าส่วนราชการ ระดับอำเภอ", 1.3),
        Column("ภาพหัวหน้าส่วนราชการ ระดับอำเภอ", 1.6, "photos")], rows, font_size=11))
    if plan and plan.download_target:
        report.add(Paragraph(f"เป้าหมายการดาวน์โหลดของอำเภอ {plan.download_target:,} ดาวน์โหลดต่อเดือน", muted=True))
    report.add(Signatures([signatures(ctx).signers[0]]))  # the form asks for the reporter only
    return report


def _year_plan(ctx: ReportContext) -> Any:
    plans = [r.data for r in ctx.services.kinds["year_plan"].rows()]
    return next((p for p in plans if p.fiscal_year == ctx.period.fiscal_year), None)


# --- online meetings -----------------------------------------------------------------------

ATTENDED = ("session_call", "conference", "other")


def meetings(ctx: ReportContext) -> Report:
    report = new_report(ctx, "meetings", "สถิติการประชุมออนไลน์", sheet_name="สถิติประชุมออนไลน์")
    rows = _rows(ctx, "online_meeting")
    table = []
    for month in ctx.period.months():
        if month.start > ctx.today:
            break
        inside = [d for d in rows if month.start <= d.date <= month.end]
        timed = [d for d in inside if d.kind in ATTENDED and d.start_time and d.joined_time]
        early = sum(1 for d in timed if d.joined_time <= d.start_time)
        count = {k: sum(1 for d in inside if d.kind == k) for k, _ in MEETING_KINDS}
        table.append([month.month_label(), count["session_call"],
                      count["conference"], count["other"], count["webex_hosted"], len(inside), len(timed), early,
                      round(early * 100 / len(timed), 2) if timed else None])
    report.add(Table([Column("เดือน", 1.3), Column("เข้าร่วม Session Call", 1.1, "int", total=True),
                      Column("เข้าร่วม Conference", 1.1, "int", total=True),
                      Column("เข้าร่วมอื่น ๆ", 1, "int", total=True),
                      Column("จัดประชุม (WebEx)", 1.1, "int", total=True), Column("รวม", 0.9, "int", total=True),
                      Column("บันทึกเวลาเข้าร่วม", 1.1, "int", total=True),
                      Column("เข้าก่อนเวลาเริ่ม", 1.1, "int", total=True), Column("ร้อยละตรงเวลา", 1.1, "percent")],
                     table, caption="สถิติรายเดือน", font_size=12))
    report.add(Heading("ระดับความสำเร็จของการประชุมออนไลน์ (Session Call)"))
    report.add(Paragraph("นับการเข้าร่วม Session Call ในรอบการประเมิน ๖ เดือน (ตุลาคม–มีนาคม และ เมษายน–กันยายน): "
                         "ตั้งแต่ 12 ครั้ง ระดับ 5; 10 ครั้ง ระดับ 4; 8 ครั้ง ระดับ 3; 6 ครั้ง ระดับ 2; 4 ครั้ง ระดับ 1",
                         muted=True))
    report.add(Table([Column("รอบการประเมิน", 2.5), Column("ช่วง", 3), Column("เข้าร่วม (ครั้ง)", 1.2, "int"),
                      Column("ระดับ", 1)], _session_call_rounds(ctx)))
    report.add(Table([Column("ที่", 0.5, "int"), Column("วันที่", 1.5, "date"), Column("ประเภท", 1.8),
                      Column("เรื่อง", 3.2), Column("ผู้จัด", 1.5), Column("เริ่ม", 0.7), Column("เข้าร่วม", 0.8),
                      Column("ตรงเวลา", 0.8)],
                     [[i, d.date, label_of(MEETING_KINDS, d.kind), d.topic, d.organiser or "", _hm(d.start_time),
                       _hm(d.joined_time), _on_time(d)] for i, d in enumerate(rows, 1)],
                     caption="รายการประชุม", font_size=12))
    report.add(signatures(ctx))
    return report


def _session_call_rounds(ctx: ReportContext) -> list[list[Any]]:
    from scoring import load_shipped_rubric
    from scoring.model import CountLadder

    ladder: tuple[tuple[int, Any], ...] = ()
    for domain in load_shipped_rubric("session_call_fy2563r2").domains:
        for c in domain.criteria:
            if isinstance(c.scorer, CountLadder):
                ladder = c.scorer.ladder
    fy = ctx.period.fiscal_year
    start = Period(fy).start
    rounds = [(1, start, dt.date(start.year + 1, 3, 31)), (2, dt.date(start.year + 1, 4, 1), Period(fy).end)]
    rows = _rows_all(ctx, "online_meeting")
    out = []
    for number, first, last in rounds:
        if last < ctx.period.start or first > ctx.period.end or first > ctx.today:
            continue
        until = min(last, ctx.at)
        count = sum(1 for d in rows if d.kind == "session_call" and first <= d.date <= until)
        level = max((int(p) for n, p in ladder if count >= n), default=0)
        ongoing = " (ยังไม่ครบรอบ)" if until < last else ""
        out.append([f"รอบที่ {number} ปีงบประมาณ {fy}{ongoing}", f"{when(first)} – {when(until)}", count,
                    f"ระดับ {level}"])
    return out


def _rows_all(ctx: ReportContext, key: str) -> list[Any]:
    return [r.data for r in ctx.services.kinds[key].rows(Period(ctx.period.fiscal_year).start, ctx.at)]


def _hm(value: dt.time | None) -> str:
    return f"{value:%H.%M}" if value else ""


def _on_time(d: Any) -> str:
    if d.kind not in ATTENDED or not (d.start_time and d.joined_time):
        return "-"
    return "ตรงเวลา" if d.joined_time <= d.start_time else "สาย"


# --- innovation ----------------------------------------------------------------------------

SECTIONS = (
    ("ประเด็นที่ 1 การวิเคราะห์ปัญหา", (("background", "1. ความเป็นมาและความสำคัญของปัญหา"),)),
    ("ประเด็นที่ 2 แนวทางการแก้ไขปัญหาและการนำไปปฏิบัติ/โอกาสในการพัฒนา", (
        ("concept", "2. อธิบายแนวคิด/นวัตกรรมในการแก้ไขปัญหา หรือโอกาสในการพัฒนาจากปัญหา"),
        ("process", "3. แสดงและอธิบายถึงขั้นตอน/กระบวนการหลังปรับปรุงหรือพัฒนา ว่าเป็นอย่างไร รวมถึงอธิบาย"
                    "วิธีการนำไปปฏิบัติว่ามีกระบวนการหรือขั้นตอนอย่างไร มีกลุ่มหรือส่วนราชการใดเข้ามาเกี่ยวข้อง"
                    "ในขั้นตอนใดบ้าง"))),
    ("ประเด็นที่ 3 ผลผลิต ผลลัพธ์", (
        ("outputs", "4. ผลผลิตและผลลัพธ์ที่สำคัญจากการดำเนินการพัฒนานวัตกรรมคืออะไร อธิบายให้ชัดเจนในเชิงสถิติ "
                    "เชิงคุณภาพ"),
        ("benefits", "5. ประโยชน์ที่เกิดขึ้นต่องานพัฒนาชุมชน/องค์การ มีอะไรบ้าง"))),
)


def innovation(ctx: ReportContext) -> Report:
    fy = ctx.period.fiscal_year
    report = new_report(ctx, "innovation", "แบบฟอร์มรายงานผลการพัฒนานวัตกรรมด้านเทคโนโลยีสารสนเทศ",
                        subtitle=f"โครงการพัฒนาชุมชนดิจิทัล ๔.๐ ประจำปี {fy}", body_size=11.0, max_pages=25,
                        sheet_name="รายงานนวัตกรรม")
    records = _rows(ctx, "innovation_report")
    if not records:
        report.warnings.append("ยังไม่มีรายงานนวัตกรรมในช่วงนี้ จึงพิมพ์แบบฟอร์มเปล่าให้กรอกด้วยมือ")
        records = [None]
    ev = EvidenceIndex(ctx, [f"innovation_report:{d.id}" for d in records if d is not None])
    for n, d in enumerate(records):
        if n:
            report.add(PageBreak())
        _innovation_form(report, d, ev)
    return report


def _innovation_form(report: Report, d: Any, ev: EvidenceIndex) -> None:
    def value(name: str) -> str:
        return (getattr(d, name, "") or "") if d is not None else ""

    report.add(Heading("ชื่อผลงานนวัตกรรมด้านเทคโนโลยีสารสนเทศ"))
    report.add(Fields([("ชื่อผลงาน (ภาษาไทย)*", value("name_th") or BLANK[:60]),
                       ("ชื่อผลงาน (ภาษาอังกฤษ) ถ้ามี", value("name_en") or "-"),
                       ("ชื่อหน่วยงาน*", value("unit") or BLANK[:60]),
                       ("ชื่อผู้ประสาน*", value("coordinator") or BLANK[:60]),
                       ("ตำแหน่ง*", value("position") or BLANK[:60]), ("โทรศัพท์*", value("phone") or BLANK[:60]),
                       ("E-mail*", value("email") or BLANK[:60]), ("Line ID*", value("line_id") or BLANK[:60])]))
    report.add(Paragraph("คำอธิบาย : รายงานตามเกณฑ์การให้ค่าคะแนน ความยาวไม่เกิน 25 หน้ากระดาษ A4 ขนาดตัวอักษร 11 "
                         "พร้อมแนบไฟล์เอกสารหลักฐานเชิงประจักษ์", muted=True))
    for section, questions in SECTIONS:
        report.add(Heading(section))
        for field_name, question in questions:
            report.add(Paragraph(question, bold=True))
            text = value(field_name).strip()
            for para in text.split("\n") if text else [BLANK] * 4:
                if para.strip():
                    report.add(Paragraph(para.strip(), indent=bool(text)))
    report.add(Heading("ประเด็นที่ 4 หลักฐานเชิงประจักษ์"))
    report.add(Paragraph("(แนบเอกสารที่เกี่ยวข้อง ที่แสดงให้เห็นถึงผลตอบรับจากการใช้งานจริง เช่น รูปภาพการจัดกิจกรรม, "
                         "แบบฟอร์มหรือผลการประเมิน/ผลตอบรับ/ผลสำรวจ, แผนหรือ Roadmap การพัฒนาต่อยอดนวัตกรรม)", muted=True))
    items = ev.items(f"innovation_report:{d.id}") if d is not None else []
    rows: list[list[Any]] = [[i, describe(item), [Photo(item.stored_path, item.original_name or "")]
                              if item.is_photo and item.stored_path else []] for i, item in enumerate(items, 1)]
    report.add(Table([Column("ที่", 0.5, "int"), Column("หลักฐาน", 4), Column("ภาพ", 1.6, "photos")], rows,
                     empty_text="ยังไม่ได้แนบหลักฐาน"))
    if d is not None:
        report.add(Table([Column("องค์ประกอบตามเกณฑ์", 5), Column("มี", 1)],
                         [[label, "มี" if getattr(d, token, False) else "ยังไม่มี"] for token, label in INNOVATION_ITEMS],
                         caption="ตรวจตนเองตามเกณฑ์การให้คะแนน"))

