"""A big file mapped into memory, whose pages can be let go of once they have been read.

Reading a 600 MB file into ``bytes`` keeps all of it in memory until the last event is decoded.
Mapped, the file's pages come in as the decoder reads them, and :meth:`MappedFile.release_before`
hands back those before a point already decoded: the kernel reads them again from its cache if
they are ever needed (a failing file is read once more to explain its error).
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from types import TracebackType

import numpy as np

#: Files from this size on are mapped rather than read.
MAP_FROM_BYTES = 16 << 20
#: Not on every system (Windows has no madvise): there the pages stay until the file is closed.
_DONT_NEED: int | None = getattr(mmap, "MADV_DONTNEED", None)


class MappedFile:
    """The file's bytes as a read-only :class:`memoryview` over a mapping; a context manager."""

    def __init__(self, path: str | Path) -> None:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            self._mapping = mmap.mmap(descriptor, 0, access=mmap.ACCESS_READ)
        finally:
            os.close(descriptor)
        self.data = memoryview(self._mapping)
        self._base = buffer_address(self.data)
        self._released = 0

    def release_before(self, text: memoryview | bytes | object) -> float:
        """Let go of the pages before ``text``, a buffer that points into :attr:`data`; the
        share of the file before it (how far a reader of the file has come)."""
        offset = buffer_address(text) - self._base
        end = offset // mmap.PAGESIZE * mmap.PAGESIZE
        if _DONT_NEED is not None and self._released < end <= len(self.data):
            self._mapping.madvise(_DONT_NEED, 0, end)
            self._released = end
        return offset / max(len(self.data), 1)

    def close(self) -> None:
        """Unmap the file, unless something still points into it (it goes with the last one)."""
        try:
            self.data.release()
            self._mapping.close()
        except BufferError:
            pass

    def __enter__(self) -> MappedFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def map_file(path: str | Path) -> MappedFile | None:
    """``path`` mapped, or None when it cannot be (read_file then says what is wrong)."""
    try:
        return MappedFile(path)
    except (OSError, ValueError):
        return None


def buffer_address(buffer: object) -> int:
    """Where the first byte of ``buffer`` (anything with the buffer protocol) lies in memory."""
    return int(np.frombuffer(buffer, np.uint8, count=1).ctypes.data)  # type: ignore[call-overload]
