"""Bidi isolation: where foreign runs are, and that isolating never changes the text itself."""

from __future__ import annotations

import html
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.bidi import (
    _MAY_HOLD_LEFT_TO_RIGHT,
    _MAY_HOLD_RIGHT_TO_LEFT,
    FSI,
    PDI,
    foreign_runs,
    isolate,
    isolate_html,
    isolated_line,
    text_and_language,
    text_direction,
)

LATIN = "abcXYZ"
CYRILLIC = "НСР"
ARABIC = "مجلسالعي"
HEBREW = "שלום"
DIGITS = "0129٠١٢"
NEUTRALS = " .,:;()[]«»\"'…-–/!?%+"
MARKS = "\u200e\u200f\u064e"  # LRM, RLM and a fatha (a non-spacing mark)
EXPLICIT = "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
BREAKS = "\n\t"

plain_texts = st.text(
    st.sampled_from(LATIN + CYRILLIC + ARABIC + HEBREW + DIGITS + NEUTRALS + MARKS)
)
any_texts = st.text(
    st.sampled_from(LATIN + ARABIC + DIGITS + NEUTRALS + MARKS + EXPLICIT + BREAKS)
    | st.characters()
)
languages = st.sampled_from(["en", "ar", "ru", "he", "xx"])


def _strip_isolates(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def _is_rtl_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _other_direction(char: str, language: str) -> bool:
    """A letter of the direction opposite to ``language``'s."""
    if char in "\u200e\u200f\u061c":
        return False
    bidi_class = unicodedata.bidirectional(char)
    if bidi_class not in ("L", "R", "AL"):
        return False
    return (bidi_class == "L") == (text_direction(language) == "rtl")


def _unbidi(markup: str) -> str:
    """``isolate_html`` output read back as plain text, ``<bdi>`` as FSI/PDI."""
    return html.unescape(markup.replace("<bdi>", FSI).replace("</bdi>", PDI))


# Property tests ---------------------------------------------------------------------------------


@given(plain_texts, languages)
def test_removing_the_isolates_gives_the_text_back(text: str, language: str) -> None:
    assert _strip_isolates(isolate(text, language)) == text


@given(any_texts, languages)
def test_isolating_only_adds_isolates(text: str, language: str) -> None:
    assert _strip_isolates(isolate(text, language)) == _strip_isolates(text)


@given(st.text(st.sampled_from(LATIN + CYRILLIC + DIGITS + NEUTRALS + "\u200e")))
def test_left_to_right_text_is_unchanged_in_a_left_to_right_paragraph(text: str) -> None:
    assert isolate(text, "en") == text
    assert isolate_html(text, "en") == html.escape(text)


@given(st.text(st.sampled_from(ARABIC + HEBREW + DIGITS + NEUTRALS + "\u200f\u064e")))
def test_right_to_left_text_is_unchanged_in_a_right_to_left_paragraph(text: str) -> None:
    assert isolate(text, "ar") == text
    assert isolate_html(text, "ar") == html.escape(text)


@given(plain_texts, languages)
def test_runs_are_balanced_and_never_nested(text: str, language: str) -> None:
    depth = 0
    for char in isolate(text, language):
        if char == FSI:
            depth += 1
            assert depth == 1
        elif char == PDI:
            depth -= 1
            assert depth == 0
    assert depth == 0


@given(plain_texts, languages)
def test_every_foreign_letter_is_isolated_and_nothing_else(text: str, language: str) -> None:
    runs = list(foreign_runs(text, language))
    covered = {index for start, end in runs for index in range(start, end)}
    for index, char in enumerate(text):
        if _other_direction(char, language):
            assert index in covered, (text, index)
        if index in covered:
            # a strong letter of the paragraph's own direction never goes into a run
            assert not _other_direction(char, "ar" if text_direction(language) == "ltr" else "en")
    for start, end in runs:
        assert start < end
        assert any(_other_direction(char, language) for char in text[start:end])
        # runs do not begin or end with a space
        assert not text[start].isspace() and not text[end - 1].isspace()


@given(any_texts, languages)
def test_isolating_twice_changes_nothing(text: str, language: str) -> None:
    once = isolate(text, language)
    assert isolate(once, language) == once


@given(any_texts, languages)
def test_html_isolation_matches_the_plain_text_one(text: str, language: str) -> None:
    markup = isolate_html(text, language)
    assert "<" not in re.sub(r"</?bdi>", "", markup)
    assert _unbidi(markup) == isolate(text, language)


@given(any_texts)
def test_an_isolate_never_spans_a_paragraph_break(text: str) -> None:
    for start, end in foreign_runs(text, "en"):
        assert not any(unicodedata.bidirectional(char) in ("B", "S") for char in text[start:end])


# What users saw -------------------------------------------------------------------------------


def test_an_arabic_phrase_in_an_english_note_is_one_isolated_run() -> None:
    note = "voted. Only one of its (مجلس السوفيات الأعلى…) The seed says…"
    assert isolate(note, "en") == (
        f"voted. Only one of its ({FSI}مجلس السوفيات الأعلى…{PDI}) The seed says…"
    )


def test_periods_stay_with_the_sentence_they_end() -> None:
    # The English sentence's period stays outside the Arabic run, so it ends the English sentence.
    text = "The council met in موسكو. It voted."
    assert isolate(text, "en") == f"The council met in {FSI}موسكو{PDI}. It voted."
    # A quoted English sentence in an Arabic paragraph keeps its own period; the quotes stay out.
    quote = 'قال غورباتشوف: "I hereby discontinue my activity." ثم غادر.'
    assert isolate(quote, "ar") == (
        f'قال غورباتشوف: "{FSI}I hereby discontinue my activity.{PDI}" ثم غادر.'
    )


def test_a_number_joined_to_a_cyrillic_letter_stays_with_it_in_arabic() -> None:
    text = "أصدر المجلس الإعلان 142-Н في اليوم التالي."
    assert isolate(text, "ar") == f"أصدر المجلس الإعلان {FSI}142-Н{PDI} في اليوم التالي."
    assert isolate_html(text, "ar") == "أصدر المجلس الإعلان <bdi>142-Н</bdi> في اليوم التالي."


def test_brackets_inside_a_run_stay_whole() -> None:
    text = 'The "مجلس السوفيات (الأعلى)" met.'
    assert isolate(text, "en") == f'The "{FSI}مجلس السوفيات (الأعلى){PDI}" met.'


def test_html_escapes_the_text_inside_and_outside_runs() -> None:
    assert isolate_html("<b>مجلس & co</b>", "en") == "&lt;b&gt;<bdi>مجلس</bdi> &amp; co&lt;/b&gt;"


def test_existing_isolates_are_left_as_they_are() -> None:
    text = f"The {FSI}مجلس{PDI} and the مجلس."
    assert isolate(text, "en") == f"The {FSI}مجلس{PDI} and the {FSI}مجلس{PDI}."
    # a stray terminator never closes a run of ours
    assert isolate(f"مجلس{PDI} مجلس", "en") == f"{FSI}مجلس{PDI}{PDI} {FSI}مجلس{PDI}"


def test_text_and_language_names_the_language_it_fell_back_to() -> None:
    assert text_and_language({"en": "Moscow", "ar": "موسكو"}, "ar") == ("موسكو", "ar")
    assert text_and_language({"en": "Moscow"}, "ar") == ("Moscow", "en")
    assert text_and_language({"ru": "Москва"}, "ar") == ("Москва", "ru")
    assert text_and_language({}, "ar") == ("", "ar")


def test_text_direction() -> None:
    assert text_direction("ar") == "rtl"
    assert text_direction("en") == "ltr"


def test_the_fast_path_never_skips_a_text_with_a_run() -> None:
    """Texts with no letter of the other direction skip the work; the skip test must be exact."""
    for code in range(0x110000):
        char = chr(code)
        bidi_class = unicodedata.bidirectional(char)
        explicit = char in EXPLICIT
        if bidi_class in ("R", "AL") or explicit:
            assert _MAY_HOLD_RIGHT_TO_LEFT.match(char), hex(code)
        if bidi_class == "L" or explicit:
            assert _MAY_HOLD_LEFT_TO_RIGHT.match(char), hex(code)


def test_a_line_is_isolated_whole_only_where_its_first_letter_runs_the_other_way() -> None:
    assert isolated_line("'Whitney' · 1987", right_to_left=True) == f"{FSI}'Whitney' · 1987{PDI}"
    assert isolated_line("'Whitney' · 1987", right_to_left=False) == "'Whitney' · 1987"
    assert (
        isolated_line("«سقوط جدار برلين» · 1989", right_to_left=True) == "«سقوط جدار برلين» · 1989"
    )
    assert isolated_line("«سقوط جدار برلين»", right_to_left=False) == f"{FSI}«سقوط جدار برلين»{PDI}"
    assert isolated_line("1991 · …", right_to_left=True) == "1991 · …"  # no letter: as it is


@given(st.text(), st.booleans())
def test_isolating_a_line_adds_only_the_marks(text: str, right_to_left: bool) -> None:
    assert _strip_isolates(isolated_line(text, right_to_left)) == _strip_isolates(text)
