"""Search matching ignores case, Latin accents and Arabic diacritics and letter variants."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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


# --- the prebuilt index ---------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from explorer.core.search import _ARABIC_FOLDS, SearchIndex  # noqa: E402


def _normalize_char_by_char(text: str) -> str:
    """The plain definition the fast normalizer must agree with."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.translate(_ARABIC_FOLDS)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_the_fast_normalizer_agrees_with_the_definition(text: str) -> None:
    assert normalize_for_search(text) == _normalize_char_by_char(text)


_WORDS = ["gorbachev", "Горбачёв", "غورباتشوف", "Berlin", "berlín", "حدث", "1991", "accord"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), max_size=3).map(" ".join), max_size=12),
    st.lists(st.lists(st.sampled_from(_WORDS), max_size=2).map(" ".join), max_size=4),
)
def test_the_index_finds_the_rows_matches_finds(texts: list[str], queries: list[str]) -> None:
    index = SearchIndex(texts)
    for query in queries:  # one after another, as typed: narrowing must not lose rows
        expected = [row for row, text in enumerate(texts) if matches(query, text)]
        assert index.matching_rows(query).tolist() == expected
        assert index.mask(query).tolist() == [row in expected for row in range(len(texts))]


def test_typing_a_word_letter_by_letter_narrows_then_widens_again(dataset: Dataset) -> None:
    index = SearchIndex.of_events(dataset.events)
    found = [len(index.matching_rows(query)) for query in ("b", "be", "bel", "belovezha")]
    assert found == sorted(found, reverse=True) and found[-1] >= 1
    assert len(index.matching_rows("")) == len(dataset.events)  # cleared: every event again
    assert len(index.matching_rows("b")) == found[0]


# Letters, Arabic with its marks and letter variants, Latin accents (combining and spacing: "¨"
# decomposes to a space and a mark), digits in three scripts, tatweel and several white spaces.
_ALPHABET = "abcABßéeE\u0301\u0308¨ﬁاأإىيةهـَُ١1۱ \t\n\u00a0\u2003-–/"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_ALPHABET, max_size=20), max_size=40),
    st.lists(st.text(_ALPHABET, max_size=6), min_size=1, max_size=4),
)
def test_the_index_agrees_with_matches_on_any_text(texts: list[str], queries: list[str]) -> None:
    """Whatever the texts and queries, the index finds exactly the rows ``matches`` accepts;
    and so it does when it met some of the texts' tokens first (as it meets events' ids)."""
    first_tokens = [token for text in texts for token in text.split()[:1]]
    for index in (SearchIndex(texts), SearchIndex(texts, first_tokens)):
        assert len(index) == len(texts)
        for query in [*queries, *(text[1:4] for text in texts[:5])]:
            expected = [row for row, text in enumerate(texts) if matches(query, text)]
            assert index.matching_rows(query).tolist() == expected, query


def test_an_index_of_many_rows_uses_bitmaps_and_still_agrees() -> None:
    """Words in most rows (bitmaps) and words in few (per occurrence), over thousands of rows."""
    texts = [
        f"the treaty of Minsk {number} {'gorbachëv' if number % 97 == 0 else 'يلتسين'}"
        for number in range(5000)
    ]
    index = SearchIndex(texts)
    for query in ("the", "treaty 12", "minsk 4999", "gorbachev", "يلتسين 7", "e", "zzz", "1"):
        expected = [row for row, text in enumerate(texts) if matches(query, text)]
        assert index.matching_rows(query).tolist() == expected, query


def test_words_in_very_many_tokens_and_beyond_16_bits() -> None:
    texts = [f"e{number} x{number % 7}" for number in range(300)] + ["𝔘𝔫𝔦 e", "\U0001d518x"]
    index = SearchIndex(texts)
    for query in ("e", "e1", "x3 e2", "e299", "𝔫", "\U0001d518x", "\U0001d519"):
        expected = [row for row, text in enumerate(texts) if matches(query, text)]
        assert index.matching_rows(query).tolist() == expected, query


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(_ALPHABET + "\x1c\x85\u2028\u3000x"), max_size=30))
def test_tokens_are_what_str_split_gives(texts: list[str]) -> None:
    from explorer.core import tokens

    tokenizer = tokens.Tokenizer()
    batches = [tokenizer.numbered(batch) for batch in tokens.batches(texts)]
    distinct = tokenizer.new_tokens()
    numbers = [number for batch_tokens, _ in batches for number in batch_tokens.tolist()]
    counts = [count for _, batch_counts in batches for count in batch_counts.tolist()]
    assert [distinct[number] for number in numbers] == [t for text in texts for t in text.split()]
    assert counts == [len(text.split()) for text in texts]
    assert len(set(distinct)) == len(distinct)


def test_a_text_holding_a_null_character_keeps_every_row_in_its_place() -> None:
    index = SearchIndex(["glasnost \x00 perestroika", "Belovezha", "a\x00b"])
    assert index.matching_rows("perestroika").tolist() == [0]
    assert index.matching_rows("belovezha").tolist() == [1]
    assert index.matching_rows("b").tolist() == [1, 2]


@contextmanager
def small_batches_and_sample() -> Iterator[None]:
    """Batches of 8 texts, frequent tokens chosen from the first 16, rows kept in chunks of 5:
    a big index in small."""
    from explorer.core import search, tokens

    kept = tokens.BATCH_ROWS, search.SAMPLE_ROWS, search._MappedValues.CHUNK
    tokens.BATCH_ROWS, search.SAMPLE_ROWS, search._MappedValues.CHUNK = 8, 16, 5
    try:
        yield
    finally:
        tokens.BATCH_ROWS, search.SAMPLE_ROWS, search._MappedValues.CHUNK = kept


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(_ALPHABET + "¨", max_size=12), max_size=70),
    st.lists(st.text(_ALPHABET, max_size=4), min_size=1, max_size=3),
)
def test_tokens_frequent_after_the_sample_are_found_as_well(
    texts: list[str], queries: list[str]
) -> None:
    with small_batches_and_sample():
        index = SearchIndex(texts)
    for query in [*queries, *(text[:2] for text in texts[-5:])]:
        expected = [row for row, text in enumerate(texts) if matches(query, text)]
        assert index.matching_rows(query).tolist() == expected, query


def test_words_frequent_early_or_late_are_found_in_every_row() -> None:
    texts = [f"early {n}" for n in range(20)] + [f"late x{n % 3} ¨e" for n in range(45)]
    with small_batches_and_sample():
        index = SearchIndex(texts)
    for query in ("early", "late", "x1", "e", "1", "x2 late", "¨"):
        expected = [row for row, text in enumerate(texts) if matches(query, text)]
        assert index.matching_rows(query).tolist() == expected, query
