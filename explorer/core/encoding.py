"""The one UTF-8 check every loader makes before it decodes anything.

Decoders differ in how they report bad bytes (msgspec 0.23 raises ``DecodeError`` where earlier
versions raised ``UnicodeDecodeError``, without a place), so we check the bytes ourselves first and
report the first bad one by line and column.
"""

from __future__ import annotations

import codecs

from explorer.core.errors import DatasetError
from explorer.core.json_locate import line_column
from explorer.core.messages import Message

UTF8_HINT = Message("save the file as UTF-8")
_UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: Checked a piece at a time, so a big file never has a second, decoded copy in memory.
_CHUNK_BYTES = 1 << 22


def check_utf8(data: bytes, name: str, hint: str = UTF8_HINT) -> None:
    """Raise a :class:`DatasetError` at the first byte of ``data`` that is not UTF-8 text."""
    if data.isascii():
        return
    offset = _first_bad_byte(data)
    if offset is None:
        return
    if data.startswith(_UTF16_MARKS):
        problem = Message("the file is UTF-16 text; Timeline Explorer reads UTF-8")
    else:
        problem = Message(
            "the file is not UTF-8 text: byte {byte} is not a valid character",
            byte=f"0x{data[offset]:02x}",
        )
    line, column = line_column(data, offset)
    raise DatasetError(name, problem, f"{line}:{column}", hint)


def _first_bad_byte(data: bytes) -> int | None:
    """The offset of the first byte that breaks UTF-8, or None if there is none."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK_BYTES):
        end = start + _CHUNK_BYTES
        try:
            decoder.decode(view[start:end], final=end >= len(data))
        except UnicodeDecodeError:
            # Decode the prefix again in one piece: its error gives the exact offset.
            try:
                data[:end].decode("utf-8")
            except UnicodeDecodeError as error:
                return error.start
            return min(end, len(data)) - 1  # pragma: no cover - a truncated final character
    return None
