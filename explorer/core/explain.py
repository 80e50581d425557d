"""msgspec's errors about our JSON format, rewritten as :class:`DatasetError` a user can act on.

Each error says where (line:column, and the JSON path for schema errors), what is wrong in plain
words, and how to fix it: the date forms for a bad date, the marker for a missing format, the
allowed fields for an unknown one.
"""

from __future__ import annotations

import re

import msgspec

from explorer.core.dates import MAX_ABS_YEAR
from explorer.core.errors import DatasetError
from explorer.core.json_locate import (
    PathPart,
    format_json_path,
    line_column,
    locate,
    parse_json_path,
)
from explorer.core.schema import (
    EVENT_KINDS,
    FORMAT_ID,
    PARTICIPANT_STATUSES,
    Category,
    Dataset,
    Era,
    Event,
    Participant,
    Representative,
    Source,
)

DATE_HINT = "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1991-12-08; a negative year is BC"
FORMAT_HINT = f'add "format": "{FORMAT_ID}" at the top of the object'
LOCALIZED_HINT = 'write a text per language, e.g. {"en": "Treaty", "ar": "معاهدة"}'

_LOCALIZED_FIELDS = frozenset(
    {"title", "description", "summary", "place", "party", "name", "office", "note"}
    | {"display_date", "caption"}
)
_DATE_FIELDS = frozenset({"start", "end"})
_LIST_STRUCTS: dict[str, type[msgspec.Struct]] = {
    "events": Event,
    "participants": Participant,
    "representatives": Representative,
    "sources": Source,
    "eras": Era,
    "categories": Category,
}
_REQUIRED_FIELD_HINTS = {
    "format": FORMAT_HINT,
    "title": 'add "title": {"en": "…"} (a text per language)',
    "id": 'add "id": a unique name without spaces, e.g. "belovezha-accords"',
    "start": 'add "start": "YYYY-MM-DD", or YYYY or YYYY-MM',
    "party": 'add "party": {"en": "…"}',
    "name": 'add "name": {"en": "…"}',
    "citation": 'add "citation": the work the fact comes from',
    "colour": 'add "colour": "#rrggbb", e.g. "#4e79a7"',
}
_TYPE_WORDS = {
    "object": "an object {…}",
    "array": "a list […]",
    "str": "a text in quotes",
    "int": "a number",
    "float": "a number",
    "bool": "true or false",
    "null": "null",
}
_ERROR_AT = re.compile(r"^(?P<problem>.*?)(?: - at `(?P<path>\$[^`]*)`)?$", re.DOTALL)
_BYTE_OFFSET = re.compile(r"\s*\(byte (\d+)\)")
#: A JSON number with more digits than any integer msgspec reads (19 and more).
_LONG_NUMBER = re.compile(rb"(?<![\w.\"])-?\d{19,}")


def malformed_json_error(error: msgspec.DecodeError, data: bytes, name: str) -> DatasetError:
    """A syntax error, at the line:column of the byte msgspec stopped at (or the end)."""
    message = str(error)
    if "out of range" in message:
        return _number_out_of_range(name, data)
    offset_match = _BYTE_OFFSET.search(message)
    if offset_match:
        offset = int(offset_match.group(1))
        problem = _BYTE_OFFSET.sub("", message).replace("JSON is malformed: ", "")
        problem = f"invalid JSON: {problem}"
        hint = "look for a missing comma, quote or bracket at or just before this point"
    else:
        offset = len(data.rstrip())
        problem = "invalid JSON: the document ends too early"
        hint = "a closing bracket, brace or quote is missing; is the file cut short?"
    line, column = line_column(data, offset)
    return DatasetError(name, problem, f"{line}:{column}", hint)


def _number_out_of_range(name: str, data: bytes) -> DatasetError:
    """A number too long for any date (msgspec names no place for it): find it, give the limit."""
    found = _LONG_NUMBER.search(data)
    location = ""
    digits = 0
    if found is not None:
        line, column = line_column(data, found.start())
        location = f"{line}:{column}"
        digits = len(found.group().lstrip(b"-+"))
    size = f"a number with {digits:,} digits" if digits else "a number"
    return DatasetError(
        name,
        f"{size} is too large to read",
        location,
        f"years go from -{MAX_ABS_YEAR:,} to {MAX_ABS_YEAR:,}; write the year with at most "
        f"{len(str(MAX_ABS_YEAR))} digits",
    )


