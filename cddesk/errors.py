"""Known errors: problems a user can fix, each carrying a Thai message saying what to do.

Anything that is not a ``KnownError`` is a bug and goes to the crash dialog.
"""

from __future__ import annotations


class KnownError(Exception):
    """A problem with a plain Thai explanation (locked, read-only, bad file …)."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ValidationError(KnownError):
    """One or more fields are wrong. ``fields`` maps field name → Thai message."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("\n".join(self.fields.values()))


class DatabaseTooNew(KnownError):
    pass


class StorageError(KnownError):
    pass


class DatabaseCorrupt(StorageError):
    """The database file is damaged: the window offers the latest good backup."""
