"""The language-specific summary behind every export, and its labels."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from explorer import __version__
from explorer.core.labels import count_events, kind_label, label, status_label, text_direction
from explorer.core.schema import Source
from explorer.core.summary import EventRef, ParticipantRow, build_summary, quote_translation
from tests.core.sample_data import treaty_dataset


def test_english_summary_of_a_treaty() -> None:
    dataset = treaty_dataset()
    summary = build_summary(dataset, dataset.events, "en", "all")
    assert summary.title == "End of the Soviet Union"
    assert summary.description == "How it ended."
    assert summary.direction == "ltr"
    assert summary.scope_label == "All events"
    assert summary.count_text == "4 events"
    assert summary.generated_by == f"Made with Timeline Explorer {__version__}"
    treaty = summary.events[2]
    assert (treaty.id, treaty.kind, treaty.kind_label) == ("belovezha-accords", "treaty", "Treaty")
    assert treaty.title == "Belovezha Accords"
    assert treaty.date_text == "8 December 1991"
    assert (treaty.start, treaty.end) == ("1991-12-08", "")
    assert treaty.place == "Viskuli, Belarus"
    assert treaty.causes == [
        EventRef("planned-economy", "The planned economy", "en"),
        EventRef("august-coup", "August coup", "en"),
    ]
    assert treaty.led_to == [EventRef("gorbachev-resigns", "Gorbachev resigns", "en")]
    assert treaty.participants[0] == ParticipantRow(
        party="Belarus",
        status="signed",
        status_label="Signed",
        representatives=[
            "Stanislav Shushkevich — Chairman of the Supreme Council",
            "Vyacheslav Kebich — Prime Minister",
        ],
        party_language="en",
        note_language="en",
        representative_languages=["en", "en"],
    )
    assert treaty.participants[2].status_label == "Did not take part"
    assert treaty.participants[2].note == "Not invited."
    source = treaty.sources[0]
    assert (source.citation, source.quote_language, source.url) == (
        "Seed article",
        "ar",
        "https://example.org/seed",
    )
    assert source.note == "Merges two signatories."


def test_arabic_summary_uses_arabic_texts_dates_and_labels() -> None:
    dataset = treaty_dataset()
    summary = build_summary(dataset, dataset.events, "ar", "selected")
    assert summary.direction == "rtl"
    assert summary.title == "نهاية الاتحاد السوفيتي"
    assert summary.scope_label == "الأحداث المحددة"
    assert summary.count_text == "4 أحداث"
    treaty = summary.events[2]
    assert treaty.kind_label == "معاهدة"
    assert treaty.date_text == "8 كانون الأول/ديسمبر 1991"
    assert treaty.participants[0].status_label == "وقّعت"
    assert treaty.participants[0].representatives[0] == "ستانيسلاف شوشكيفيتش — رئيس المجلس الأعلى"
    assert treaty.participants[2].status_label == "لم تشارك"
    assert treaty.causes[0].title == "الاقتصاد المخطط"
    assert summary.events[1].date_text == "19–22 آب/أغسطس 1991"
    assert summary.label("causes") == "الأسباب"


def test_missing_arabic_falls_back_to_english() -> None:
    dataset = treaty_dataset()
    event = replace(dataset.events[3], title={"en": "Only English"}, summary={})
    summary = build_summary(dataset, [event], "ar")
    assert summary.events[0].title == "Only English"
    assert summary.events[0].summary == ""
    # the language the text is really in, so exporters lay it out left to right
    assert summary.events[0].title_language == "en"
    assert summary.events[0].place_language == "ar"
    assert summary.title_language == "ar"


def test_every_fallback_names_its_language() -> None:
    dataset = treaty_dataset()
    treaty = dataset.events[2]
    kazakhstan = replace(treaty.participants[2], party={"en": "Kazakhstan"})
    source = replace(treaty.sources[0], note={"en": "Merges two signatories."})
    treaty = replace(treaty, participants=[*treaty.participants[:2], kazakhstan], sources=[source])
    dataset = replace(dataset, events=[dataset.events[0], treaty], title={"en": "Only English"})
    summary = build_summary(dataset, dataset.events, "ar")
    assert summary.title_language == "en"
    row = summary.events[1].participants[2]
    assert (row.party, row.party_language, row.note_language) == ("Kazakhstan", "en", "ar")
    assert summary.events[1].participants[0].representative_languages == ["ar", "ar"]
    assert summary.events[1].sources[0].note_language == "en"
    assert summary.events[1].causes[0] == EventRef("planned-economy", "الاقتصاد المخطط", "ar")


def test_one_event_alone_still_names_its_causes_and_effects() -> None:
    dataset = treaty_dataset()
    summary = build_summary(dataset, [dataset.events[2]], "en", "selected")
    assert [event.id for event in summary.events] == ["belovezha-accords"]
    assert [ref.id for ref in summary.events[0].causes] == ["planned-economy", "august-coup"]
    assert [ref.id for ref in summary.events[0].led_to] == ["gorbachev-resigns"]
    assert summary.event_ids() == {"belovezha-accords"}
    assert summary.count_text == "1 event"


def test_unknown_repeated_and_self_causes_do_not_break_the_summary() -> None:
    dataset = treaty_dataset()
    odd = replace(
        dataset.events[3],
        causes=["nowhere", "belovezha-accords", "belovezha-accords", "gorbachev-resigns"],
    )
    dataset = replace(dataset, events=[*dataset.events[:3], odd])
    summary = build_summary(dataset, dataset.events, "en")
    assert summary.events[3].causes == [
        EventRef("nowhere", "nowhere"),
        EventRef("belovezha-accords", "Belovezha Accords", "en"),
    ]
    assert [ref.id for ref in summary.events[3].led_to] == []


def test_an_empty_scope() -> None:
    summary = build_summary(treaty_dataset(), [], "ar", "filtered")
    assert summary.events == [] and summary.count_text == "لا أحداث"


@pytest.mark.parametrize(
    ("count", "english", "arabic"),
    [
        (1, "1 event", "حدث واحد"),
        (2, "2 events", "حدثان"),
        (3, "3 events", "3 أحداث"),
        (10, "10 events", "10 أحداث"),
        (11, "11 events", "11 حدثًا"),
        (99, "99 events", "99 حدثًا"),
        (100, "100 events", "100 حدث"),
        (103, "103 events", "103 أحداث"),
        (100_000, "100,000 events", "100,000 حدث"),
        (1_000_011, "1,000,011 events", "1,000,011 حدثًا"),
    ],
)
def test_counts_agree_in_both_languages(count: int, english: str, arabic: str) -> None:
    assert count_events(count, "en") == english
    assert count_events(count, "ar") == arabic


def test_labels_in_both_languages_and_fallbacks() -> None:
    pairs = {
        "causes": ("Causes", "الأسباب"),
        "participants": ("Participants", "المشاركون"),
        "sources": ("Sources", "المصادر"),
        "led_to": ("Led to", "أدى إلى"),
        "place": ("Place", "المكان"),
        "date": ("Date", "التاريخ"),
    }
    for key, (english, arabic) in pairs.items():
        assert (label(key, "en"), label(key, "ar")) == (english, arabic)
    assert [kind_label(kind, "ar") for kind in ("event", "treaty", "cause", "period")] == [
        "حدث",
        "معاهدة",
        "سبب",
        "حقبة",
    ]
    assert [status_label(s, "ar") for s in ("signed", "observer", "absent", "not_party")] == [
        "وقّعت",
        "مراقب",
        "لم تشارك",
        "ليست طرفًا",
    ]
    assert (label("translation", "en"), label("translation", "ar")) == ("Translation:", "ترجمة:")
    assert label("causes", "fr") == "Causes"
    assert kind_label("battle", "en") == "battle"
    assert label("no-such-key", "ar") == "no-such-key"
    assert (text_direction("ar"), text_direction("en")) == ("rtl", "ltr")


def test_a_quote_comes_with_its_translation_for_the_reader() -> None:
    source = Source(
        citation="Address",
        quote="Я прекращаю свою деятельность",
        quote_language="ru",
        translation={"en": "I discontinue my activity", "ar": "أوقف نشاطي"},
    )
    assert quote_translation(source, "ar") == ("أوقف نشاطي", "ar")
    assert quote_translation(source, "en") == ("I discontinue my activity", "en")
    assert quote_translation(source, "ru") == ("", "")  # the reader reads the quote itself
    assert quote_translation(source, "fr") == ("I discontinue my activity", "en")
    english_quote = Source(citation="C", quote="Q", quote_language="en", translation={"ar": "ق"})
    assert quote_translation(english_quote, "en") == ("", "")
    assert quote_translation(english_quote, "fr") == ("", "")  # no "translation" into English
    dataset = treaty_dataset()
    rows = build_summary(dataset, dataset.events, "en").events[2].sources
    assert (rows[0].translation, rows[0].translation_language) == (
        "The leaders of Russia, Ukraine and Belarus signed",
        "en",
    )
    assert build_summary(dataset, dataset.events, "ar").events[2].sources[0].translation == ""


def test_a_text_shipped_with_the_app_is_named_not_linked() -> None:
    dataset = treaty_dataset()
    treaty = dataset.events[2]
    shipped = Source(
        citation="Article", quote="نص", quote_language="ar", url="source-article:a.txt"
    )
    dataset = replace(
        dataset, events=[*dataset.events[:2], replace(treaty, sources=[shipped]), dataset.events[3]]
    )
    english = build_summary(dataset, dataset.events, "en").events[2].sources[0]
    assert (
        english.url == "" and english.shipped_text == "text included with Timeline Explorer: a.txt"
    )
    arabic = build_summary(dataset, dataset.events, "ar").events[2].sources[0]
    # the file name keeps its left-to-right order inside the Arabic sentence
    assert arabic.shipped_text == "نصّه مرفق بمستكشف الخط الزمني: \u2066a.txt\u2069"
