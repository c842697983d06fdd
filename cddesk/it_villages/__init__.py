"""Outstanding IT villages (หมู่บ้านสารสนเทศชุมชนดีเด่นฯ) and model information tambons
(สารสนเทศตำบลต้นแบบฯ), seed ``004_2c0e84f6331a43b2.txt`` and ``rubrics.md`` §5:

* the register of past ones, imported from the province letter's table pasted as text
  (tab- or space-separated, Thai or Arabic digits, page headings and repeated header rows
  mixed in; both tables in one paste are told apart by their header row) or from .xlsx
  with the same columns: :func:`parse_text`, :func:`read_xlsx`, :func:`read_source`, then
  :meth:`RegisterService.preview` (every row: ok, exact duplicate of an earlier row,
  already in the register, unknown place name with the gazetteer's nearest name, or
  unreadable) and :meth:`RegisterService.store` (all or nothing; refused while any
  unknown name is unconfirmed — confirm with a ``{wrong: right}`` mapping);
* the office's candidate for a fiscal year with the eligibility rules, a Thai reason
  for every rejection (:class:`CandidateService`), and the deadlines (:func:`deadlines`).

Decisions where the letter is ambiguous (also in the report to the team):

* **Level.** The village table marks one row per year ``ระดับจังหวัด`` in its หมายเหตุ
  column and leaves the rest blank: ``ระดับจังหวัด`` → province level; ``ระดับอำเภอ`` or
  blank → district level. The model tambon table has no หมายเหตุ and lists one tambon per
  province per year (2561, 2562) — the province's selections — so its rows are province
  level unless a row says ``ระดับอำเภอ``. An .xlsx may instead have a ``ระดับ`` column.
* **Exact duplicate** = same kind, level, year, province, district, tambon, village and
  หมู่ที่ (names compared after confirmed corrections). The first occurrence is kept and
  later ones are reported as "ซ้ำกับแถวที่ N" (N is the letter's own ที่ number).
* **Years.** The letter's windows (villages 2555–2562, tambons 2561–2562, for FY2563) are
  generalised to "from the programme's first year (2555 / 2561) to the year before the
  candidate's fiscal year". The office's own candidates of earlier fiscal years count
  as past IT villages/tambons too (at their level).
* **Same village.** Register names are OCR'd and sometimes carry บ้าน, sometimes not, so
  a village is identified by district, tambon and หมู่ที่; the name (without บ้าน) is
  compared only when one side has no หมู่ที่.
* **Deadlines.** The letter's 16 March 2563 (candidate register to the province) and
  1 July 2563 (lesson-learned PDF) are generalised to 16 March / 1 July of the fiscal year.

The code is split by concern: ``common`` (kinds, levels, Thai names), ``parse`` (the
letter's table into rows), ``register`` (checking and storing), ``candidates`` (rules,
deadlines); this module gathers what the rest of the program uses.
"""

from __future__ import annotations

from cddesk.it_villages.common import (
    FIELD_TEXT,
    FIRST_YEAR,
    KINDS,
    KIND_SHORT,
    KIND_TEXT,
    Kind,
    LEVELS,
    LEVEL_TEXT,
    Level,
    MAX_HEADING,
    MAX_MOO,
    NameField,
    OWNER_KIND,
    RowStatus,
    STATUS_TEXT,
)
from cddesk.it_villages.parse import (
    ParsedRegister,
    RegisterRow,
    parse_text,
    read_source,
    read_xlsx,
)
from cddesk.it_villages.register import (
    ItVillageData,
    RegisterPreview,
    RegisterService,
    RowResult,
    UnknownName,
    UnknownSummary,
    village_text,
)
from cddesk.it_villages.candidates import (
    CandidateData,
    CandidateService,
    Deadline,
    Eligibility,
    NotEligible,
    deadlines,
    describe_candidate,
)

__all__ = ["FIELD_TEXT", "FIRST_YEAR", "KINDS", "KIND_SHORT", "KIND_TEXT", "Kind", "LEVELS", "LEVEL_TEXT", "Level", "MAX_HEADING", "MAX_MOO", "NameField", "OWNER_KIND", "RowStatus", "STATUS_TEXT", "ParsedRegister", "RegisterRow", "parse_text", "read_source", "read_xlsx", "ItVillageData", "RegisterPreview", "RegisterService", "RowResult", "UnknownName", "UnknownSummary", "village_text", "CandidateData", "CandidateService", "Deadline", "Eligibility", "NotEligible", "deadlines", "describe_candidate"]
