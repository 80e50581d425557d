"""The data format: decoding, encoding, and the shipped JSON Schema being current."""

from __future__ import annotations

import copy
import gc
import json
import pickle
import re

import msgspec
import pytest
from msgspec.structs import replace

from explorer.core.schema import (
    _STRICT_DECODER,
    COLOUR_PATTERN,
    EVENT_ID_PATTERN,
    FORMAT_ID,
    NO_ITEMS,
    NO_TEXT,
    Event,
    decode_dataset,
    encode_dataset,
    json_schema,
    text_in,
)
from explorer.paths import schema_path

MINIMAL = {
    "format": FORMAT_ID,
    "title": {"en": "T"},
    "events": [{"id": "a", "title": {"en": "A", "ar": "أ"}, "start": "1991-12-08"}],
}


def test_the_shipped_schema_is_generated_from_the_code() -> None:
    shipped = json.loads(schema_path().read_text(encoding="utf-8"))
    assert shipped == json_schema(), (
        "regenerate resources/timeline-explorer.schema.json: python -c 'import json; "
        "from explorer.core.schema import json_schema; from explorer.paths import schema_path; "
        "schema_path().write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) "
        '+ "\\n", encoding="utf-8")\''
    )


def test_encode_then_decode_gives_the_same_dataset() -> None:
    dataset = decode_dataset(json.dumps(MINIMAL))
    assert decode_dataset(encode_dataset(dataset)) == dataset
    assert dataset.events[0].start.iso() == "1991-12-08"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": "1991-13"}, r"month 13 .* at `\$\.events\[0\]\.start`"),
        ({"end": "1990"}, r"before start .* at `\$\.events\[0\]`"),
        ({"kind": "battle"}, r"at `\$\.events\[0\]\.kind`"),
        ({"titel": {"en": "x"}}, r"unknown field `titel`"),
    ],
)
def test_schema_errors_name_the_json_path(change: dict[str, object], message: str) -> None:
    document = json.loads(json.dumps(MINIMAL))
    document["events"][0].update(change)
    with pytest.raises(msgspec.ValidationError, match=message):
        decode_dataset(json.dumps(document))


def test_text_in_falls_back_to_english_then_any_language() -> None:
    assert text_in({"en": "Yes", "ar": "نعم"}, "ar") == "نعم"
    assert text_in({"en": "Yes"}, "ar") == "Yes"
    assert text_in({"ru": "Да"}, "ar") == "Да"
    assert text_in({}, "en") == ""


@pytest.mark.parametrize(
    "event_id", ["ok-id", "a b", " a", "a\t", "a\u00a0b", "a\u2003", "ok\n", "a\nb", "\n"]
)
def test_ids_are_checked_against_the_schema_pattern(event_id: str) -> None:
    document = json.loads(json.dumps(MINIMAL))
    document["events"][0]["id"] = event_id
    if re.search(EVENT_ID_PATTERN, event_id):
        assert decode_dataset(json.dumps(document)).events[0].id == event_id
    else:
        with pytest.raises(msgspec.ValidationError, match=r"at `\$\.events\[0\]\.id`"):
            decode_dataset(json.dumps(document))


def test_the_first_error_in_the_file_is_reported_even_a_bad_id() -> None:
    document = json.loads(json.dumps(MINIMAL))
    first = document["events"][0]
    document["events"] = [
        dict(first, id="fine"),
        dict(first, id="not fine"),
        dict(first, id="later", start="1991-13"),
    ]
    with pytest.raises(msgspec.ValidationError, match=r"regex .* at `\$\.events\[1\]\.id`"):
        decode_dataset(json.dumps(document))
    document["events"][1]["id"] = "fine-too"
    with pytest.raises(msgspec.ValidationError, match=r"month 13 .* at `\$\.events\[2\]\.start`"):
        decode_dataset(json.dumps(document))


def test_empty_texts_and_lists_are_shared_immutable_and_left_out_of_the_json() -> None:
    document = json.loads(json.dumps(MINIMAL))
    document["events"].append(dict(document["events"][0], id="b", causes=[], summary={}))
    first, second = decode_dataset(json.dumps(document)).events
    for event in (first, second):
        assert event.causes is NO_ITEMS and event.participants is NO_ITEMS
        assert event.sources is NO_ITEMS
        assert event.summary is NO_TEXT and event.place is NO_TEXT
    with pytest.raises(TypeError, match="cannot be changed"):
        first.causes.append("a")
    with pytest.raises(TypeError, match="cannot be changed"):
        first.place["en"] = "Minsk"
    assert NO_ITEMS == [] and NO_TEXT == {}
    assert copy.deepcopy(first) == first and copy.deepcopy(first).causes is NO_ITEMS
    assert pickle.loads(pickle.dumps(first)).causes is NO_ITEMS
    made = Event(id="c", title={"en": "C"}, start=first.start, causes=[], place={})
    replaced = replace(first, causes=[], summary={})
    for event in (made, replaced):
        assert event.causes is NO_ITEMS
        assert set(msgspec.json.decode(msgspec.json.encode(event, enc_hook=str))) == {
            "id",
            "title",
            "start",
        }


