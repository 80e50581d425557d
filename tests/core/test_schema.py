"""The data format: decoding, encoding, and the shipped JSON Schema being current."""

from __future__ import annotations

import json

import msgspec
import pytest

from explorer.core.schema import FORMAT_ID, decode_dataset, encode_dataset, json_schema, text_in
from explorer.paths import schema_path

MINIMAL = {
    "format": FORMAT_ID,
    "title": {"en": "T"},
    "events": [{"id": "a", "title": {"en": "A", "ar": "أ"}, "start": "1991-12-08"}],
}


def test_the_shipped_schema_is_generated_from_the_code() -> None:
    shipped = json.loads(schema_path().read_text(encoding="utf-8"))
    assert shipped == json_schema(), "regenerate resources/timeline-explorer.schema.json"


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
