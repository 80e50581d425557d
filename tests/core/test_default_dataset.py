"""The built-in dataset, "The end of the Soviet Union": well formed, complete and sourced.

These tests pin the historical content: every fact of the Arabic source article (shipped in
``resources/source-article``) is present, the facts the article gets wrong are corrected and carry
a note on the article's quote, and every event has sources, cited as a historian would cite them.
They read only the JSON file and the article (no Qt).
"""

from __future__ import annotations

import pytest

from explorer.core.dates import PartialDate
from explorer.core.schema import Dataset, Event, Participant
from explorer.paths import source_article_path

ARTICLE_CITATION = (
    "«نهاية الاتحاد السوفيتي» — Arabic article on the end of the Soviet Union, "
    "the source text of this dataset"
)
ARTICLE_URL = "source-article:end-of-the-soviet-union.ar.txt"

#: Events that come from the source article; everything else is context from other sources.
ARTICLE_EVENTS = {
    "planned-economy",
    "nationalities-problem",
    "glasnost",
    "revolutions-of-1989",
    "fall-of-the-berlin-wall",
    "treaty-on-the-creation-of-the-ussr",
    "belovezha-accords",
    "alma-ata-protocol",
    "gorbachev-resignation",
    "soviet-of-the-republics-declaration",
}

#: Facts the article gets wrong or simplifies: the event whose article quote must carry a note.
ARTICLE_CORRECTIONS = {
    "planned-economy": "semi-centralised",
    "belovezha-accords": "Shushkevich",
    "alma-ata-protocol": "observer",
    "soviet-of-the-republics-declaration": "Soviet of the Republics",
}


def en_names(participant: Participant) -> list[str]:
    return [rep.name["en"] for rep in participant.representatives]


def party(event: Event, name: str) -> Participant:
    matches = [p for p in event.participants if p.party["en"].startswith(name)]
    assert len(matches) == 1, f"{event.id}: expected one party named {name!r}, got {len(matches)}"
    return matches[0]


def article_sources(event: Event) -> list:
    return [source for source in event.sources if source.citation == ARTICLE_CITATION]


# ------------------------------------------------------------------------------ well formed


def test_format_title_and_description(dataset: Dataset) -> None:
    assert dataset.format == "timeline-explorer/1"
    assert dataset.title == {"en": "The end of the Soviet Union", "ar": "نهاية الاتحاد السوفيتي"}
    assert dataset.description.get("en") and dataset.description.get("ar")


def test_ids_are_unique_kebab_case(dataset: Dataset) -> None:
    ids = [event.id for event in dataset.events]
    assert len(ids) == len(set(ids)), "duplicate event ids"
    for event_id in ids:
        assert event_id == event_id.lower() and " " not in event_id and "_" not in event_id


def test_every_cause_exists_and_comes_first(dataset: Dataset, events: dict[str, Event]) -> None:
    """A cause exists and begins before its effect is over (a period may be fed as it runs)."""
    for event in dataset.events:
        assert len(event.causes) == len(set(event.causes)), f"{event.id}: repeated cause"
        for cause in event.causes:
            assert cause in events, f"{event.id}: unknown cause {cause!r}"
            assert cause != event.id
            assert events[cause].start_time < event.end_time, f"{event.id} is over before {cause}"


def test_every_event_is_bilingual_and_sourced(dataset: Dataset) -> None:
    for event in dataset.events:
        for field in ("title", "summary", "place"):
            text = getattr(event, field)
            assert text.get("en", "").strip(), f"{event.id}: no English {field}"
            assert text.get("ar", "").strip(), f"{event.id}: no Arabic {field}"
        assert event.sources, f"{event.id}: no sources"
        for source in event.sources:
            assert source.citation.strip()
            assert source.quote.strip(), f"{event.id}: a source without a quote"
            assert source.quote_language, f"{event.id}: a quote without its language"
            if source.citation == ARTICLE_CITATION:
                assert source.url == ARTICLE_URL, f"{event.id}: {source}"
            elif source.url:
                assert source.url.startswith("https://") or source.url.startswith("http://")
            if source.note:
                assert source.note.get("en") and source.note.get("ar")


