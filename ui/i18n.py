"""Translation: the window is written in Thai (source language) and ships an English
translation in ``resources/translations/cddesk_en.ts``, compiled to ``.qm`` by setup.

- ``tr("…")`` translates a literal where it is shown; ``pyside6-lupdate`` extracts it.
- ``QT_TR_NOOP("…")`` marks a literal defined before the translator exists (field
  labels, column headers); the widget that shows it calls ``tr(label)``.
- Messages from ``cddesk`` services stay Thai: they are data, not window labels.

Refresh the .ts after changing labels: ``bash scripts/update-translations.sh``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from cddesk.paths import resource_path

LANGUAGES = {"th": "ไทย", "en": "English"}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


def qm_path(language: str) -> str:
    return str(resource_path("resources", "translations", f"cddesk_{language}.qm"))


_installed: list[QTranslator] = []


def install_translator(language: str) -> bool:
    """Use ``language`` for the window from now on; Thai needs no file. False when the
    compiled translation is missing (the window then stays Thai)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if language == "th" or app is None:
        return True
    translator = QTranslator()
    if not translator.load(qm_path(language)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
