"""The groups the activity kinds of :mod:`cddesk.kinds` are shown in, one window page each,
in the navigation's order. Kept apart from the kinds (which load SQLAlchemy and the models)
so the window can list its pages before the database layer is imported.

Labels are Thai source texts marked for the window's English translation."""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


GROUP_MEETINGS = QT_TR_NOOP("ประชุมออนไลน์")
GROUP_TRAINING = QT_TR_NOOP("อบรมและสร้างความตระหนัก")
GROUP_GOVERNANCE = QT_TR_NOOP("กลไกบริหารงาน IT และเว็บไซต์")
GROUP_DATA = QT_TR_NOOP("ข้อมูล จปฐ. และฐานข้อมูลกลาง")
GROUP_TAMBON = QT_TR_NOOP("ตำบลต้นแบบสารสนเทศ")
GROUP_CLICK = QT_TR_NOOP("Click ชุมชน")
GROUP_INNOVATION = QT_TR_NOOP("นวัตกรรม")
GROUP_ROLE_MODEL = QT_TR_NOOP("คนต้นแบบ ไอที")
GROUP_PLAN = QT_TR_NOOP("ค่าเป้าหมายประจำปี")

GROUPS: tuple[str, ...] = (GROUP_MEETINGS, GROUP_TRAINING, GROUP_GOVERNANCE, GROUP_DATA, GROUP_TAMBON,
                           GROUP_CLICK, GROUP_INNOVATION, GROUP_ROLE_MODEL, GROUP_PLAN)
