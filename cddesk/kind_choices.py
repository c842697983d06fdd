"""The choice lists of the activity kinds (:mod:`cddesk.kinds`): each field's tokens as
stored in the database, with their Thai labels — a meeting's type, a training's purpose,
the website contest's checklist, the role-model criteria's kinds of work …

Pure data, kept apart from the kinds themselves (which load SQLAlchemy and the models);
:mod:`cddesk.kinds` re-exports every name. Labels are Thai source texts; ``QT_TR_NOOP``
marks them for the window's English translation (``scripts/update-translations.sh`` scans
this file too)."""

from __future__ import annotations

Choices = tuple[tuple[str, str], ...]


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


def label_of(choices: Choices, token: str) -> str:
    """The label of ``token`` in ``choices`` (the token itself when it is not listed)."""
    return dict(choices).get(token, token)


MEETING_KINDS: Choices = (
    ("session_call", QT_TR_NOOP("เข้าร่วม Session Call")),
    ("conference", QT_TR_NOOP("เข้าร่วมประชุมทางไกลผ่านอินเทอร์เน็ตของกรม (Conference)")),
    ("webex_hosted", QT_TR_NOOP("จัดประชุมผ่าน Cisco WebEx")),
    ("other", QT_TR_NOOP("อื่น ๆ")),
)
PURPOSES: Choices = (
    ("security", QT_TR_NOOP("สร้างความตระหนักด้านความมั่นคงปลอดภัยสารสนเทศ")),
    ("tools", QT_TR_NOOP("สร้างความรู้การใช้เครื่องมือด้าน IT ของกรม")),
    ("click", QT_TR_NOOP("ขับเคลื่อน Click ชุมชน")),
    ("other", QT_TR_NOOP("อื่น ๆ")),
)
SECURITY_FORMATS: Choices = (
    ("F1", QT_TR_NOOP("F1 อบรม/ประชุมสร้างความตระหนัก")),
    ("F2", QT_TR_NOOP("F2 จัดทำคู่มือ/อินโฟกราฟิก/วิดีโอ")),
    ("F3", QT_TR_NOOP("F3 ติดตาม/แก้ไขปัญหา ณ สำนักงานอำเภอ")),
)
TOOLS: Choices = (
    ("click", QT_TR_NOOP("Click ชุมชน")),
    ("smart_bmn", QT_TR_NOOP("Smart bmn (จปฐ.)")),
    ("cia", QT_TR_NOOP("CIA")),
    ("gis", QT_TR_NOOP("GIS")),
    ("data_centre", QT_TR_NOOP("ศูนย์ข้อมูลกลาง")),
    ("other", QT_TR_NOOP("อื่น ๆ")),
)
ACTIVITY_KINDS: Choices = (
    ("training", QT_TR_NOOP("อบรม")),
    ("meeting", QT_TR_NOOP("ประชุม")),
    ("exchange", QT_TR_NOOP("แลกเปลี่ยนเรียนรู้")),
    ("manual", QT_TR_NOOP("คู่มือ")),
    ("infographic", QT_TR_NOOP("อินโฟกราฟิก")),
    ("video", QT_TR_NOOP("วิดีโอ")),
    ("visit", QT_TR_NOOP("ติดตาม/ลงพื้นที่")),
    ("other", QT_TR_NOOP("สื่ออื่น ๆ")),
)
AUDIENCES: Choices = (("staff", QT_TR_NOOP("เจ้าหน้าที่")), ("partners", QT_TR_NOOP("ภาคีเครือข่าย")))
GOVERNANCE_KINDS: Choices = (
    ("committee", QT_TR_NOOP("แต่งตั้งคณะกรรมการ/คณะทำงาน")),
    ("duties", QT_TR_NOOP("มอบหมายหน้าที่")),
    ("meeting", QT_TR_NOOP("ประชุมขับเคลื่อนงาน IT")),
)
WEBSITE_SECTIONS: Choices = (
    ("structure", QT_TR_NOOP("โครงสร้างบุคลากร")),
    ("announcements", QT_TR_NOOP("ประกาศ/คำสั่ง")),
    ("services", QT_TR_NOOP("งานบริการ")),
    ("contact", QT_TR_NOOP("ติดต่อเรา")),
)
CENTRAL_DATABASES: Choices = (
    ("savings_groups", QT_TR_NOOP("กลุ่มออมทรัพย์เพื่อการผลิต")),
    ("kkhkc", QT_TR_NOOP("โครงการแก้ไขปัญหาความยากจน (กข.คจ.)")),
    ("community_leaders", QT_TR_NOOP("ผู้นำชุมชน")),
    ("mother_fund", QT_TR_NOOP("กองทุนแม่ของแผ่นดิน")),
    ("otop_sales", QT_TR_NOOP("ยอดจำหน่ายผลิตภัณฑ์ OTOP")),
    ("tambon_plan", QT_TR_NOOP("แผนพัฒนาตำบล")),
)
MODEL_STEPS: Choices = (
    ("1", QT_TR_NOOP("1 คัดเลือกตำบลเป้าหมายตามแนวทาง")),
    ("2", QT_TR_NOOP("2 กำหนดประเด็นด้วยโปรแกรม CIA")),
    ("3", QT_TR_NOOP("3 สรุปองค์ความรู้")),
    ("4", QT_TR_NOOP("4 บันทึกในฐานข้อมูลกลาง")),
    ("5", QT_TR_NOOP("5 เผยแพร่บทเรียน (PDF และวิดีโอ)")),
)
STEP_PARTS: Choices = (("pdf", QT_TR_NOOP("เอกสาร PDF")), ("video", QT_TR_NOOP("วิดีโอ")))
CLICK_ACTIONS: Choices = (
    ("working_group", QT_TR_NOOP("ทบทวนกลไก/แต่งตั้งคณะทำงาน")),
    ("summary_report", QT_TR_NOOP("รายงานสรุปผลต่อผู้บริหาร")),
)
CLICK_FIGURES: Choices = (
    ("shop_registrations", QT_TR_NOOP("ร้านค้าสมัคร Shop ชุมชน")),
    ("tourism_entries", QT_TR_NOOP("บันทึก/ปรับปรุง CDD พาเที่ยว")),
    ("downloads", QT_TR_NOOP("ยอดดาวน์โหลดแอป Click ชุมชน")),
)
CHANNELS: Choices = (
    ("facebook", "Facebook"), ("line", "LINE"), ("website", QT_TR_NOOP("เว็บไซต์")),
    ("tiktok", "TikTok"), ("youtube", "YouTube"), ("radio", QT_TR_NOOP("วิทยุ")),
    ("other", QT_TR_NOOP("อื่น ๆ")),
)
INNOVATION_ITEMS: Choices = (
    ("item_1_1", QT_TR_NOOP("1.1 กระบวนการพัฒนามาจากปัญหาจริงและมีส่วนร่วม")),
    ("item_1_2", QT_TR_NOOP("1.2 เป็นสิ่งใหม่ หรือปรับปรุงของเดิม")),
    ("item_2_1", QT_TR_NOOP("2.1 ถ่ายทอดให้ภาคีหรือเจ้าหน้าที่")),
    ("item_2_2", QT_TR_NOOP("2.2 นำไปใช้จริงและมีเสียงตอบรับจากผู้ใช้")),
    ("item_2_3", QT_TR_NOOP("2.3 มีแผนการพัฒนาต่อที่เป็นไปได้")),
)
# The website contest's checklist (seed 001, rubrics.md §4): the item keys of
# scoring/rubrics/website_contest_fy*.toml, which score them. Kept here as literals so the
# window can translate them; tests/test_website_check.py fails when a shipped rubric lists an
# item this list lacks.
WEBSITE_CHECK_ITEMS: Choices = (
    ("basic.vision", QT_TR_NOOP("1.1 วิสัยทัศน์ พันธกิจ ประเด็นยุทธศาสตร์ หน้าที่ความรับผิดชอบ")),
    ("basic.structure", QT_TR_NOOP("1.2 โครงสร้าง อำนาจหน้าที่ อัตรากำลัง ผู้บริหาร")),
    ("basic.contact", QT_TR_NOOP("1.3 ข้อมูลติดต่อ (ที่อยู่ โทรศัพท์ โทรสาร อีเมล Facebook ผู้ดูแลเว็บไซต์)")),
    ("basic.services", QT_TR_NOOP("1.4 ข้อมูลการให้บริการที่สำคัญของหน่วยงาน")),
    ("basic.articles", QT_TR_NOOP("1.5 บทความ กรณีศึกษา องค์ความรู้จากการปฏิบัติงาน")),
    ("mission.khok_nong_na", QT_TR_NOOP("2.1 โคก หนอง นา โมเดล")),
    ("mission.sufficiency_village", QT_TR_NOOP("2.2 หมู่บ้านเศรษฐกิจพอเพียง")),
    ("mission.kitchen_garden", QT_TR_NOOP("2.3 แผนปฏิบัติการ 90 วัน ปลูกผักสวนครัวเพื่อสร้างความมั่นคงทางอาหาร")),
    ("mission.otop", QT_TR_NOOP("2.4 หนึ่งตำบลหนึ่งผลิตภัณฑ์ OTOP")),
    ("mission.otop_nawatwithi", QT_TR_NOOP("2.5 ชุมชนท่องเที่ยว OTOP นวัตวิถี")),
    ("mission.jpt_kchch", QT_TR_NOOP("2.6 ข้อมูล จปฐ./กชช. 2ค")),
    ("mission.savings_groups", QT_TR_NOOP("2.7 กลุ่มออมทรัพย์เพื่อการผลิต")),
    ("mission.kkhkc", QT_TR_NOOP("2.8 โครงการแก้ไขปัญหาความยากจน (กข.คจ.)")),
    ("mission.sammachip", QT_TR_NOOP("2.9 สัมมาชีพชุมชน")),
    ("mission.women_fund", QT_TR_NOOP("2.10 กองทุนพัฒนาบทบาทสตรี")),
    ("links.cdd", QT_TR_NOOP("3.1 เว็บลิงก์กรมการพัฒนาชุมชน สำนัก/กอง/ศูนย์")),
    ("links.province", QT_TR_NOOP("3.2 เว็บลิงก์สำนักงานพัฒนาชุมชนจังหวัด")),
    ("links.external", QT_TR_NOOP("3.3 เว็บลิงก์หน่วยงานภายนอกที่เกี่ยวข้อง")),
    ("continuity.news", QT_TR_NOOP("4.1 ข่าวกิจกรรมประชาสัมพันธ์หน่วยงานอย่างต่อเนื่อง")),
    ("continuity.announcements", QT_TR_NOOP("4.2 ประกาศ หนังสือสั่งการ")),
    ("continuity.downloads", QT_TR_NOOP("4.3 ข้อมูลสำหรับดาวน์โหลดเป็นปัจจุบัน")),
)
# The four kinds of IT work of the role-model criteria (seed 001, criterion 3 (1)–(4)).
PORTFOLIO_CATEGORIES: Choices = (
    ("website", QT_TR_NOOP("(1) พัฒนา ปรับปรุง แก้ไขเว็บไซต์")),
    ("media", QT_TR_NOOP("(2) สื่อประชาสัมพันธ์ (จดหมายข่าว คลิปวิดีโอ อินโฟกราฟิก โบรชัวร์ แผ่นพับ)")),
    ("social", QT_TR_NOOP("(3) ช่องทางสื่อสังคมออนไลน์ (Facebook, LINE, YouTube, TikTok)")),
    ("software", QT_TR_NOOP("(4) ประยุกต์ใช้โปรแกรมสำเร็จรูป/แอปพลิเคชัน (Office, Photoshop, Google Docs/Sheets, แอปมือถือ)")),
)
