"""One dialog for every register: fields built from a spec, values collected into the
service's dataclass, and the service's Thai validation messages shown at each field.
Nothing is saved until the service accepts the whole record."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cddesk.errors import KnownError, ValidationError
from ui.widgets.fields import ChoiceCombo, MultiChoice, NumberEdit, ThaiDateEdit, TimeEdit
from ui.i18n import tr

ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text | multiline | date | time | number | integer | choice | multi | bool
    choices: Callable[[], Sequence[tuple[Any, str]]] | None = None
    blank: str | None = None  # label of the empty choice, for optional choices
    unit: str = ""
    required: bool = False
    placeholder: str = ""
    transform: Callable[[Any], Any] | None = field(default=None)


def make_editor(spec: FieldSpec, parent: QWidget) -> QWidget:
    if spec.kind == "multiline":
        text = QPlainTextEdit(parent)
        text.setTabChangesFocus(True)  # keyboard-only entry moves on with Tab
        text.setFixedHeight(70)
        editor: QWidget = text
    elif spec.kind == "date":
        editor = ThaiDateEdit(parent, optional=not spec.required)
    elif spec.kind == "time":
        editor = TimeEdit(parent)
    elif spec.kind in ("number", "integer"):
        editor = NumberEdit(parent, unit=spec.unit, integer=spec.kind == "integer")
    elif spec.kind == "multi":
        editor = MultiChoice(spec.choices() if spec.choices else (), parent)
    elif spec.kind == "choice":
        editor = ChoiceCombo(spec.choices() if spec.choices else (), parent,
                             blank=tr(spec.blank) if spec.blank else None)
    elif spec.kind == "bool":
        editor = QCheckBox(parent)
    else:
        editor = QLineEdit(parent)
        if spec.placeholder:
            editor.setPlaceholderText(tr(spec.placeholder))
    editor.setObjectName(f"field_{spec.name}")
    return editor


def set_editor_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, (ThaiDateEdit, TimeEdit, NumberEdit, ChoiceCombo, MultiChoice)):
        editor.set_value(value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))


def editor_value(editor: QWidget) -> Any:
    """The typed value; ValueError (Thai message) when the text cannot be read."""
    if isinstance(editor, (ThaiDateEdit, TimeEdit, NumberEdit, ChoiceCombo, MultiChoice)):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    raise TypeError(editor)


class FieldForm(QWidget):
    """A form of editors with an error label under each; reusable inside pages and dialogs."""

    def __init__(self, specs: Sequence[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        for spec in self.specs:
            editor = make_editor(spec, self)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            layout.addRow(tr(spec.label) + (" *" if spec.required else ""), column)
            self.editors[spec.name] = editor
            self.errors[spec.name] = error

    def load(self, data: Any) -> None:
        for spec in self.specs:
            set_editor_value(self.editors[spec.name], getattr(data, spec.name))

    def collect(self, data: Any) -> Any:
        """A copy of ``data`` with the edited values; ValidationError for unreadable fields."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for spec in self.specs:
            try:
                value = editor_value(self.editors[spec.name])
                values[spec.name] = spec.transform(value) if spec.transform else value
            except ValueError as exc:
                problems[spec.name] = str(exc)
        if problems:
            raise ValidationError(problems)
        return dataclasses.replace(data, **values)

    def show_errors(self, fields: dict[str, str]) -> list[str]:
        """Show messages at their fields; returns the ones no field owns."""
        for name, label in self.errors.items():
            label.setVisible(name in fields)
            label.setText(fields.get(name, ""))
        first = next((n for n in self.editors if n in fields), None)
        if first:
            self.editors[first].setFocus()
        return [msg for name, msg in fields.items() if name not in self.editors]


def save_cancel_buttons(dialog: QDialog, save: str = "", cancel: str = "") -> QDialogButtonBox:
    """Save/Cancel in Thai (the wheel ships no Thai Qt translation), wired to the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save or tr("บันทึก"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel or tr("ยกเลิก"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RecordDialog(QDialog):
    """Edit one record. ``save`` is the service call; it raises ValidationError or returns."""

    def __init__(self, title: str, specs: Sequence[FieldSpec], data: Any,
                 save: Callable[[Any], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.data = data
        self.saved: Any = None
        self._save = save
        self.form = FieldForm(specs, self)
        self.form.load(data)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, min(140 + 52 * len(specs), 780))

    def accept(self) -> None:
        try:
            data = self.form.collect(self.data)
            self.saved = self._save(data)
        except ValidationError as exc:
            rest = self.form.show_errors(exc.fields)
            self.banner.setText("\n".join(rest) or tr("มีข้อมูลที่ต้องแก้ไข ดูข้อความสีแดงใต้ช่องที่ระบุ"))
            self.banner.show()
            return
        except KnownError as exc:
            self.banner.setText(exc.message)
            self.banner.show()
            return
        super().accept()
