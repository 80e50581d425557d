"""Open a dataset from a file or bytes, whatever its format, with errors a user can act on.

The format is told by content, never by extension: our JSON (an object whose ``format`` starts with
``timeline-explorer/``) first, then each importer of :mod:`explorer.core.importers` that recognizes
the bytes. Any input gives a :class:`LoadResult` or a :class:`DatasetError` naming the file, the
place (line:column, JSON path) and the problem; cross-event problems (duplicate ids, dangling
causes) are fixed and reported as warnings by :mod:`explorer.core.validate`.
"""

from __future__ import annotations

import gc
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import msgspec
import numpy as np
import numpy.typing as npt

from explorer.core.encoding import check_utf8
from explorer.core.errors import SKIPPED_NOTE, DatasetError
from explorer.core.event_pieces import Piece
from explorer.core.explain import FORMAT_HINT, malformed_json_error, schema_error
from explorer.core.file_buffer import BUFFER_FROM_BYTES, read_into_buffer
from explorer.core.id_rows import IdRows
from explorer.core.json_locate import locate
from explorer.core.limits import MAX_LONG_TEXT_CHARS, enforce_limits, too_many_events
from explorer.core.messages import Message
from explorer.core.schema import Dataset, Event, PieceDone, decode_dataset_in_parts
from explorer.core.store import Places, share_equal_places
from explorer.core.texts_in_file import EventFile, Identity, leave_summaries_in
from explorer.core.validate import validate_dataset

if TYPE_CHECKING:
    from explorer.core.importers import Importer

OUR_FORMAT_NAME = "Timeline Explorer JSON"
OUR_FORMAT_PREFIX = "timeline-explorer/"
#: Larger files are refused rather than risking the machine's memory.
MAX_FILE_BYTES = 1 << 30
#: The share of loading a big file that decoding it takes; checking it takes the rest.
DECODING_SHARE = 0.8
_Bytes = TypeVar("_Bytes", bytes, memoryview)
#: Told how much of a load is done, from 0 to 1.
Progress = Callable[[float], None]
#: At most this many warnings are listed; a last line counts the rest.
MAX_WARNINGS = 100

EMPTY_HINT = Message(
    'a dataset is a JSON object like {"format": "timeline-explorer/1", "title": …}'
)
SPLIT_HINT = Message("split the timeline into several files")
_FOLDER = Message("is a folder, not a dataset file")
_TOO_DEEP = Message("the JSON is nested too deeply to be a dataset")
_UTF8_BOM = b"\xef\xbb\xbf"
_MARKER_PEEK_BYTES = 65536
_OUR_MARKER = re.compile(rb'"format"\s*:\s*"timeline-explorer/')


@dataclass(frozen=True)
class LoadResult:
    """A dataset ready to show, what was fixed on the way, and the format it was read from."""

    dataset: Dataset
    warnings: list[str] = field(default_factory=list)
    format_name: str = OUR_FORMAT_NAME
    #: Events in the file that are not in ``dataset`` (unreadable, or a duplicate id).
    dropped_events: int = 0
    #: The row of each id in ``dataset.events``, when the loader had it made (big files).
    ids: IdRows | None = field(default=None, compare=False, repr=False)
    #: Events in the same place share one text already: a big file's are, as its pieces are read
    #: (when every event comes in a piece; a document read whole is not).
    places_shared: bool = field(default=False, compare=False, repr=False)

    def warning_summary(self, name: str) -> str:
        """One line counting the warnings and the events left out; "" when there are none."""
        if not self.warnings:
            return ""
        shown = len(self.dataset.events)
        count = len(self.warnings)
        if not self.dropped_events:
            return Message(
                "{file}: %n warning(s); all {shown} events were loaded",
                count,
                file=name,
                shown=shown,
            )
        return Message(
            "{file}: %n warning(s); {dropped} of {total} events were left out",
            count,
            file=name,
            dropped=self.dropped_events,
            total=shown + self.dropped_events,
        )


class _FormatMarker(msgspec.Struct):
    """Just the ``format`` member of a JSON object; msgspec skips the rest without building it."""

    format: object = None


def available_importers() -> Sequence[Importer]:
    """The importers of foreign formats, in the order they are tried."""
    from explorer.core.importers import IMPORTERS  # on the first file not in our format

    return IMPORTERS


def supported_formats() -> list[str]:
    """The names of the formats we open: ours, then each importer's."""
    return [OUR_FORMAT_NAME, *(importer.name for importer in available_importers())]


def _supported_formats_hint() -> Message:
    return Message("Timeline Explorer opens: {formats}", formats=", ".join(supported_formats()))