def test_events_are_invisible_to_the_cycle_collector() -> None:
    dataset = decode_dataset(json.dumps(MINIMAL))
    assert not gc.is_tracked(dataset.events[0])


def test_a_bad_id_gets_msgspecs_own_message() -> None:
    document = json.loads(json.dumps(MINIMAL))
    document["events"] *= 3
    document["events"][2] = dict(document["events"][0], id="a b")
    text = json.dumps(document)
    with pytest.raises(msgspec.ValidationError) as strict:
        _STRICT_DECODER.decode(text)
    with pytest.raises(msgspec.ValidationError) as fast:
        decode_dataset(text)
    assert str(fast.value) == str(strict.value)


def test_view_and_story_are_optional_and_round_trip() -> None:
    plain = decode_dataset(json.dumps(MINIMAL))
    assert plain.view is None and plain.story == []
    assert b"view" not in encode_dataset(plain) and b"story" not in encode_dataset(plain)
    document = dict(MINIMAL, view={"start": "1985", "end": "1992-06"}, story=["a"])
    dataset = decode_dataset(json.dumps(document))
    assert dataset.view is not None
    assert (dataset.view.start.iso(), dataset.view.end.iso()) == ("1985", "1992-06")
    assert dataset.view.end_time - dataset.view.start_time == pytest.approx(365.25 * 7.5, abs=2)
    assert dataset.story == ["a"]
    assert decode_dataset(encode_dataset(dataset)) == dataset


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"view": {"start": "1992", "end": "1985"}}, r"before start .* at `\$\.view`"),
        ({"view": {"start": "1985"}}, r"missing required field `end` - at `\$\.view`"),
        ({"view": {"start": "1985", "end": "1985-13"}}, r"month 13 .* at `\$\.view\.end`"),
        ({"story": "a"}, r"Expected `array`, got `str` - at `\$\.story`"),
        ({"story": ["a", "b c"]}, r"regex .* at `\$\.story\[1\]`"),
    ],
)
def test_bad_view_or_story_name_the_json_path(change: dict[str, object], message: str) -> None:
    with pytest.raises(msgspec.ValidationError, match=message):
        decode_dataset(json.dumps(dict(MINIMAL, **change)))


def test_a_view_of_one_year_is_the_whole_year() -> None:
    dataset = decode_dataset(json.dumps(dict(MINIMAL, view={"start": "1991", "end": "1991"})))
    assert dataset.view is not None
    assert dataset.view.end_time - dataset.view.start_time == 365


def test_the_schema_describes_view_and_story() -> None:
    schema = json_schema()
    properties = schema["$defs"]["Dataset"]["properties"]
    assert properties["story"]["items"]["pattern"] == EVENT_ID_PATTERN
    view = schema["$defs"]["ViewRange"]
    assert view["required"] == ["start", "end"] and not view["additionalProperties"]


def test_the_schema_describes_eras_categories_and_the_event_extras() -> None:
    definitions = json_schema()["$defs"]
    dataset = definitions["Dataset"]["properties"]
    assert dataset["eras"]["items"] == {"$ref": "#/$defs/Era"}
    assert dataset["categories"]["items"] == {"$ref": "#/$defs/Category"}
    assert definitions["Era"]["required"] == ["title", "start", "end"]
    category = definitions["Category"]
    assert category["required"] == ["id", "name", "colour"]
    assert category["properties"]["colour"]["pattern"] == COLOUR_PATTERN
    assert category["properties"]["id"]["pattern"] == EVENT_ID_PATTERN
    event = definitions["Event"]["properties"]
    assert {"category", "display_date", "media", "milestone"} <= set(event)
    assert "category" not in definitions["Event"]["required"]
    assert re.fullmatch(COLOUR_PATTERN, "#4E79a7") and not re.fullmatch(COLOUR_PATTERN, "#abc")


def test_dates_go_to_twenty_billion_years_either_way() -> None:
    document = json.loads(json.dumps(MINIMAL))
    document["events"][0]["start"] = "-13799999999"
    document["events"][0]["end"] = "20000000000"
    event = decode_dataset(json.dumps(document)).events[0]
    assert event.start.year == -13_799_999_999 and event.end is not None
    assert decode_dataset(encode_dataset(decode_dataset(json.dumps(document)))).events == [event]
    pattern = json_schema()["$defs"]["Event"]["properties"]["start"]["pattern"]
    assert re.fullmatch(pattern, "-13799999999") and not re.fullmatch(pattern, "-137999999990")
    document["events"][0]["start"] = "-20000000001"
    with pytest.raises(
        msgspec.ValidationError, match=r"out of range .* at `\$\.events\[0\]\.start`"
    ):
        decode_dataset(json.dumps(document))
