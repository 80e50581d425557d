"""The built-in dataset's sources and its Arabic, as a historian and an Arabic editor check them.

A teacher can print the sources and follow every line: no copy of an encyclopedia article or
reprint of a newspaper stands in for the work itself, no link points to a host that is gone,
every citation names the work, and every quote comes with a translation into the other language.
The Arabic is edited Arabic: one spelling per name, «…» for quotes, status words that agree with
the feminine state names, and dates written as Arabic readers write them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from explorer.core.dates import format_span
from explorer.core.labels import status_label
from explorer.core.schema import PARTICIPANT_STATUSES, Dataset, Event
from explorer.paths import default_dataset_path, source_article_path

#: Hosts that serve copies of encyclopedia articles, unauthorised reprints or weak pages.
COPY_HOSTS = (
    "liquisearch.com",
    "spectroom.com",
    "wikisum.wiki",
    "kiwix.org",
    "kiwix",
    "infospaze.com",
    "wikivisually.com",
    "worddisk.com",
    "wikimili.com",
    "piglix.com",
    "eudic.net",
    "the-uncensored-wiki.com",
    "absoluteastronomy.com",
    "pinocchiopedia.com",
    "zxc.wiki",
    "other.wiki",
    "academic.ru",
    "en-academic.com",
    "rulit.me",
    "tech-insider.org",
    "50webs.com",
    "toplist.info",
    "efectotequila.com",
    "russia.rin.ru",
    "wikiclassic.com",
    "enwikipedia.net",
    "graphsearch.epfl.ch",
    "abcdef.wiki",
    "xcv.wiki",
    "encyclopedia.kz",
)
#: Hosts that no longer serve the articles they once did.
DEAD_HOSTS = (
    "articles.chicagotribune.com",
    "articles.baltimoresun.com",
    "articles.orlandosentinel.com",
    "articles.sun-sentinel.com",
)
#: Works cited by what they are rather than by a title (a document, an untitled report).
UNTITLED_WORKS = (
    "Agreement on the ",
    "Resolution of the Supreme Soviet",
    "Associated Press, in The Roanoke Times",
    "Origins (Ohio State University)",
    "Daryo (",
    "Deseret News (",
    "Russian Historical Society (",
)
QUOTED_TITLE = re.compile(r'"[^"]+"|«[^»]+»|“[^”]+”')


def all_sources(dataset: Dataset) -> Iterator[tuple[str, Any]]:
    for event in dataset.events:
        for source in event.sources:
            yield event.id, source


def arabic_texts(dataset: Dataset) -> Iterator[tuple[str, str]]:
    """Every Arabic text the dataset writes itself (not the quotes, which are as written)."""
    yield "description", dataset.description["ar"]
    for event in dataset.events:
        for field in ("title", "summary", "place"):
            yield f"{event.id}.{field}", getattr(event, field)["ar"]
        for participant in event.participants:
            yield f"{event.id}.party", participant.party["ar"]
            if participant.note:
                yield f"{event.id}.note", participant.note["ar"]
            for rep in participant.representatives:
                yield f"{event.id}.office", rep.office["ar"]
        for source in event.sources:
            if source.note:
                yield f"{event.id}.source-note", source.note["ar"]
            if "ar" in source.translation:
                yield f"{event.id}.translation", source.translation["ar"]


# ------------------------------------------------------------------------------ sources


def test_no_link_to_a_copy_or_a_dead_host(dataset: Dataset) -> None:
    for event_id, source in all_sources(dataset):
        host = urlparse(source.url).netloc.lower()
        for bad in COPY_HOSTS + DEAD_HOSTS:
            assert bad not in host, f"{event_id}: {source.url} ({source.citation})"


def test_every_citation_names_the_work(dataset: Dataset) -> None:
    for event_id, source in all_sources(dataset):
        citation = source.citation
        assert citation.strip() and citation == citation.strip()
        named = QUOTED_TITLE.search(citation) or citation.startswith(UNTITLED_WORKS)
        assert named, f"{event_id}: the citation names no work: {citation}"
        assert not re.fullmatch(r"(?i)wikipedia|britannica|web page", citation)


def test_a_copy_is_cited_as_the_article_itself(dataset: Dataset) -> None:
    """A Wikipedia citation links to Wikipedia, never to a mirror of it."""
    for event_id, source in all_sources(dataset):
        if source.citation.startswith("Wikipedia, "):
            assert source.url.startswith("https://en.wikipedia.org/"), f"{event_id}: {source}"


def test_every_quote_is_translated_into_the_other_language(dataset: Dataset) -> None:
    for event_id, source in all_sources(dataset):
        needed = {"ar": {"en"}, "en": {"ar"}}.get(source.quote_language, {"en", "ar"})
        for language in needed:
            assert source.translation.get(language, "").strip(), (
                f"{event_id}: no {language} translation of {source.quote[:50]!r}"
            )
        assert source.quote_language not in source.translation, event_id


def test_primary_documents_are_cited(events: dict[str, Event]) -> None:
    def cites(event_id: str, words: str) -> bool:
        return any(words in source.citation for source in events[event_id].sources)

    assert cites("belovezha-accords", "Agreement on the Creation of a Commonwealth")
    assert cites("alma-ata-protocol", "Text of Accords by Former Soviet Republics")
    assert cites("alma-ata-protocol", "The Alma-Ata Declaration")
    assert cites("gorbachev-resignation", "Mikhail Gorbachev, address")
    assert cites("gorbachev-resigns-as-general-secretary", "Mikhail Gorbachev, statement")


def test_the_source_article_ships_and_is_cited_as_what_it_is(dataset: Dataset) -> None:
    article = source_article_path()
    assert article.is_file() and "معاهدة بيلوفيزا" in article.read_text(encoding="utf-8")
    assert (article.parent / "README.md").is_file()
    cited = [s for _, s in all_sources(dataset) if s.url.startswith("source-article:")]
    assert cited and all(s.url == f"source-article:{article.name}" for s in cited)
    assert all("Arabic article on the end of the Soviet Union" in s.citation for s in cited)


def test_no_user_visible_text_says_seed() -> None:
    text = default_dataset_path().read_text(encoding="utf-8")
    assert not re.search(r"(?i)\bseed", text)
    readme = (source_article_path().parent / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"(?i)\bseed", readme)


# ------------------------------------------------------------------------------ facts


def test_facts_made_exact(events: dict[str, Event]) -> None:
    treaty = events["treaty-on-the-creation-of-the-ussr"].summary["en"]
    assert "On 29 December 1922" in treaty and "on 30 December the First All-Union" in treaty
    assert "Wikipedia" not in treaty
    protocol = events["alma-ata-protocol"]
    assert "Alma-Ata Declaration" in protocol.title["en"]
    assert "Council of Heads of State" in protocol.summary["en"]
    assert "The protocol also let Russia" not in protocol.summary["en"]
    resignation = events["gorbachev-resignation"].summary["en"]
    assert "handed its powers" not in resignation
    assert "the office came to an end" in resignation and "nuclear" in resignation
    note = " ".join(
        source.note["en"] for source in events["belovezha-accords"].sources if source.note
    )
    assert "Kebich" in note and "treaty" in note and "Agreement on the Creation" in note


def test_the_context_the_story_needs(dataset: Dataset, events: dict[str, Event]) -> None:
    assert events["perestroika"].start.iso() == "1987-01"
    assert events["gorbachev-president-of-the-ussr"].start.iso() == "1990-03-15"
    assert events["gorbachev-resigns-as-general-secretary"].start.iso() == "1991-08-24"
    for event_id in (
        "perestroika",
        "gorbachev-president-of-the-ussr",
        "gorbachev-resigns-as-general-secretary",
    ):
        assert event_id in dataset.story


def test_causes_the_summaries_claim(events: dict[str, Event]) -> None:
    assert {"union-referendum", "yeltsin-elected-president-of-russia"} <= set(
        events["august-coup"].causes
    )
    assert "yeltsin-elected-president-of-russia" in events["belovezha-accords"].causes
    assert "baltic-independence-recognised" in events["alma-ata-protocol"].causes
    # the 27th Congress called for glasnost before Chernobyl: not its cause
    assert "chernobyl-disaster" not in events["glasnost"].causes
    assert "chernobyl-disaster" in events["perestroika"].causes


def test_one_english_name_per_country(dataset: Dataset) -> None:
    text = json.dumps(
        [[event.title, event.summary, event.place] for event in dataset.events],
        ensure_ascii=False,
    )
    assert "Belorussia" not in text  # the SSR is the Byelorussian SSR, the state Belarus
    assert "Wikipedia names" not in text


# ------------------------------------------------------------------------------ Arabic


def test_arabic_one_spelling_and_quotation_marks(dataset: Dataset) -> None:
    for where, text in arabic_texts(dataset):
        assert "السوفييت" not in text and "سوفييتات" not in text, where
        assert '"' not in text, f"{where}: straight quotes in Arabic: {text[:60]}"
        assert "أمين الدولة" not in text and "داتشا الدولة" not in text, where
        assert "بواسطة" not in text, where
        assert not re.search(r"قانون (إعلان|إعادة)", text), f"{where}: an act is not a law"
        outside_quotes = re.sub(r"«[^»]*»", "", text)
        assert "بيلوفيزا" not in outside_quotes, where  # ж is ج: بيلوفيجا


def test_status_words_agree_with_the_states(dataset: Dataset) -> None:
    words = {status: status_label(status, "ar") for status in PARTICIPANT_STATUSES}
    assert words == {
        "signed": "وقّعت",
        "observer": "مراقب",
        "absent": "لم تشارك",
        "not_party": "ليست طرفًا",
    }
    assert status_label("not_party", "en") == "Not a party"
    for event in dataset.events:
        for participant in event.participants:
            assert participant.status in PARTICIPANT_STATUSES


def test_date_ranges_within_a_month(events: dict[str, Event]) -> None:
    ratified = events["belovezha-accords-ratified"]
    assert format_span(ratified.start, ratified.end, "ar") == "10–12 كانون الأول/ديسمبر 1991"
    assert format_span(ratified.start, ratified.end, "en") == "10–12 December 1991"
