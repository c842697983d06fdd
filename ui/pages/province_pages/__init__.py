"""Province mode's three pages: the districts and their certificates (:mod:`.districts`),
importing district packages (:mod:`.imports`: a dry run first, then the real import, one
receipt per file), and the consolidated scores of a period (:mod:`.consolidated`) with a
drill-down into one district's package (:mod:`.district_dialog`) and PDF/Excel export.
What they share — layouts, read-only tables, Thai errors — is in :mod:`.common`.

Slow work runs on :func:`ui.worker.run_in_background` behind a progress dialog; a page
sets ``busy`` meanwhile and emits ``done`` when finished. Prompts are thin wrappers around
methods taking plain arguments (``register_certificate``, ``issue``, ``add_paths`` …)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cddesk.app_services import Services
from ui.pages.province_pages.common import period_text
from ui.pages.province_pages.consolidated import ConsolidatedPage
from ui.pages.province_pages.district_dialog import DistrictDialog, read_sheets
from ui.pages.province_pages.districts import DistrictsPage
from ui.pages.province_pages.imports import ImportPage
from ui.pages.titles import PROVINCE

__all__ = ["PROVINCE_PAGE_TITLES", "ConsolidatedPage", "DistrictDialog", "DistrictsPage", "ImportPage",
           "period_text", "province_pages", "read_sheets"]

PROVINCE_PAGE_TITLES = PROVINCE  # the window's titles of these pages (ui/pages/titles.py)


def province_pages(services: Services, parent: QWidget | None = None) -> list[tuple[str, QWidget]]:
    """The three province pages with their untranslated titles (the window shows ``tr(title)``).
    A finished import shows its period on the consolidated page."""
    districts, imports, summary = (DistrictsPage(services, parent), ImportPage(services, parent),
                                   ConsolidatedPage(services, parent))
    imports.imported.connect(summary.show_period)
    return [(PROVINCE_PAGE_TITLES[0], districts), (PROVINCE_PAGE_TITLES[1], imports),
            (PROVINCE_PAGE_TITLES[2], summary)]