def test_every_participant_is_bilingual(dataset: Dataset) -> None:
    for event in dataset.events:
        for participant in event.participants:
            assert participant.party.get("en") and participant.party.get("ar")
            if participant.note:
                assert participant.note.get("en") and participant.note.get("ar")
            for rep in participant.representatives:
                assert rep.name.get("en") and rep.name.get("ar"), f"{event.id}: {rep}"
                assert rep.office.get("en") and rep.office.get("ar"), f"{event.id}: {rep}"


def test_article_quotes_are_verbatim(dataset: Dataset) -> None:
    """The article ships with the app, and each quote of it is found in it word for word."""
    article = source_article_path().read_text(encoding="utf-8")
    for event in dataset.events:
        for source in article_sources(event):
            assert source.quote_language == "ar"
            assert source.quote in article, f"{event.id}: not in the article: {source.quote[:60]}"


# ------------------------------------------------------------------------------ article facts


def test_article_events_quote_the_article(events: dict[str, Event]) -> None:
    for event_id in ARTICLE_EVENTS:
        assert event_id in events, f"missing event {event_id}"
        assert article_sources(events[event_id]), f"{event_id}: no quote from the article"


def test_causes_are_periods(events: dict[str, Event]) -> None:
    for event_id in ("planned-economy", "nationalities-problem", "glasnost"):
        event = events[event_id]
        assert event.kind == "cause" and event.end is not None, event_id
    assert events["revolutions-of-1989"].end is not None
    assert events["fall-of-the-berlin-wall"].start == PartialDate.parse("1989-11-09")
    assert events["fall-of-the-berlin-wall"].kind == "event"


def test_key_dates(events: dict[str, Event]) -> None:
    expected = {
        "treaty-on-the-creation-of-the-ussr": "1922-12-30",
        "belovezha-accords": "1991-12-08",
        "alma-ata-protocol": "1991-12-21",
        "gorbachev-resignation": "1991-12-25",
        "soviet-of-the-republics-declaration": "1991-12-26",
    }
    for event_id, date in expected.items():
        assert events[event_id].start == PartialDate.parse(date), event_id
        assert events[event_id].end is None, event_id


def test_treaty_of_1922_has_the_four_founders(events: dict[str, Event]) -> None:
    treaty = events["treaty-on-the-creation-of-the-ussr"]
    assert treaty.kind == "treaty"
    assert [p.party["en"] for p in treaty.participants] == [
        "Russian SFSR",
        "Ukrainian SSR",
        "Byelorussian SSR",
        "Transcaucasian SFSR",
    ]
    assert all(p.status == "signed" for p in treaty.participants)


def test_belovezha_three_states_six_signatories(events: dict[str, Event]) -> None:
    accords = events["belovezha-accords"]
    assert accords.kind == "treaty"
    assert accords.place["en"] == "Viskuli, Belovezhskaya Pushcha, Belarus"
    assert len(accords.participants) == 3
    assert all(p.status == "signed" for p in accords.participants)
    assert en_names(party(accords, "Russia")) == ["Boris Yeltsin", "Gennady Burbulis"]
    assert en_names(party(accords, "Ukraine")) == ["Leonid Kravchuk", "Vitold Fokin"]
    assert en_names(party(accords, "Belarus")) == ["Stanislav Shushkevich", "Vyacheslav Kebich"]
    offices = {
        rep.name["en"]: rep.office["en"]
        for participant in accords.participants
        for rep in participant.representatives
    }
    assert offices["Boris Yeltsin"] == "President of the RSFSR"
    assert "State Secretary" in offices["Gennady Burbulis"]
    assert offices["Leonid Kravchuk"] == "President of Ukraine"
    assert offices["Vitold Fokin"] == "Prime Minister of Ukraine"
    assert offices["Stanislav Shushkevich"] == "Chairman of the Supreme Council of Belarus"
    assert offices["Vyacheslav Kebich"] == "Prime Minister of Belarus"


