"""Safe writes: a file holds either its old content or all of the new, never a part.

For a regular file, the data goes to a temporary file beside the target (same folder, so same file
system), is flushed to disk, then renamed over the target with :func:`os.replace`, which is atomic
on POSIX and Windows; the replaced file's permissions are kept. What is not a regular file (a
device such as ``/dev/null``, a named pipe, ``-`` for standard output) is written to as a stream,
never replaced; a read-only file is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from explorer.core.errors import ExportError
from explorer.core.messages import Message

_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _reason(error: OSError, folder: Path) -> str:
    """A short human reason for a failed write."""
    if error.errno == errno.ENOENT and not folder.exists():
        return Message("the folder {folder} does not exist", folder=folder)
    if error.errno in (errno.ENOTDIR,) or (error.errno == errno.ENOENT and folder.is_file()):
        return Message("{folder} is not a folder", folder=folder)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("permission denied (the folder is read-only or not yours)")
    if error.errno == errno.ENOSPC:
        return Message("the disk is full")
    if error.errno == errno.EISDIR:
        return _FOLDER_IN_THE_WAY
    return error.strerror or str(error)


_FOLDER_IN_THE_WAY = Message("a folder of that name is in the way")


def _cannot_write(path: str | Path, reason: str) -> Message:
    return Message("{file}: cannot write: {reason}", file=path, reason=reason)


def _cannot_write_the_file(path: str | Path, reason: str) -> Message:
    return Message("{file}: cannot write the file: {reason}", file=path, reason=reason)


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


#: The file name that means standard output.
STANDARD_OUTPUT = "-"


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` safely; raise :class:`ExportError` naming the file and reason.

    A regular file is replaced atomically: on failure the temporary file is removed and an
    existing ``path`` is left untouched. A symbolic link is followed, so the file it points to is
    replaced rather than the link. Devices, named pipes and ``-`` are written as streams.
    """
    write_atomic_pieces(path, (data,))


def write_atomic_pieces(path: str | Path, pieces: Iterable[bytes]) -> None:
    """Write the concatenation of ``pieces`` to ``path`` as :func:`write_atomic` writes bytes.

    A regular file gets each piece as it comes, so the whole never needs to be in memory; an
    exception raised while making the pieces (a Cancel) leaves no file and an existing ``path``
    untouched. A device, a pipe or ``-`` gets all of them at once, once all are made.
    """
    if str(path) == STANDARD_OUTPUT:
        _write_stream_to_stdout(b"".join(pieces))
        return
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        existing = target.stat()
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        if stat.S_ISDIR(existing.st_mode):
            raise ExportError(_cannot_write_the_file(path, _FOLDER_IN_THE_WAY))
        _write_stream(path, target, existing.st_mode, b"".join(pieces))
        return
    if existing is not None and not _may_write(target, existing.st_mode):
        raise ExportError(
            Message(
                "{file}: the file is read-only; make it writable or choose another name", file=path
            )
        )
    _replace_regular_file(path, target, pieces)


def _may_write(target: Path, mode: int) -> bool:
    """Whether the user may (and means to) write the file: it has a write bit and access allows."""
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(target, os.W_OK)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _write_stream_to_stdout(data: bytes) -> None:
    try:
        sys.stdout.flush()
        _write_all(sys.stdout.fileno(), data)
    except OSError as error:
        raise ExportError(f"standard output: cannot write: {error.strerror or error}") from error


def _write_stream(path: str | Path, target: Path, mode: int, data: bytes) -> None:
    """Write to a device or a named pipe as it is, never replacing it."""
    if stat.S_ISSOCK(mode):
        raise ExportError(_cannot_write_the_file(path, Message("it is a socket, not a file")))
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        # Non-blocking, so a pipe nobody reads is an error rather than a hang.
        descriptor = os.open(target, flags)
    except OSError as error:
        reason: str
        if error.errno == errno.ENXIO:
            reason = Message("no program is reading from this pipe")
        else:
            reason = _reason(error, target.parent)
        raise ExportError(_cannot_write(path, reason)) from error
    try:
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        _write_all(descriptor, data)
    except OSError as error:
        raise ExportError(_cannot_write(path, _reason(error, target.parent))) from error
    finally:
        os.close(descriptor)


def _replace_regular_file(path: str | Path, target: Path, pieces: Iterable[bytes]) -> None:
    folder = target.parent
    temporary: Path | None = None
    try:
        descriptor, temporary = _create_temporary(folder, target.name)
        try:
            with contextlib.suppress(FileNotFoundError):
                existing = target.stat()
                if hasattr(os, "fchmod"):
                    os.fchmod(descriptor, stat.S_IMODE(existing.st_mode))
            for piece in pieces:
                _write_all(descriptor, piece)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise ExportError(_cannot_write_the_file(path, _reason(error, folder))) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    _fsync_folder(folder)
