"""Search matching ignores case, Latin accents and Arabic diacritics and letter variants."""

from __future__ import annotations

import pytest

from explorer.core.search import matches, normalize_for_search


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