def test_belovezha_established_the_cis_and_ended_the_ussr(events: dict[str, Event]) -> None:
    summary = events["belovezha-accords"].summary
    assert "Commonwealth of Independent States" in summary["en"]
    assert "as a subject of international law and a geopolitical reality" in summary["en"]
    assert "رابطة الدول المستقلة" in summary["ar"]


def test_alma_ata_signers_and_non_signers(events: dict[str, Event]) -> None:
    protocol = events["alma-ata-protocol"]
    assert protocol.kind == "treaty"
    assert protocol.place["en"] == "Alma-Ata, Kazakhstan"
    signed = [p for p in protocol.participants if p.status == "signed"]
    assert sorted(p.party["en"] for p in signed) == [
        "Armenia",
        "Azerbaijan",
        "Belarus",
        "Kazakhstan",
        "Kyrgyzstan",
        "Moldova",
        "Russia",
        "Tajikistan",
        "Turkmenistan",
        "Ukraine",
        "Uzbekistan",
    ]
    for participant in signed:
        assert len(participant.representatives) == 1, participant.party["en"]
    assert en_names(party(protocol, "Kazakhstan")) == ["Nursultan Nazarbayev"]
    assert en_names(party(protocol, "Belarus")) == ["Stanislav Shushkevich"]
    georgia = party(protocol, "Georgia")
    assert georgia.status == "observer" and not georgia.representatives
    assert (
        "22 December 1991" in georgia.note["en"]
        and "22 كانون الأول/ديسمبر 1991" in georgia.note["ar"]
    )
    for name in ("Lithuania", "Latvia", "Estonia"):
        participant = party(protocol, name)
        # already independent, not absentees: they had no part in the Commonwealth at all
        assert participant.status == "not_party", name
        assert "1940" in participant.note["en"] and "illegally" in participant.note["en"]
        assert "6 September 1991" in participant.note["en"]
        assert "6 أيلول/سبتمبر 1991" in participant.note["ar"], name
        assert "غائب" not in participant.note["ar"]


def test_the_end(events: dict[str, Event]) -> None:
    resignation = events["gorbachev-resignation"]
    assert "President of the USSR" in resignation.title["en"]
    vote = events["soviet-of-the-republics-declaration"]
    assert "Soviet of the Republics" in vote.summary["en"]
    assert "142-N" in vote.summary["en"]
    assert "مجلس الجمهوريات" in vote.summary["ar"]


def test_links_between_the_article_events(events: dict[str, Event]) -> None:
    assert {
        "planned-economy",
        "nationalities-problem",
        "glasnost",
        "revolutions-of-1989",
        "august-coup",
        "ukrainian-independence-referendum",
    } <= set(events["belovezha-accords"].causes)
    assert "belovezha-accords" in events["alma-ata-protocol"].causes
    assert "alma-ata-protocol" in events["gorbachev-resignation"].causes
    assert "gorbachev-resignation" in events["soviet-of-the-republics-declaration"].causes


# ------------------------------------------------------------------ corrections, context


@pytest.mark.parametrize(("event_id", "keyword"), sorted(ARTICLE_CORRECTIONS.items()))
def test_article_errors_carry_a_note(events: dict[str, Event], event_id: str, keyword: str) -> None:
    notes = [source.note for source in article_sources(events[event_id]) if source.note]
    assert notes, f"{event_id}: the article's quote has no note saying what it gets wrong"
    assert any(keyword in note["en"] and note.get("ar") for note in notes), event_id


def test_corrections_have_an_independent_source(events: dict[str, Event]) -> None:
    for event_id in ARTICLE_CORRECTIONS:
        others = [s for s in events[event_id].sources if s.citation != ARTICLE_CITATION]
        assert others, f"{event_id}: a correction needs a source other than the article"


def test_at_least_eight_context_events(dataset: Dataset) -> None:
    context = [event for event in dataset.events if not article_sources(event)]
    assert len(context) >= 8
    assert {event.id for event in context}.isdisjoint(ARTICLE_EVENTS)
    for event in context:
        assert event.start.year >= 1985, event.id


def test_events_are_in_chronological_order(dataset: Dataset) -> None:
    starts = [event.start_time for event in dataset.events]
    assert starts == sorted(starts)
