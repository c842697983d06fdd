"""Helpers for driving widgets in tests: Thai typing (qtbot.keyClicks aborts on Thai,
see shared/docs/thai-pdf.md) and answering a modal dialog opened by exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


def type_text(widget: QWidget, text: str, replace: bool = True) -> None:
    """Type any text (Thai included) as an input method would commit it."""
    if replace and isinstance(widget, QLineEdit):
        widget.clear()
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def when_modal(action: Callable[[QWidget], None], tries: int = 50) -> None:
    """Run ``action`` on the next modal dialog once it is showing."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))
            return
        assert dialog is not None, "no modal dialog appeared"
        action(dialog)

    QTimer.singleShot(0, lambda: attempt(tries))
