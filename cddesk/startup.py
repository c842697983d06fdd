"""A glance at an office's database before the database layer is loaded, so the window can
be shown while SQLAlchemy, the models and the activity kinds are imported and the database
is opened (and migrated if needed) off the GUI thread.

:func:`glance` reads, read-only with the standard library's ``sqlite3``, only what the
window's frame needs: the settings (the language must be known before any label is made),
whether province mode is on, and the office's name. It answers None whenever the full,
synchronous open must decide instead — no database yet or no office profile (first start),
a file it cannot read (the restore offer), a file whose tables it does not know: those
starts wait for ``Services.open`` as before. It does not check the whole file (``PRAGMA
quick_check`` reads all of it): the background open does that first (``ui/opening.py``)
and hands a damaged file to the full open and its restore offer.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cddesk.paths import DataPaths
from cddesk.settings import PROVINCE_MODE, PROVINCE_MODE_KEY, Settings

if TYPE_CHECKING:
    from cddesk.app_services import Services


@dataclass(frozen=True)
class Glance:
    paths: DataPaths
    settings: Settings
    province_mode: bool
    office_name: str
    province_name: str


def glance(paths: DataPaths) -> Glance | None:
    """What the window frame needs, or None when the office must be opened in full first."""
    if not paths.database.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        values = {str(k): str(v) for k, v in con.execute("SELECT key, value FROM setting")}
        office = con.execute("SELECT office_name, province_name FROM office_profile WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    if office is None:
        return None
    try:
        settings = Settings.from_values(values)
    except ValueError:  # a date style this program does not know: let the full open report it
        return None
    return Glance(paths, settings, values.get(PROVINCE_MODE_KEY) == PROVINCE_MODE,
                  str(office[0] or ""), str(office[1] or ""))


def glance_of(services: Services) -> Glance:
    """The same glance from opened services (a window built after a full open)."""
    profile = services.office.profile()
    return Glance(services.db.paths, services.office.settings(), services.office.is_province_mode(),
                  profile.office_name if profile else "", profile.province_name if profile else "")
