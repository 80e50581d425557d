"""Search matching ignores case, Latin accents and Arabic diacritics and letter variants."""

from __future__ import annotations

import pytest

from explorer.core.schema import Dataset, decode_dataset
from explorer.core.search import event_matches, event_search_text, matches, normalize_for_search
from explorer.paths import default_dataset_path


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("gorbachev", "Mikhail Gorbachëv"),
        ("غورباتشوف", "ميخائيل غورْباتشوف"),
        ("الالماني", "الألماني"),
        ("اتفاقيه", "اتفاقية"),
        ("alma ata", "The Alma-Ata Protocol"),
    ],
)
def test_matches_despite_case_and_diacritics(query: str, text: str) -> None:
    assert matches(query, text)


def test_every_word_must_occur() -> None:
    assert not matches("belovezha kremlin", "Belovezha Accords")
    assert matches("", "anything")


def test_normalization_is_idempotent() -> None:
    text = "Ёлка الأُمَم"
    assert normalize_for_search(normalize_for_search(text)) == normalize_for_search(text)


# --- dates are searchable, in the built-in dataset ----------------------------------------------

DECEMBER_1991 = {
    "nationalities-problem",  # 30 December 1922 – 26 December 1991
    "ukrainian-independence-referendum",
    "belovezha-accords",
    "belovezha-accords-ratified",
    "alma-ata-protocol",
    "gorbachev-resignation",
    "soviet-flag-lowered",
    "soviet-of-the-republics-declaration",
}


@pytest.fixture(scope="module")
def built_in() -> Dataset:
    return decode_dataset(default_dataset_path().read_bytes())


def found(query: str, dataset: Dataset) -> set[str]:
    return {event.id for event in dataset.events if event_matches(query, event)}


@pytest.mark.parametrize(
    "query",
    [
        "December 1991",
        "december 1991",
        "1991-12",
        "كانون الأول 1991",
        "كانون الاول 1991",
        "ديسمبر 1991",
        "ديسمبر ١٩٩١",
    ],
)
def test_a_month_finds_the_events_of_that_month(query: str, built_in: Dataset) -> None:
    result = found(query, built_in)
    assert result >= DECEMBER_1991
    # events of other months and years are not found by their dates
    assert not {"august-coup", "fall-of-the-berlin-wall", "union-referendum"} & result


def test_a_day_finds_the_events_of_that_day(built_in: Dataset) -> None:
    assert found("25 December 1991", built_in) == {"gorbachev-resignation", "soviet-flag-lowered"}
    assert found("1991-12-08", built_in) == {"belovezha-accords"}
    assert "belovezha-accords" in found("8 كانون الأول/ديسمبر 1991", built_in)


def test_the_search_text_holds_the_dates_in_both_languages(built_in: Dataset) -> None:
    event = next(event for event in built_in.events if event.id == "august-coup")
    text = event_search_text(event)
    for part in (
        "1991-08-19",
        "1991-08-22",
        "19–22 August 1991",
        "19–22 آب/أغسطس 1991",
        "19 August 1991",
        "19 آب/أغسطس 1991",
    ):
        assert part in text
