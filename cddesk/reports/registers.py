"""Register reports: the computer register, antivirus coverage (with every usable PC still
unprotected and why) and the internet-authentication register, as of the period's end."""

from __future__ import annotations

from collections import Counter

from cddesk.labels import COMPUTER_KIND, COMPUTER_STATUS
from cddesk.reports import ReportContext
from cddesk.reports.common import new_report, signatures, when_long
from cddesk.reports.model import Column, Heading, Paragraph, Report, Table
from models import ComputerStatus

COVERAGE_BAR = 95  # per cent of usable PCs with the prescribed antivirus (Digital 4.0, 3.2)


def computers(ctx: ReportContext) -> Report:
    report = new_report(ctx, "computers", "ทะเบียนเครื่องคอมพิวเตอร์", landscape=True,
                        sheet_name="ทะเบียนคอมพิวเตอร์")
    rows = [r for r in ctx.services.computers.rows() if r.acquired_date is None or r.acquired_date <= ctx.at]
    unprotected = {u.computer_id: u.reason for u in ctx.services.antivirus.coverage(ctx.at).unprotected}
    by_status = Counter(r.status for r in rows)
    report.add(Paragraph(f"ข้อมูล ณ วันที่ {when_long(ctx.at)} จำนวนเครื่องในทะเบียน {len(rows):,} เครื่อง", bold=True))
    report.add(Table([Column("สถานะ", 3), Column("จำนวน (เครื่อง)", 1.5, "int", total=True)],
                     [[COMPUTER_STATUS[s], by_status.get(s, 0)] for s in ComputerStatus],
                     caption="สรุปตามสถานะ"))

    def protection(r_id: int, status: ComputerStatus) -> str:
        if status is not ComputerStatus.USABLE:
            return "-"
        return unprotected.get(r_id, "ป้องกันแล้ว")

    report.add(Table(
        [Column("ที่", 0.5, "int"), Column("เลขครุภัณฑ์", 1.9), Column("ประเภท", 1.2), Column("ยี่ห้อ/รุ่น", 1.8),
         Column("หมายเลขเครื่อง (S/N)", 1.4), Column("ระบบปฏิบัติการ", 1.7), Column("สถานที่/ผู้รับผิดชอบ", 2),
         Column("วันที่ได้มา", 1.1, "date"), Column("สถานะ", 1), Column("โปรแกรมป้องกันไวรัส", 1.8)],
        [[i, r.asset_number, COMPUTER_KIND[r.kind], f"{r.brand} {r.model}".strip(), r.serial_number, r.os,
          " / ".join(x for x in (r.location, r.responsible) if x), r.acquired_date, COMPUTER_STATUS[r.status],
          protection(r.id, r.status)] for i, r in enumerate(rows, 1)],
        caption="รายการเครื่องคอมพิวเตอร์", font_size=11))
    report.add(signatures(ctx))
    return report


def antivirus(ctx: ReportContext) -> Report:
    report = new_report(ctx, "antivirus", "รายงานการติดตั้งโปรแกรมป้องกันไวรัส", sheet_name="โปรแกรมป้องกันไวรัส")
    cov = ctx.services.antivirus.coverage(ctx.at)
    meets = "ผ่าน" if cov.meets(COVERAGE_BAR) else "ยังไม่ผ่าน"
    report.add(Paragraph(
        f"ณ วันที่ {when_long(ctx.at)} เครื่องคอมพิวเตอร์ที่ใช้งานได้ {cov.usable:,} เครื่อง "
        f"ติดตั้งโปรแกรม {cov.product} ที่ใช้ได้ {cov.covered:,} เครื่อง คิดเป็นร้อยละ {cov.percent_text} "
        f"— {meets}เกณฑ์ร้อยละ {COVERAGE_BAR} ของเครื่องที่ใช้งานได้", bold=True))
    report.add(Table([Column("รายการ", 4), Column("จำนวน (เครื่อง)", 1.5, "int")],
                     [["เครื่องที่ใช้งานได้", cov.usable], ["ได้รับการป้องกัน", cov.covered],
                      ["ยังไม่ได้รับการป้องกัน", cov.missing]], caption="สรุป"))
    report.add(Heading("เครื่องที่ใช้งานได้แต่ยังไม่ได้รับการป้องกัน"))
    report.add(Table([Column("ที่", 0.5, "int"), Column("เลขครุภัณฑ์", 2), Column("รายละเอียด", 3),
                      Column("เหตุผล", 3.5)],
                     [[i, u.asset_number, u.description, u.reason] for i, u in enumerate(cov.unprotected, 1)],
                     empty_text="ไม่มี — ทุกเครื่องที่ใช้งานได้ได้รับการป้องกันแล้ว"))
    installs = [r for r in ctx.services.antivirus.rows(ctx.at) if r.installed_date <= ctx.at]
    installs.sort(key=lambda r: (r.asset_number, r.installed_date))
    report.add(Table([Column("เลขครุภัณฑ์", 2), Column("โปรแกรม", 2), Column("รุ่น", 1),
                      Column("วันที่ติดตั้ง", 1.3, "date"), Column("ใบอนุญาตหมดอายุ", 1.3, "date"),
                      Column("ปรับปรุงฐานข้อมูลไวรัส", 1.3, "date"), Column("ผู้ติดตั้ง", 1.6),
                      Column("ใช้ได้ ณ วันที่รายงาน", 1.1)],
                     [[r.asset_number, r.product, r.version, r.installed_date, r.licence_expiry,
                       r.definitions_updated, r.installed_by, "ใช้ได้" if r.valid_now else "ไม่ได้"]
                      for r in installs], caption="ประวัติการติดตั้ง", font_size=12))
    report.add(signatures(ctx))
    return report


def internet_accounts(ctx: ReportContext) -> Report:
    report = new_report(ctx, "internet-accounts", "ทะเบียนการตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต",
                        sheet_name="สิทธิ์ผู้ใช้อินเทอร์เน็ต")
    accounts = ctx.services.accounts.rows()
    report.add(Paragraph(f"ข้อมูล ณ วันที่ {when_long(ctx.at)} บัญชีผู้ใช้งาน {len(accounts):,} บัญชี", bold=True))
    report.add(Table([Column("ที่", 0.5, "int"), Column("ชื่อ-นามสกุล", 2.6), Column("ชื่อผู้ใช้ (Username)", 2),
                      Column("ประเภทบัญชี", 1.6), Column("วันที่สร้างบัญชี", 1.3, "date"),
                      Column("ทบทวนสิทธิ์ล่าสุด", 1.3, "date"), Column("สถานะ", 1)],
                     [[i, a.staff_name, a.username, a.account_type, a.created_date, a.last_reviewed,
                       "ใช้งาน" if a.active else "ระงับ"] for i, a in enumerate(accounts, 1)]))
    with_account = {a.staff_name for a in accounts if a.active}
    without = [name for _, name in ctx.services.staff.active_names() if name not in with_account]
    report.add(Heading("บุคลากรที่ยังไม่มีบัญชีผู้ใช้งานที่ใช้งานอยู่"))
    report.add(Table([Column("ที่", 0.5, "int"), Column("ชื่อ-นามสกุล", 6)],
                     [[i, name] for i, name in enumerate(without, 1)],
                     empty_text="ไม่มี — บุคลากรทุกคนมีบัญชีผู้ใช้งานแล้ว"))
    report.add(signatures(ctx))
    return report