def _struct_at(parts: list[PathPart]) -> type[msgspec.Struct] | None:
    """The struct of the object at ``parts``: e.g. Participant for events[2].participants[0]."""
    struct: type[msgspec.Struct] | None = Dataset
    position = 0
    while position < len(parts):
        part = parts[position]
        following = parts[position + 1] if position + 1 < len(parts) else None
        if isinstance(part, str) and part in _LIST_STRUCTS and isinstance(following, int):
            struct = _LIST_STRUCTS[part]
            position += 2
        else:
            return None
    return struct


def _field_names(struct: type[msgspec.Struct]) -> list[str]:
    return [field.encode_name for field in msgspec.structs.fields(struct)]


def _last_field(parts: list[PathPart]) -> str:
    names = [part for part in parts if isinstance(part, str)]
    return names[-1] if names else ""


def _describe(problem: str, parts: list[PathPart]) -> tuple[str, str, list[PathPart], bool]:
    """(problem, hint, path to point at, whether to point at the key) for a schema error."""
    field = _last_field(parts)
    if match := re.match(r"Object contains unknown field `(.*)`$", problem, re.DOTALL):
        unknown = match.group(1)
        struct = _struct_at(parts)
        hint = f"allowed here: {', '.join(_field_names(struct))}" if struct else ""
        return f"unknown field “{unknown}”", hint, [*parts, unknown], True
    if match := re.match(r"Object missing required field `(.*)`$", problem, re.DOTALL):
        missing = match.group(1)
        return (
            f"the required field “{missing}” is missing",
            _REQUIRED_FIELD_HINTS.get(missing, ""),
            parts,
            False,
        )
    if match := re.match(r"Invalid enum value '(.*)'$", problem, re.DOTALL):
        value = match.group(1)
        if field == "format":
            return (
                f"format “{value}” is not one this version reads",
                f'this version reads "format": "{FORMAT_ID}"',
                parts,
                False,
            )
        choices = {"kind": EVENT_KINDS, "status": PARTICIPANT_STATUSES}.get(field, ())
        hint = f"use one of: {', '.join(choices)}" if choices else ""
        return f"{field or 'value'} “{value}” is not allowed", hint, parts, False
    if match := re.match(r"end (\S+) is before start (\S+)$", problem):
        return (
            f"the end ({match.group(1)}) is before the start ({match.group(2)})",
            "correct the dates or swap them",
            [*parts, "end"],
            False,
        )
    if field in _DATE_FIELDS:
        if problem.startswith("Expected a date string"):
            return "a date must be a text in quotes", DATE_HINT, parts, False
        return problem, "" if "YYYY" in problem else DATE_HINT, parts, False
    if "matching regex" in problem and field == "id":
        return "an id cannot contain spaces", 'use e.g. "belovezha-accords"', parts, False
    if "matching regex" in problem and field == "colour":
        return "a colour must be written #rrggbb", 'use e.g. "#4e79a7"', parts, False
    if match := re.match(r"Expected `(\w+)` of length >= 1$", problem):
        if match.group(1) == "object" and field in _LOCALIZED_FIELDS:
            return "needs a text in at least one language", LOCALIZED_HINT, parts, False
        return "must not be empty", "", parts, False
    if match := re.match(r"Expected `(\w+)` of length <= (\d+)$", problem):
        return f"is too long (at most {match.group(2)} characters)", "", parts, False
    if match := re.match(r"Expected `([\w |]+)`, got `(\w+)`$", problem):
        expected = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in match.group(1).split(" | "))
        found = _TYPE_WORDS.get(match.group(2), match.group(2))
        hint = LOCALIZED_HINT if field in _LOCALIZED_FIELDS else ""
        if field == "causes":
            hint = 'causes are event ids in quotes, e.g. ["glasnost"]'
        return f"expected {expected}, found {found}", hint, parts, False
    return problem, "", parts, False


def schema_error(error: msgspec.ValidationError, text: str, name: str) -> DatasetError:
    """A schema error with its JSON path, the line:column of that place when found, and a hint."""
    match = _ERROR_AT.match(str(error))
    assert match is not None  # the pattern matches any text
    raw_path = match.group("path") or "$"
    parts = parse_json_path(raw_path) or []
    problem, hint, target, at_key = _describe(match.group("problem"), parts)
    json_path = format_json_path(target)
    if raw_path.endswith("[...]") and target == parts:
        json_path = raw_path
    location = locate(text, target, key=at_key) if text else ""
    if location:
        return DatasetError(name, f"{json_path}: {problem}", location, hint)
    return DatasetError(name, problem, json_path, hint)
