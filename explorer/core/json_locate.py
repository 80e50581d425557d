"""Where things are in a JSON text: byte offsets to line:column, JSON paths to positions.

msgspec reports malformed JSON as a byte offset ("(byte 45)") and schema errors as a JSON path
("- at `$.events[3].start`"); users need the line and column to find the place in an editor.
Lines and columns are 1-based and columns count characters, not bytes. The path locator scans
tokens iteratively (no recursion), so any nesting depth is safe.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

PathPart = str | int

_PATH_PART = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]|\[\.\.\.\]")
# A JSON string (with escapes) or one structural character; numbers and literals need no token.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]', re.DOTALL)
_NOT_WHITESPACE = re.compile(r"[^ \t\r\n]")
#: The locator scans at most this many characters (about a second), then gives up: an error deep
#: in a huge file is reported with its JSON path alone rather than after a long wait.
LOCATE_LIMIT = 8_000_000


def line_column(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and character column of byte ``offset`` in UTF-8 ``data``."""
    offset = max(0, min(offset, len(data)))
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def text_line_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of character ``index`` in ``text``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def parse_json_path(path: str) -> list[PathPart] | None:
    """``"$.events[3].start"`` as ``["events", 3, "start"]``; ``None`` if it is not such a path.

    msgspec writes ``[...]`` for a value inside a dictionary whose key it does not say; the path
    is cut there, so the locator finds the dictionary itself.
    """
    if not path.startswith("$"):
        return None
    parts: list[PathPart] = []
    position = 1
    while position < len(path):
        match = _PATH_PART.match(path, position)
        if match is None:
            return None
        if match.group(0) == "[...]":
            break
        key, index = match.group(1), match.group(2)
        parts.append(key if key is not None else int(index))
        position = match.end()
    return parts


def format_json_path(parts: Sequence[PathPart]) -> str:
    """``["events", 3, "start"]`` as ``"$.events[3].start"``; odd keys as ``$["a.b"]``."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PATH_PART.fullmatch(f".{part}"):
            text += f".{part}"
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text


class _Frame:
    """An open object or array while scanning: where we are in it, and whether it is on the path."""

    __slots__ = ("expect_key", "index", "is_object", "key", "on_path")

    def __init__(self, is_object: bool, on_path: bool) -> None:
        self.is_object = is_object
        self.on_path = on_path
        self.key: str | None = None
        self.index = 0
        self.expect_key = is_object

    def member(self) -> PathPart | None:
        return self.key if self.is_object else self.index


def _key_text(token: str) -> str:
    if "\\" not in token:
        return token[1:-1]
    try:
        return str(json.loads(token))
    except ValueError:
        return token[1:-1]


def _next_value(text: str, start: int) -> int | None:
    match = _NOT_WHITESPACE.search(text, start)
    return match.start() if match else None


def locate_json_path(
    text: str, path: Sequence[PathPart], *, key: bool = False, limit: int = LOCATE_LIMIT
) -> int | None:
    """The index in ``text`` where the value at ``path`` starts, or ``None`` if it is not there.

    With ``key=True`` and a path ending in an object member, the index of the member's key
    instead (e.g. to point at an unknown field's name). Only the first ``limit`` characters are
    scanned.
    """
    if not path:
        return _next_value(text, 0)
    stack: list[_Frame] = []
    for token in _TOKEN.finditer(text, 0, limit):
        char = token.group(0)[0]
        top = stack[-1] if stack else None
        depth = len(stack) - 1
        on_target_level = top is not None and top.on_path and depth == len(path) - 1
        if char in "{[":
            on_path = top is None or (
                top.on_path and depth + 1 < len(path) and top.member() == path[depth]
            )
            stack.append(_Frame(char == "{", on_path))
            opened = stack[-1]
            if char == "[" and opened.on_path and len(stack) == len(path) and path[-1] == 0:
                return _next_value(text, token.end())
        elif char in "}]":
            stack.pop()
            if (top is not None and top.on_path) or not stack:
                return None
        elif top is None:
            continue
        elif char == '"':
            if top.is_object and top.expect_key:
                top.key = _key_text(token.group(0))
                top.expect_key = False
                if key and on_target_level and top.key == path[-1]:
                    return token.start()
        elif char == ":":
            if on_target_level and top.key == path[-1]:
                return _next_value(text, token.end())
        elif char == ",":
            if top.is_object:
                top.expect_key = True
            else:
                top.index += 1
                if on_target_level and top.index == path[-1]:
                    return _next_value(text, token.end())
    return None


def locate(text: str, json_path: str | Sequence[PathPart], *, key: bool = False) -> str:
    """``"12:5"`` for the value (or key) at ``json_path`` in ``text``, or ``""`` if not found."""
    parts = parse_json_path(json_path) if isinstance(json_path, str) else json_path
    if parts is None:
        return ""
    index = locate_json_path(text, parts, key=key)
    if index is None:
        return ""
    line, column = text_line_column(text, index)
    return f"{line}:{column}"
