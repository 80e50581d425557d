"""Atomic file writes: the target holds either its old content or all of the new, never a part.

The data goes to a temporary file beside the target (same folder, so same file system), is flushed
to disk, then renamed over the target with :func:`os.replace`, which is atomic on POSIX and Windows.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from explorer.core.errors import ExportError

_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _reason(error: OSError, folder: Path) -> str:
    """A short human reason for a failed write."""
    if error.errno == errno.ENOENT and not folder.exists():
        return f"the folder {folder} does not exist"
    if error.errno in (errno.ENOTDIR,) or (error.errno == errno.ENOENT and folder.is_file()):
        return f"{folder} is not a folder"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (the folder is read-only or not yours)"
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno == errno.EISDIR:
        return "a folder of that name is in the way"
    return error.strerror or str(error)


def _create_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """An exclusive new file beside the target; the process umask sets its permissions."""
    for _ in range(100):
        candidate = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(candidate, _OPEN_FLAGS, 0o666), candidate
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not pick a temporary file name", str(folder))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the platform allows opening a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; raise :class:`ExportError` naming the file and reason.

    On failure the temporary file is removed and an existing ``path`` is left untouched. A symbolic
    link is followed, so the file it points to is replaced rather than the link.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    temporary: Path | None = None
    try:
        descriptor, temporary = _create_temporary(folder, target.name)
        try:
            with contextlib.suppress(FileNotFoundError):
                existing = target.stat()
                if hasattr(os, "fchmod"):
                    os.fchmod(descriptor, stat.S_IMODE(existing.st_mode))
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise ExportError(f"{path}: cannot write the file: {_reason(error, folder)}") from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    _fsync_folder(folder)
