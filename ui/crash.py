"""Global exception hook: known errors get their Thai message, bugs get a dialog with
copyable details, and both go to the log. Qt's own warnings go into Python logging."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cddesk import __version__
from cddesk.errors import KnownError
from ui.i18n import tr

log = logging.getLogger("cddesk.crash")
qtlog = logging.getLogger("qt")


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("CD Desk พบข้อผิดพลาด"))
        text = QLabel(tr(
            "เกิดข้อผิดพลาดที่โปรแกรมไม่ได้คาดไว้ ข้อมูลที่บันทึกแล้วยังอยู่ครบ\n"
            "กรุณาคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลระบบ แล้วลองทำรายการนั้นอีกครั้ง"), self)
        text.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(tr("คัดลอกรายละเอียด"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if isinstance(exc, KnownError):
        log.warning("known error: %s (%s)", exc.message, exc.detail)
        QMessageBox.warning(QApplication.activeWindow(), "CD Desk", exc.message)
        return
    log.error("unhandled exception", exc_info=(exc_type, exc, tb))
    details = f"CD Desk {__version__}, Python {sys.version.split()[0]}\n" + "".join(
        traceback.format_exception(exc_type, exc, tb)
    )
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    CrashDialog(details, QApplication.activeWindow()).exec()


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qtlog.log(level, message)


def install() -> None:
    sys.excepthook = excepthook
    qInstallMessageHandler(_qt_message)
