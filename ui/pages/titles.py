"""The main window's page titles, in navigation order. A title is the Thai source text (the
key of ``MainWindow.go_to``), shown translated. Kept apart from the pages, which are
imported only when first built (``ui/pages/catalog.py``), so the navigation list is complete
before any of them is loaded."""

from __future__ import annotations

from cddesk.kind_groups import GROUPS
from ui.i18n import QT_TR_NOOP

HOME = QT_TR_NOOP("หน้าแรก")
SCORES = QT_TR_NOOP("คะแนนประเมิน")
REPORTS = QT_TR_NOOP("รายงาน")
PACKAGE = QT_TR_NOOP("ส่งจังหวัด")
PROFILE = QT_TR_NOOP("ข้อมูลสำนักงาน")
STAFF = QT_TR_NOOP("บุคลากร")
COMPUTERS = QT_TR_NOOP("ทะเบียนคอมพิวเตอร์")
ANTIVIRUS = QT_TR_NOOP("โปรแกรมป้องกันไวรัส")
ACCOUNTS = QT_TR_NOOP("บัญชีผู้ใช้งานอินเทอร์เน็ต")
MONTHS = QT_TR_NOOP("ผลงานรายเดือน")
VILLAGES = QT_TR_NOOP("หมู่บ้านสารสนเทศ/ตำบลต้นแบบ")
SURVEY = QT_TR_NOOP("สำรวจความต้องการฝึกอบรม")
PROVINCE = (QT_TR_NOOP("จังหวัด: อำเภอและใบรับรอง"), QT_TR_NOOP("จังหวัด: นำเข้าชุดข้อมูล"),
            QT_TR_NOOP("จังหวัด: สรุปผลรายอำเภอ"))

# Every office's pages (the activity groups between the villages page and the survey);
# province mode adds PROVINCE after them.
OFFICE_PAGES: tuple[str, ...] = (HOME, SCORES, REPORTS, PACKAGE, PROFILE, STAFF, COMPUTERS, ANTIVIRUS, ACCOUNTS,
                                 MONTHS, VILLAGES, *GROUPS, SURVEY)
