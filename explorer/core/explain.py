"""msgspec's errors about our JSON format, rewritten as :class:`DatasetError` a user can act on.

Each error says where (line:column, and the JSON path for schema errors), what is wrong in plain
words, and how to fix it: the date forms for a bad date, the marker for a missing format, the
allowed fields for an unknown one.
"""

from __future__ import annotations

import re
from functools import reduce

import msgspec

from explorer.core.dates import DATE_PROBLEMS, MAX_ABS_YEAR
from explorer.core.errors import DatasetError
from explorer.core.json_locate import (
    PathPart,
    format_json_path,
    line_column,
    locate,
    parse_json_path,
)
from explorer.core.messages import Message, recovered
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

DATE_HINT = Message("write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1991-12-08; a negative year is BC")
FORMAT_HINT = Message('add "format": "{format}" at the top of the object', format=FORMAT_ID)
LOCALIZED_HINT = Message('write a text per language, e.g. {"en": "Treaty", "ar": "معاهدة"}')
#: What msgspec says of a syntax error, after "JSON is malformed: " (see malformed_json_error).
JSON_SYNTAX_PROBLEMS = (
    "expected ',' or '}'",
    "expected ',' or ']'",
    "expected ':'",
    "object keys must be strings",
    "trailing characters",
    "invalid character",
    "invalid escape character in string",
    "invalid character in unicode escape",
    "invalid number",
    "trailing comma in object",
    "trailing comma in array",
)

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
    "title": Message('add "title": {"en": "…"} (a text per language)'),
    "id": Message('add "id": a unique name without spaces, e.g. "belovezha-accords"'),
    "start": Message('add "start": "YYYY-MM-DD", or YYYY or YYYY-MM'),
    "party": Message('add "party": {"en": "…"}'),
    "name": Message('add "name": {"en": "…"}'),
    "citation": Message('add "citation": the work the fact comes from'),
    "colour": Message('add "colour": "#rrggbb", e.g. "#4e79a7"'),
}
_A_NUMBER = Message("a number")
_TYPE_WORDS: dict[str, str] = {
    "object": Message("an object {…}"),
    "array": Message("a list […]"),
    "str": Message("a text in quotes"),
    "int": _A_NUMBER,
    "float": _A_NUMBER,
    "bool": Message("true or false"),
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
        detail = _BYTE_OFFSET.sub("", message).replace("JSON is malformed: ", "")
        problem = Message("invalid JSON: {detail}", detail=recovered(detail, JSON_SYNTAX_PROBLEMS))
        hint = Message("look for a missing comma, quote or bracket at or just before this point")
    else:
        offset = len(data.rstrip())
        problem = Message("invalid JSON: the document ends too early")
        hint = Message("a closing bracket, brace or quote is missing; is the file cut short?")
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
    if digits:
        problem = Message(
            "a number with {digits} digits is too large to read", digits=f"{digits:,}"
        )
    else:
        problem = Message("a number is too large to read")
    hint = Message(
        "years go from -{limit} to {limit}; write the year with at most {digits} digits",
        limit=f"{MAX_ABS_YEAR:,}",
        digits=len(str(MAX_ABS_YEAR)),
    )
    return DatasetError(name, problem, location, hint)


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
        names = ", ".join(_field_names(struct)) if struct else ""
        hint = Message("allowed here: {fields}", fields=names) if struct else ""
        return Message("unknown field “{field}”", field=unknown), hint, [*parts, unknown], True
    if match := re.match(r"Object missing required field `(.*)`$", problem, re.DOTALL):
        missing = match.group(1)
        return (
            Message("the required field “{field}” is missing", field=missing),
            _REQUIRED_FIELD_HINTS.get(missing, ""),
            parts,
            False,
        )
    if match := re.match(r"Invalid enum value '(.*)'$", problem, re.DOTALL):
        value = match.group(1)
        if field == "format":
            return (
                Message("format “{format}” is not one this version reads", format=value),
                Message('this version reads "format": "{format}"', format=FORMAT_ID),
                parts,
                False,
            )
        choices = {"kind": EVENT_KINDS, "status": PARTICIPANT_STATUSES}.get(field, ())
        hint = Message("use one of: {choices}", choices=", ".join(choices)) if choices else ""
        problem = Message("{field} “{value}” is not allowed", field=field or "value", value=value)
        return problem, hint, parts, False
    if match := re.match(r"end (\S+) is before start (\S+)$", problem):
        return (
            Message(
                "the end ({end}) is before the start ({start})",
                end=match.group(1),
                start=match.group(2),
            ),
            Message("correct the dates or swap them"),
            [*parts, "end"],
            False,
        )
    if field in _DATE_FIELDS:
        if problem.startswith("Expected a date string"):
            return Message("a date must be a text in quotes"), DATE_HINT, parts, False
        hint = "" if "YYYY" in problem else DATE_HINT
        return recovered(problem, DATE_PROBLEMS), hint, parts, False
    if "matching regex" in problem and field == "id":
        problem = Message("an id cannot contain spaces")
        return problem, Message('use e.g. "belovezha-accords"'), parts, False
    if "matching regex" in problem and field == "colour":
        problem = Message("a colour must be written #rrggbb")
        return problem, Message('use e.g. "#4e79a7"'), parts, False
    if match := re.match(r"Expected `(\w+)` of length >= 1$", problem):
        if match.group(1) == "object" and field in _LOCALIZED_FIELDS:
            return Message("needs a text in at least one language"), LOCALIZED_HINT, parts, False
        return Message("must not be empty"), "", parts, False
    if match := re.match(r"Expected `(\w+)` of length <= (\d+)$", problem):
        problem = Message("is too long (at most {limit} characters)", limit=match.group(2))
        return problem, "", parts, False
    if match := re.match(r"Expected `([\w |]+)`, got `(\w+)`$", problem):
        kinds = [_TYPE_WORDS.get(kind, kind) for kind in match.group(1).split(" | ")]
        expected = reduce(_or, kinds)
        found = _TYPE_WORDS.get(match.group(2), match.group(2))
        hint = LOCALIZED_HINT if field in _LOCALIZED_FIELDS else ""
        if field == "causes":
            hint = Message('causes are event ids in quotes, e.g. ["glasnost"]')
        problem = Message("expected {expected}, found {found}", expected=expected, found=found)
        return problem, hint, parts, False
    return problem, "", parts, False


def _or(first: str, second: str) -> Message:
    return Message("{first} or {second}", first=first, second=second)


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
        at_path = Message("{where}: {problem}", where=json_path, problem=problem)
        return DatasetError(name, at_path, location, hint)
    return DatasetError(name, problem, json_path, hint)
