"""Pieces every report builder uses: the office's name and signers, B.E. dates inside
sentences, and the evidence of scored records (``<kind>:<id>`` refs) in bulk."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from cddesk.reports import ReportContext
from cddesk.reports.model import Photo, Report, Signatures, Signer
from cddesk.services.evidence import EvidenceItem
from cddesk.thaidate import format_date_arabic, format_date_long
from scoring.facts import Record
from scoring.results import Explanation


def when(value: dt.date | None) -> str:
    """A date inside a sentence: ``12 ก.พ. 2568`` (Arabic digits; the PDF turns them Thai
    when the office prints Thai digits)."""
    return "ไม่ระบุวันที่" if value is None else format_date_arabic(value)


def when_long(value: dt.date) -> str:
    return format_date_long(value, digits=False)


def new_report(ctx: ReportContext, name: str, title: str, **kw: object) -> Report:
    profile = ctx.services.office.profile()
    office = profile.office_name if profile else "สำนักงานพัฒนาชุมชนอำเภอ (ยังไม่ได้ตั้งค่าข้อมูลสำนักงาน)"
    if profile and profile.province_name and "จังหวัด" not in office:
        office = f"{office} จังหวัด{profile.province_name}"
    return Report(name=name, title=title, office=office, period=ctx.period, **kw)  # type: ignore[arg-type]


def signatures(ctx: ReportContext, reporter_role: str = "ผู้รายงาน") -> Signatures:
    p = ctx.services.office.profile()
    return Signatures([
        Signer(reporter_role, p.it_officer_name if p else "", p.it_officer_position if p else ""),
        Signer("ผู้รับรอง", p.head_name if p else "", p.head_position if p else "พัฒนาการอำเภอ"),
    ])


class EvidenceIndex:
    """Evidence of many records at once, by ref ``<owner_kind>:<id>``."""

    def __init__(self, ctx: ReportContext, refs: Iterable[str]) -> None:
        by_kind: dict[str, list[int]] = defaultdict(list)
        for ref in refs:
            kind, _, number = ref.partition(":")
            if number.isdigit():
                by_kind[kind].append(int(number))
        self._items: dict[str, list[EvidenceItem]] = {}
        for kind, ids in by_kind.items():
            for owner_id, items in ctx.services.evidence.items_for(kind, ids).items():
                self._items[f"{kind}:{owner_id}"] = items

    def items(self, ref: str) -> list[EvidenceItem]:
        return self._items.get(ref, [])

    def text(self, ref: str) -> str:
        """The evidence of a record as a person cites it: file names and links."""
        names = [describe(item) for item in self.items(ref)]
        return ", ".join(names) if names else "ไม่มีหลักฐาน"

    def photos(self, ref: str) -> list[Photo]:
        return [Photo(item.stored_path, item.original_name or "")
                for item in self.items(ref) if item.is_photo and item.stored_path is not None]

    def links(self, ref: str) -> list[str]:
        return [item.url for item in self.items(ref) if item.url]


def not_counted(explanation: Explanation) -> list[tuple[Record, str]]:
    """Every record of a criterion (and its parts) that did not count, once, with the reason."""
    found: dict[str, tuple[Record, str]] = {}
    stack = [explanation]
    while stack:
        node = stack.pop()
        for n in node.not_counted:
            found.setdefault(n.record.ref, (n.record, n.reason))
        stack.extend(node.parts)
    return list(found.values())


def describe(item: EvidenceItem) -> str:
    name = item.url if item.kind == "link" else item.original_name or ""
    return f"{item.caption} ({name})" if item.caption and item.caption != name else (name or "")
