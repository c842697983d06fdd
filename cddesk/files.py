"""Writing files so that a crash, a full disk or a killed process never leaves a
half-written file under the final name: write to a temporary name in the same folder,
flush to disk, then rename over the target in one step."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from cddesk.errors import StorageError, explain_storage


def atomic_write(target: Path, write: Callable[[str], object]) -> None:
    """Call ``write(temp_path)`` and move the result to ``target`` only when it succeeded."""
    target = Path(target)
    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise _storage_error(target, exc) from exc
    os.close(fd)
    try:
        write(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        raise _storage_error(target, exc) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def copy_atomic(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` so that ``target`` is either the old file or a whole copy."""
    import shutil

    atomic_write(Path(target), lambda temp: shutil.copyfile(source, temp))


def _storage_error(target: Path, exc: OSError) -> StorageError:
    return StorageError(explain_storage(exc, target.parent, f"บันทึกไฟล์ «{target.name}»"), detail=str(exc))
