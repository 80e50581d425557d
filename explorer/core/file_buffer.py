"""A big file read into memory that is given back a page at a time, as it is decoded.

Read into ``bytes``, a 600 MB file stays in memory until its last event is decoded. Read into
anonymous memory, the pages before a point already decoded can be handed back to the system
(:meth:`FileBuffer.release_before`): the file and its events never take memory together.
The file is read, not mapped: a file changed or cut short on disk while it loads cannot
crash the app (a mapped file cut short would), it only fails to decode.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from types import TracebackType

from explorer.core.texts_in_file import identity_of

#: Files from this size on are read into a buffer given back as it is decoded.
BUFFER_FROM_BYTES = 16 << 20
#: Not on every system (Windows has no madvise): there the memory goes when the buffer closes.
_DONT_NEED: int | None = getattr(mmap, "MADV_DONTNEED", None)
#: Memory of this process alone, where the system has the choice: pages given back from shared
#: memory would keep their contents (and their room).
_PRIVATE = {"flags": mmap.MAP_PRIVATE} if hasattr(mmap, "MAP_PRIVATE") else {}


class FileBuffer:
    """The file's bytes as a :class:`memoryview` (:attr:`data`); a context manager.

    Once :meth:`release_before` has given pages back, they read as zeros.
    """

    def __init__(self, path: str | Path) -> None:
        with open(path, "rb") as file:
            status = os.fstat(file.fileno())
            #: The file read: device, inode, size and modification time.
            self.identity = identity_of(status)
            size = status.st_size
            self._memory = mmap.mmap(-1, max(size, 1), **_PRIVATE)
            filled = 0
            with memoryview(self._memory) as room:
                while filled < size and (read := file.readinto(room[filled:])):
                    filled += read
        self.data = memoryview(self._memory)[:filled]  # less, if the file was cut meanwhile
        self._released = 0

    def release_before(self, offset: int) -> float:
        """Give back the pages before ``offset`` in :attr:`data`; the share of the file before
        it (how far a reader of the file has come)."""
        end = offset // mmap.PAGESIZE * mmap.PAGESIZE
        if _DONT_NEED is not None and self._released < end <= len(self.data):
            self._memory.madvise(_DONT_NEED, 0, end)
            self._released = end
        return offset / max(len(self.data), 1)

    def close(self) -> None:
        """Free the memory, unless something still points into it (it goes with the last one)."""
        try:
            self.data.release()
            self._memory.close()
        except BufferError:
            pass

    def __enter__(self) -> FileBuffer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def read_into_buffer(path: str | Path) -> FileBuffer | None:
    """``path`` read into a :class:`FileBuffer`, or None when it cannot be (read_file then says
    what is wrong)."""
    try:
        return FileBuffer(path)
    except (OSError, ValueError):
        return None