def read_file(path: str | Path) -> bytes:
    """The bytes of the file at ``path``; DatasetError if it is missing, a folder, unreadable, huge.

    Only regular files are opened, so a pipe or a device never blocks or streams forever.
    """
    name = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise DatasetError(name, _FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise DatasetError(name, Message("is not a regular file (a device, pipe or socket?)"))
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(name, info.st_size)
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DatasetError(
            name, Message("no such file"), hint=Message("check the name and the folder")
        ) from None
    except PermissionError:
        raise DatasetError(name, Message("permission denied: the file cannot be read")) from None
    except IsADirectoryError:
        raise DatasetError(name, _FOLDER) from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise DatasetError(name, Message("cannot be read: {reason}", reason=reason)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    return data


def _too_large(name: str, size: int) -> DatasetError:
    return DatasetError(
        name,
        Message(
            "is too large ({size} GB); the limit is {limit} GB",
            size=f"{size / 2**30:.1f}",
            limit=f"{MAX_FILE_BYTES / 2**30:.0f}",
        ),
        hint=SPLIT_HINT,
    )


def load_dataset(path: str | Path, progress: Progress | None = None) -> LoadResult:
    """Read and load the dataset file at ``path``, whatever its supported format.

    A big file in our format is read into a buffer given back as its events are decoded, so
    the file and its events never take memory together; ``progress`` is told the share of the
    work done, from 0 to 1, as it is decoded (:data:`DECODING_SHARE` of it) and checked.
    """
    buffer = read_into_buffer(path) if _is_big(path) else None
    if buffer is None:
        return load_dataset_bytes(read_file(path), str(path))
    if progress is not None:
        progress(0.0)  # read: decoding starts
    with buffer:
        data = _without_bom(buffer.data)
        file = _event_file(path, buffer.identity, len(buffer.data) - len(data))
        places: Places = {}

        def piece_done(events: list[Event], piece: Piece) -> None:
            # Shared and left in the file as each piece comes, before more is made: what is
            # freed now is taken again by the next piece (freed later, it would lie in holes
            # between the events' texts that nothing else fills).
            share_equal_places(events, places)
            if file is not None:
                leave_summaries_in(file, events, piece.starts, piece.sizes, MAX_LONG_TEXT_CHARS)
            read = buffer.release_before(piece.end)
            if progress is not None:
                progress(read * DECODING_SHARE)

        loaded = _load_our_format(data, str(path), piece_done)
    if isinstance(loaded, LoadResult):
        if progress is not None:
            progress(1.0)
        return loaded
    # Not our format, or a problem in it: the pages read were given back, so the file is
    # read again to import it or to say what is wrong and where.
    return load_dataset_bytes(read_file(path), str(path))


def _event_file(path: str | Path, identity: Identity, offset: int) -> EventFile | None:
    """The file open again, for its events' summaries to stay in it; None if it cannot be, or
    is no longer the file read (the summaries are then kept in memory)."""
    try:
        return EventFile(path, identity, offset)
    except (OSError, ValueError):
        return None


def _is_big(path: str | Path) -> bool:
    """A big regular file within the limit (read_file explains what is wrong with any other)."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and BUFFER_FROM_BYTES <= info.st_size <= MAX_FILE_BYTES


def load_dataset_bytes(data: bytes, name: str) -> LoadResult:
    """Load a dataset from ``data``; ``name`` (usually the file path) is used in messages."""
    if not data or data.isspace():  # no copy of a big file, as strip() would make
        raise DatasetError(
            name,
            Message("the file is empty"),
            hint=Message("{first}; {second}", first=EMPTY_HINT, second=_supported_formats_hint()),
        )
    text_data = _without_bom(data)
    # No separate UTF-8 pass over a file that decodes: msgspec checks the text of every string,
    # and a byte outside a string breaks the JSON. A file that fails is checked first, so a
    # bad byte is reported as such, at its line and column, whatever else is wrong.
    loaded = _load_our_format(text_data, name)
    if isinstance(loaded, LoadResult):
        return loaded
    check_utf8(text_data, name)
    if _is_our_format(text_data):
        raise _explain_our_failure(loaded, text_data, name)
    imported = _import(data, name)
    if imported is not None:
        return imported
    raise _unrecognized(text_data, name)


def _without_bom(data: _Bytes) -> _Bytes:
    return data[len(_UTF8_BOM) :] if data[: len(_UTF8_BOM)] == _UTF8_BOM else data


def _load_our_format(
    data: bytes | memoryview, name: str, piece_done: PieceDone | None = None
) -> LoadResult | Exception:
    """The dataset in ``data``, checked; or why it is not one in our format.

    ``piece_done``: see :func:`~explorer.core.schema.decode_dataset_in_parts`.
    """
    with collector_paused():
        try:
            decoded = decode_dataset_in_parts(data, piece_done)
        except (msgspec.MsgspecError, UnicodeDecodeError, RecursionError, ValueError) as error:
            return error
        result = _validated(
            decoded.dataset, name, OUR_FORMAT_NAME, json_paths=True, event_sizes=decoded.event_sizes
        )
        keep_out_of_collections()
        # load_dataset's piece_done shares places: done when every event came through it.
        return replace(result, places_shared=decoded.in_pieces)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a big dataset is built.

    Decoding creates millions of objects and none of them form cycles; left running, the
    collector traverses them again and again, which more than doubles the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def keep_out_of_collections() -> None:
    """Move what exists now, the new dataset among it, out of the cyclic collector's reach.

    A dataset is millions of objects that live long and form no cycles; left in the collector's
    oldest generation, every full collection would scan them all again while holding the
    interpreter (a pause of seconds at a million events, felt by the UI thread even when
    loading ran in another one). Reference counting still frees them when they are dropped.
    """
    gc.freeze()


def _validated(
    dataset: Dataset,
    name: str,
    format_name: str,
    *,
    json_paths: bool,
    event_sizes: npt.NDArray[np.int64] | None = None,
) -> LoadResult:
    if problem := too_many_events(len(dataset.events)):
        raise DatasetError(name, problem, hint=SPLIT_HINT)
    dataset, cut = enforce_limits(dataset, event_sizes)
    result = validate_dataset(dataset)
    issues = [*cut, *result.issues]
    warnings: list[str] = [
        Message("{file}: {warning}", file=name, warning=issue.describe(json_paths=json_paths))
        for issue in issues
    ]
    dropped = len(dataset.events) - len(result.dataset.events)
    return LoadResult(result.dataset, _capped(warnings, name), format_name, dropped, result.ids)


def _capped(warnings: list[str], name: str) -> list[str]:
    """At most :data:`MAX_WARNINGS` warnings, and a line counting the ones left out."""
    if len(warnings) <= MAX_WARNINGS:
        return warnings
    rest = len(warnings) - MAX_WARNINGS
    more = Message("{file}: … and {count} more problems like these", file=name, count=f"{rest:,}")
    return [*warnings[:MAX_WARNINGS], more]


def _format_marker(data: bytes) -> object:
    """The ``format`` member of the top-level JSON object, or None if there is no such thing."""
    try:
        return msgspec.json.decode(data, type=_FormatMarker).format
    except (msgspec.MsgspecError, UnicodeDecodeError, RecursionError, ValueError):
        return None


def _is_our_format(data: bytes) -> bool:
    """Whether ``data`` claims to be our JSON, even if it is malformed further on."""
    marker = _format_marker(data)
    if isinstance(marker, str):
        return marker.startswith(OUR_FORMAT_PREFIX)
    head = data[:_MARKER_PEEK_BYTES]
    return head.lstrip().startswith(b"{") and _OUR_MARKER.search(head) is not None


def _explain_our_failure(failure: Exception, data: bytes, name: str) -> DatasetError:
    """The DatasetError for a file in our format that msgspec rejected."""
    if isinstance(failure, msgspec.ValidationError):
        return schema_error(failure, data.decode("utf-8"), name)
    if isinstance(failure, msgspec.DecodeError):
        return malformed_json_error(failure, data, name)
    if isinstance(failure, RecursionError):
        return DatasetError(name, _TOO_DEEP)
    return DatasetError(name, Message("cannot be read: {reason}", reason=str(failure)))


def _import(data: bytes, name: str) -> LoadResult | None:
    """The dataset from the first importer that recognizes ``data``, or None if none does."""
    for importer in available_importers():
        try:
            recognized = bool(importer.sniff(data))
        except Exception:  # a sniffer that trips over odd bytes just does not recognize them
            recognized = False
        if not recognized:
            continue
        try:
            dataset, importer_warnings = importer.load_with_warnings(data, name)
        except DatasetError:
            raise
        except Exception as error:  # an importer's bug must not crash the app on a user's file
            raise DatasetError(
                name,
                Message(
                    "cannot be read as {format}: {reason}", format=importer.name, reason=str(error)
                ),
            ) from error
        result = _validated(dataset, name, importer.name, json_paths=False)
        if importer_warnings:
            warnings = [*importer_warnings, *result.warnings]
            skipped = sum(warning.endswith(f"{SKIPPED_NOTE})") for warning in importer_warnings)
            return LoadResult(
                result.dataset,
                _capped(warnings, name),
                importer.name,
                result.dropped_events + skipped,
            )
        return result
    return None


def _unrecognized(data: bytes, name: str) -> DatasetError:
    """The most precise reason why ``data`` is in no format we read."""
    supported = _supported_formats_hint()
    if data.lstrip()[:1] not in (b"{", b"["):
        return DatasetError(
            name, Message("is not in a format Timeline Explorer can open"), hint=supported
        )
    try:
        document = msgspec.json.decode(data)
    except msgspec.DecodeError as error:
        return malformed_json_error(error, data, name)
    except RecursionError:
        return DatasetError(name, _TOO_DEEP, hint=supported)
    if not isinstance(document, dict):
        problem = Message("this JSON is a list, not a dataset object")
        return DatasetError(name, problem, "1:1", supported)
    if "format" not in document:
        return DatasetError(
            name,
            Message("this JSON is not a Timeline Explorer dataset: it has no format marker"),
            hint=Message("{first}; {second}", first=FORMAT_HINT, second=supported),
        )
    marker = document["format"]
    shown = marker if isinstance(marker, str) else msgspec.json.encode(marker).decode()
    location = locate(data.decode("utf-8"), "$.format") or "$.format"
    problem = Message("format “{format}” is not one Timeline Explorer reads", format=shown)
    return DatasetError(name, problem, location, supported)
