"""The one module that resolves every path CD Desk uses.

The data folder comes from platformdirs, unless ``--data-dir`` or the
environment variable ``CDDESK_DATA_DIR`` says otherwise (tests always do).
Bundled resources (fonts, migrations, translations, sample data) are found
both from a source checkout and from a PyInstaller bundle (``sys._MEIPASS``).
Nothing here touches the disk on import.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cddesk import APP_SLUG

ENV_DATA_DIR = "CDDESK_DATA_DIR"
DB_FILENAME = "cddesk.sqlite3"


def source_root() -> Path:
    """Folder holding ``fonts/``, ``resources/`` and ``models/``: the checkout or the bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A real file path to a bundled resource (reportlab and Qt both need one)."""
    return source_root().joinpath(*parts)


FONT_FILES = ("Laksaman.ttf", "Laksaman-Bold.ttf", "Laksaman-Italic.ttf", "Laksaman-BoldItalic.ttf")


def font_path(filename: str = "Laksaman.ttf") -> Path:
    return resource_path("fonts", filename)


@dataclass(frozen=True)
class DataPaths:
    """Every path inside one office's data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def thumbnails(self) -> Path:
        return self.root / "evidence" / "thumbnails"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        """Create the folders; raises OSError (read-only disk …) for the caller to explain."""
        for folder in (self.root, self.evidence, self.thumbnails, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    """``--data-dir`` first, then ``CDDESK_DATA_DIR``, then the platform's user data folder."""
    if cli_value:
        root = Path(cli_value)
    elif os.environ.get(ENV_DATA_DIR):
        root = Path(os.environ[ENV_DATA_DIR])
    else:
        from platformdirs import user_data_path  # (only here: ~10 ms of a start given --data-dir)

        root = user_data_path(APP_SLUG, appauthor=False)
    return DataPaths(root.expanduser().resolve())
