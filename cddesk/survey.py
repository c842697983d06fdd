"""The training-needs questionnaire (seed 000, ``shared/docs/rubrics.md`` §2): entering the
completed forms, and ranking the topics.

Part 1 is the respondent (sex, age band, position level, affiliation: each one of the
questionnaire's boxes, or left blank); part 2 rates ten fixed topics and up to four
"อื่น ๆ โปรดระบุ" topics from มากที่สุด 5 to น้อยที่สุด 1 (a topic may be left blank).

:func:`rank` orders the topics by mean rating, highest first; equal means go to the topic
with more 5-ratings, then to the earlier one in the document (the ten in their printed
order, then the "other" topics in the order they first appear in the responses). Blanks
are not ratings: they count neither towards the mean nor the number of respondents. A topic
nobody rated has no mean and no rank and is listed after the ranked ones. Means are exact
fractions, so 4/1 and 8/2 are equal and the tie rules decide.

Choice columns hold short English tokens (``female``, ``41_50``); the Thai words of the
printed questionnaire live here, with the topics as printed (three OCR slips of the seed
are corrected: ครัวเรือน, ตัดต่อ, ฝ่ายฯ; topic 3 is read as "การปักหมุดครัวเรือน…").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from cddesk.kinds import EARLIEST, Choices, Field
from cddesk.services.records import RecordService
from cddesk.thaidate import fiscal_year_bounds, format_date
from cddesk.validation import Problems, check_not_future
from models import SurveyResponse

TITLE = "แบบสอบถาม โครงการศูนย์บริการข้อมูลข่าวสารทางไกล"
SUBJECT = ("ความต้องการฝึกอบรมและการรับรู้ข้อมูลข่าวสาร ผ่านช่องทางห้องประชุมออนไลน์ (Session Call) "
           "ของบุคลากรในสังกัดสำนักงานพัฒนาชุมชนจังหวัด{province}")

TOPICS: tuple[str, ...] = (
    "นโยบาย/ข้อราชการสำคัญเร่งด่วนของรัฐบาล/กรมฯ/จังหวัด",
    "การติดตั้งและใช้งานโปรแกรมป้องกันไวรัส ESET Endpoint",
    "การปักหมุดครัวเรือนสมาชิกกองทุนพัฒนาบทบาทสตรี/ครัวเรือนยากจน",
    "การตัดต่อคลิป VDO เพื่อการประชาสัมพันธ์งานพัฒนาชุมชน",
    "การถ่ายทอดสดผ่าน Facebook เพื่อเพิ่มช่องทางการจำหน่าย OTOP",
    "การบันทึกข้อมูลผ่านระบบรายงานออนไลน์ CDD-Report",
    "การพัฒนาเว็บไซต์ เพื่อประชาสัมพันธ์งานพัฒนาชุมชน",
    "การใช้ระบบสำนักงานอัตโนมัติ (OA) : ระบบ E-Submission",
    "การจัดทำแบบสอบถามออนไลน์ และการสร้าง QR Code",
    "การชี้แจงข้อราชการสำคัญของกลุ่มงานฯ ฝ่ายฯ ต่าง ๆ",
)
MAX_OTHERS = 4
OTHER_LABEL = "อื่น ๆ โปรดระบุ"

SEXES: Choices = (("male", "ชาย"), ("female", "หญิง"), ("other", "อื่น ๆ"))
AGE_BANDS: Choices = (("under_30", "ต่ำกว่า 30 ปี"), ("30_40", "30 - 40 ปี"), ("41_50", "41 - 50 ปี"),
                      ("51_60", "51 - 60 ปี"))
LEVELS: Choices = (("operational", "ปฏิบัติงาน"), ("experienced", "ชำนาญงาน"), ("practitioner", "ปฏิบัติการ"),
                   ("professional", "ชำนาญการ"), ("senior_professional", "ชำนาญการพิเศษ"))
AFFILIATIONS: Choices = (("district", "สำนักงานพัฒนาชุมชนอำเภอ"), ("province", "สำนักงานพัฒนาชุมชนจังหวัด"))
# Part 1 as printed: (field, question, choices).
PART1: tuple[tuple[str, str, Choices], ...] = (
    ("sex", "เพศ", SEXES), ("age_band", "อายุ", AGE_BANDS), ("level", "ระดับตำแหน่ง", LEVELS),
    ("affiliation", "สังกัด", AFFILIATIONS))
RATINGS: tuple[tuple[int, str], ...] = ((5, "มากที่สุด"), (4, "มาก"), (3, "ปานกลาง"), (2, "น้อย"), (1, "น้อยที่สุด"))
NOT_ANSWERED = "ไม่ระบุ"


@dataclass
class SurveyData:
    """One completed questionnaire, column by column (``r1`` … ``r10`` are topics 1–10)."""

    id: int | None = None
    date: dt.date | None = None
    sex: str = ""
    age_band: str = ""
    level: str = ""
    affiliation: str = ""
    r1: int | None = None
    r2: int | None = None
    r3: int | None = None
    r4: int | None = None
    r5: int | None = None
    r6: int | None = None
    r7: int | None = None
    r8: int | None = None
    r9: int | None = None
    r10: int | None = None
    other1: str = ""
    other1_rating: int | None = None
    other2: str = ""
    other2_rating: int | None = None
    other3: str = ""
    other3_rating: int | None = None
    other4: str = ""
    other4_rating: int | None = None
    notes: str = ""

    @property
    def ratings(self) -> list[int | None]:
        """Topics 1–10 in order."""
        return [getattr(self, f"r{i}") for i in range(1, len(TOPICS) + 1)]

    @property
    def others(self) -> list[tuple[str, int | None]]:
        """The filled "other" rows: (topic, rating)."""
        rows = [(getattr(self, f"other{i}"), getattr(self, f"other{i}_rating")) for i in range(1, MAX_OTHERS + 1)]
        return [(name, rating) for name, rating in rows if name or rating is not None]


def response(date: dt.date | None, *, sex: str = "", age_band: str = "", level: str = "", affiliation: str = "",
             ratings: Sequence[int | None] = (), others: Sequence[tuple[str, int | None]] = (),
             notes: str = "") -> SurveyData:
    """A questionnaire from lists: ``ratings`` of topics 1–10 (missing ones are blank),
    ``others`` as (topic, rating) rows — at most four, as the form has four lines."""
    problems = Problems()
    if len(ratings) > len(TOPICS):
        problems.add("ratings", f"แบบสอบถามมี {len(TOPICS)} หัวข้อ แต่ให้คะแนนมา {len(ratings)} หัวข้อ")
    if len(others) > MAX_OTHERS:
        problems.add("others", f"หัวข้ออื่น ๆ ระบุได้ไม่เกิน {MAX_OTHERS} หัวข้อ (แบบสอบถามมี {MAX_OTHERS} บรรทัด) "
                               f"แต่ระบุมา {len(others)} หัวข้อ")
    problems.raise_if_any()
    data = SurveyData(date=date, sex=sex, age_band=age_band, level=level, affiliation=affiliation, notes=notes)
    for i, rating in enumerate(ratings, start=1):
        setattr(data, f"r{i}", rating)
    for i, (name, rating) in enumerate(others, start=1):
        setattr(data, f"other{i}", name)
        setattr(data, f"other{i}_rating", rating)
    return data


def topic_key(name: str) -> str:
    """Two spellings of one "other" topic are the same topic: spaces and Latin case ignored."""
    return " ".join(name.split()).casefold()


def _rating_problem(value: object, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        return (f"{what}: ระดับความต้องการต้องเป็น 5 (มากที่สุด) 4 (มาก) 3 (ปานกลาง) 2 (น้อย) หรือ 1 (น้อยที่สุด) "
                f"หรือเว้นว่าง แต่ใส่ไว้ «{value}»")
    return None


def check_response(data: SurveyData, problems: Problems, today: dt.date | None = None) -> SurveyData:
    """Every rule of one questionnaire; each message names the question it is about."""
    if data.date is None:
        problems.add("date", "ระบุวันที่ตอบแบบสอบถาม")
    else:
        if data.date < EARLIEST:
            problems.add("date", f"วันที่ตอบแบบสอบถาม ({format_date(data.date)}) เก่าเกินไป ตรวจสอบปี พ.ศ./ค.ศ.")
        problems.guard("date", lambda: check_not_future(data.date, "วันที่ตอบแบบสอบถาม", today))
    for name, question, choices in PART1:
        value = (getattr(data, name) or "").strip()
        by_label = {label: token for token, label in choices}
        value = by_label.get(value, value)  # the printed word is as good as the token
        setattr(data, name, value)
        if value and value not in dict(choices):
            words = ", ".join(label for _, label in choices)
            problems.add(name, f"ตอนที่ 1 ข้อ{question}: «{value}» ไม่ใช่ตัวเลือกของแบบสอบถาม ({words}) "
                               "หรือเว้นว่างถ้าผู้ตอบไม่ได้ระบุ")
    for i, topic in enumerate(TOPICS, start=1):
        message = _rating_problem(getattr(data, f"r{i}"), f"ตอนที่ 2 ข้อ {i} {topic}")
        if message:
            problems.add(f"r{i}", message)
    seen: dict[str, int] = {topic_key(t): i for i, t in enumerate(TOPICS, start=1)}
    rows: list[tuple[str, int | None]] = []
    for i in range(1, MAX_OTHERS + 1):
        name = " ".join((getattr(data, f"other{i}") or "").split())
        rating = getattr(data, f"other{i}_rating")
        setattr(data, f"other{i}", name)
        message = _rating_problem(rating, f"หัวข้ออื่น ๆ บรรทัดที่ {i}")
        if message:
            problems.add(f"other{i}_rating", message)
        elif name and rating is None:
            problems.add(f"other{i}_rating", f"หัวข้ออื่น ๆ «{name}» ยังไม่ได้ระบุระดับความต้องการ "
                                             "เลือก 5 (มากที่สุด) ถึง 1 (น้อยที่สุด)")
        elif rating is not None and not name:
            problems.add(f"other{i}", f"หัวข้ออื่น ๆ บรรทัดที่ {i} มีระดับความต้องการ แต่ยังไม่ได้ระบุชื่อหัวข้อ")
        if name:
            key = topic_key(name)
            if key in seen:
                where = f"ข้อ {seen[key]}" if seen[key] <= len(TOPICS) else "หัวข้ออื่น ๆ บรรทัดก่อนหน้า"
                problems.add(f"other{i}", f"หัวข้ออื่น ๆ «{name}» ซ้ำกับ{where} ให้คะแนนที่ข้อเดิมแทน")
            seen.setdefault(key, len(TOPICS) + i)
        if name or rating is not None:
            rows.append((name, rating))
    if not any(r is not None for r in data.ratings) and not rows:
        problems.add("r1", "ยังไม่ได้ให้คะแนนหัวข้อใดเลย แบบสอบถามที่ไม่ได้ตอบตอนที่ 2 ไม่ต้องบันทึก")
    if not problems.fields:  # the "other" lines close up, keeping their order
        for i in range(1, MAX_OTHERS + 1):
            name, rating = rows[i - 1] if i <= len(rows) else ("", None)
            setattr(data, f"other{i}", name)
            setattr(data, f"other{i}_rating", rating)
    data.notes = (data.notes or "").strip()
    return data


class SurveyService(RecordService[SurveyData]):
    """Save, list and delete completed questionnaires."""

    model = SurveyResponse
    data_class = SurveyData
    owner_kind = "survey_response"
    label = "แบบสอบถามความต้องการฝึกอบรม"

    def validate(self, session: Session, data: SurveyData, problems: Problems) -> SurveyData:
        return check_response(data, problems)

    def new(self) -> SurveyData:
        return SurveyData(date=dt.date.today())

    def responses(self, start: dt.date | None = None, end: dt.date | None = None) -> list[SurveyData]:
        """Questionnaires dated ``start``..``end`` (either may be open), by date then entry."""
        query = select(SurveyResponse)
        if start is not None:
            query = query.where(SurveyResponse.date >= start)
        if end is not None:
            query = query.where(SurveyResponse.date <= end)
        with self.db.session() as session:
            rows = session.scalars(query.order_by(SurveyResponse.date, SurveyResponse.id))
            return [self.to_data(r) for r in rows]

    def of_fiscal_year(self, fiscal_year: int) -> list[SurveyData]:
        return self.responses(*fiscal_year_bounds(fiscal_year))

    def save_many(self, items: Iterable[SurveyData]) -> list[SurveyData]:
        """Several questionnaires at once, all or none (each checked as in :meth:`save`)."""
        with self.db.session() as session:
            rows = [self.save_in(session, item) for item in items]
            session.flush()
            return [self.to_data(r) for r in rows]


# --- the ranking ------------------------------------------------------------------------


@dataclass(frozen=True)
class TopicResult:
    """One topic's ratings. ``number`` is 1–10 for the printed topics, None for "other" ones;
    ``order`` is its place in the document (the tie rule of last resort)."""

    order: int
    number: int | None
    title: str
    count: int  # respondents who rated it (blanks excluded)
    total: int  # sum of the ratings
    distribution: tuple[int, int, int, int, int]  # how many 5s, 4s, 3s, 2s, 1s
    rank: int | None = None  # 1 = most needed; None when nobody rated it

    @property
    def mean(self) -> Fraction | None:
        return Fraction(self.total, self.count) if self.count else None

    @property
    def fives(self) -> int:
        return self.distribution[0]

    @property
    def label(self) -> str:
        return f"ข้อ {self.number} {self.title}" if self.number else f"อื่น ๆ: {self.title}"

    def mean_text(self, digits: int = 2) -> str:
        return f"{float(self.mean):.{digits}f}" if self.mean is not None else "-"


@dataclass
class _Tally:
    title: str
    number: int | None
    ratings: list[int] = field(default_factory=list)


def rank(responses: Iterable[SurveyData]) -> list[TopicResult]:
    """Every topic (the ten, then each distinct "other" topic) ranked by the rules above:
    ranked topics first (rank 1, 2 …), then those nobody rated (rank None), in document order."""
    tallies = [_Tally(title, i) for i, title in enumerate(TOPICS, start=1)]
    others: dict[str, _Tally] = {}
    for r in responses:
        for tally, rating in zip(tallies, r.ratings, strict=True):
            if rating is not None:
                tally.ratings.append(rating)
        for name, rating in r.others:
            if not name or rating is None:
                continue
            other = others.setdefault(topic_key(name), _Tally(" ".join(name.split()), None))
            other.ratings.append(rating)
    results = []
    for order, t in enumerate([*tallies, *others.values()]):
        counts = Counter(t.ratings)
        results.append(TopicResult(order=order, number=t.number, title=t.title, count=len(t.ratings),
                                   total=sum(t.ratings),
                                   distribution=(counts[5], counts[4], counts[3], counts[2], counts[1])))
    rated = sorted((t for t in results if t.count), key=lambda t: (-(t.mean or 0), -t.fives, t.order))
    unrated = [t for t in results if not t.count]
    return [replace(t, rank=i) for i, t in enumerate(rated, start=1)] + unrated


def tie_note(results: Sequence[TopicResult]) -> list[str]:
    """Why topics with equal means are ordered as they are (Thai, one line per decided tie)."""
    lines = []
    ranked = [t for t in results if t.rank is not None]
    for a, b in zip(ranked, ranked[1:]):
        if a.mean == b.mean:
            why = (f"ระดับ 5 มากกว่า ({a.fives} ต่อ {b.fives})" if a.fives != b.fives
                   else "ระดับ 5 เท่ากัน จึงเรียงตามลำดับในแบบสอบถาม")
            lines.append(f"อันดับ {a.rank} และ {b.rank} ค่าเฉลี่ยเท่ากัน ({a.mean_text()}): {why}")
    return lines


@dataclass(frozen=True)
class Breakdown:
    """Part 1: how many respondents chose each box of one question."""

    question: str
    rows: tuple[tuple[str, int], ...]  # (Thai choice, respondents), NOT_ANSWERED last if any
    total: int


def breakdowns(responses: Sequence[SurveyData]) -> list[Breakdown]:
    out = []
    for name, question, choices in PART1:
        counts = Counter(getattr(r, name) for r in responses)
        rows = [(label, counts[token]) for token, label in choices]
        blank = sum(n for token, n in counts.items() if token not in dict(choices))
        if blank:
            rows.append((NOT_ANSWERED, blank))
        out.append(Breakdown(question, tuple(rows), len(responses)))
    return out


def survey_fields() -> tuple[Field, ...]:
    """The columns as workbook fields (Thai headers, choices written as their Thai words)."""
    f = Field
    return (
        f("date", "วันที่ตอบ", "date", required=True),
        *(f(name, question, "choice", False, choices) for name, question, choices in PART1),
        *(f(f"r{i}", f"ข้อ {i}", "int") for i in range(1, len(TOPICS) + 1)),
        *(x for i in range(1, MAX_OTHERS + 1)
          for x in (f(f"other{i}", f"อื่น ๆ {i}"), f(f"other{i}_rating", f"คะแนนอื่น ๆ {i}", "int"))),
        f("notes", "หมายเหตุ", "multiline"),
    )

