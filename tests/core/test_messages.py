"""Messages the core hands up: English as text, and their template and values for a window."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from explorer.core.dates import DATE_PROBLEMS
from explorer.core.errors import DatasetError
from explorer.core.loader import load_dataset
from explorer.core.messages import Message, fields_of, recovered


def shouting(template: str, n: int) -> str:
    """A stand-in catalogue: every template in capitals (its fields kept), ``%n`` filled in."""
    upper = template.upper()
    for name in fields_of(template):
        upper = upper.replace("{" + name.upper() + "}", "{" + name + "}")
    return upper.replace("%N", str(n))


def test_a_message_is_its_english_sentence() -> None:
    message = Message("month {month} is not between 1 and 12", month=13)
    assert message == "month 13 is not between 1 and 12"
    assert isinstance(message, str)
    assert message.template == "month {month} is not between 1 and 12"
    assert f"{message}!" == "month 13 is not between 1 and 12!"


def test_json_in_a_template_is_kept_as_written() -> None:
    hint = Message('write a text per language, e.g. {"en": "Treaty"}; {count} of them', count=2)
    assert hint == 'write a text per language, e.g. {"en": "Treaty"}; 2 of them'


def test_english_plural_forms_follow_the_count() -> None:
    template = "{file}: %n warning(s); all {shown} events were loaded"
    assert (
        Message(template, 1, file="a.json", shown=3)
        == "a.json: 1 warning; all 3 events were loaded"
    )
    assert Message(template, 1200, file="a.json", shown=3).startswith("a.json: 1,200 warnings;")


def test_translating_fills_the_same_values_and_translates_the_messages_among_them() -> None:
    inner = Message("no such file")
    outer = Message("{where}: {problem}", where="/tmp/a.json", problem=inner)
    assert outer.translated(shouting) == "/tmp/a.json: NO SUCH FILE"
    assert outer.translated(shouting, lambda value: f"<{value}>") == "</tmp/a.json>: NO SUCH FILE"


def test_a_message_copied_or_pickled_keeps_its_template() -> None:
    message = Message("{file}: %n warning(s); all {shown} events were loaded", 2, file="f", shown=4)
    for again in (copy.copy(message), pickle.loads(pickle.dumps(message))):
        assert again == message
        assert isinstance(again, Message)
        assert again.translated(shouting) == message.translated(shouting)


def test_a_sentence_that_lost_its_template_gets_it_back() -> None:
    found = recovered("day 31 is not between 1 and 30 for this month", DATE_PROBLEMS)
    assert isinstance(found, Message)
    assert found.template == "day {day} is not between 1 and {last} for this month"
    assert found.values == {"day": "31", "last": "30"}
    assert recovered("something else entirely", DATE_PROBLEMS) == "something else entirely"
    assert not isinstance(recovered("something else entirely", DATE_PROBLEMS), Message)


def test_a_file_that_cannot_be_opened_says_so_in_a_message_a_window_translates(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(DatasetError) as raised:
        load_dataset(missing)
    message = raised.value.message()
    assert (
        message == str(raised.value) == f"{missing}: no such file (check the name and the folder)"
    )
    assert (
        message.translated(shouting) == f"{missing}: NO SUCH FILE (CHECK THE NAME AND THE FOLDER)"
    )


@pytest.mark.parametrize(
    ("start", "translated"),
    [
        ("1991-13-01", "$.events[0].start: MONTH 13 IS NOT BETWEEN 1 AND 12"),
        ("1991-02-30", "$.events[0].start: DAY 30 IS NOT BETWEEN 1 AND 28 FOR THIS MONTH"),
    ],
)
def test_a_bad_date_reaches_the_window_as_a_message_with_its_values(
    tmp_path: Path, start: str, translated: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "timeline-explorer/1", "title": {"en": "x"}, "events": [\n'
        f'  {{"id": "a", "title": {{"en": "A"}}, "start": "{start}"}}\n]}}\n',
        encoding="utf-8",
    )
    with pytest.raises(DatasetError) as raised:
        load_dataset(path)
    shown = raised.value.message().translated(shouting)
    assert shown.startswith(f"{path}:2:46: {translated} (WRITE YYYY, YYYY-MM OR YYYY-MM-DD")


def test_load_warnings_are_messages_and_their_summary_counts_in_words(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text(
        '{"format": "timeline-explorer/1", "title": {"en": "x"}, "events": ['
        '{"id": "a", "title": {"en": "A"}, "start": "1991"},'
        '{"id": "a", "title": {"en": "B"}, "start": "1992"}]}',
        encoding="utf-8",
    )
    result = load_dataset(path)
    [warning] = result.warnings
    assert isinstance(warning, Message)
    assert warning.translated(shouting) == (
        f"{path}: $.events[1].id: DUPLICATE ID “a”: AN EARLIER EVENT HAS IT; THIS ONE IS IGNORED"
    )
    summary = result.warning_summary(str(path))
    assert summary == f"{path}: 1 warning; 1 of 2 events were left out"
    assert isinstance(summary, Message)
    assert summary.translated(shouting) == f"{path}: 1 WARNING(S); 1 OF 2 EVENTS WERE LEFT OUT"


def test_an_imported_file_warns_in_messages_down_to_the_note_that_the_event_was_skipped(
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n"
        "1991,12,8,,,,,,,Belovezha Accords,\n"
        ",12,21,,,,,,,No year,\n",
        encoding="utf-8",
    )
    result = load_dataset(sheet)
    [warning] = result.warnings
    assert warning == (
        f"{sheet}:3:1: the row has no Year "
        '(give every event a Year (a title row has Type "title"); the event was skipped)'
    )
    assert warning.translated(shouting) == (
        f"{sheet}:3:1: THE ROW HAS NO YEAR "
        '(GIVE EVERY EVENT A YEAR (A TITLE ROW HAS TYPE "TITLE"); THE EVENT WAS SKIPPED)'
    )
    assert result.dropped_events == 1
