"""Small datasets for the core's tests, built in code (never the built-in dataset file)."""

from __future__ import annotations

from explorer.core.dates import PartialDate
from explorer.core.schema import Dataset, Event, Participant, Representative, Source

date = PartialDate.parse


def person(en: str, ar: str, office_en: str = "", office_ar: str = "") -> Representative:
    office = {key: value for key, value in (("en", office_en), ("ar", office_ar)) if value}
    return Representative(name={"en": en, "ar": ar}, office=office)


def treaty_dataset() -> Dataset:
    """Four events in time order: a period (a cause), an event, a treaty with participants and
    sources, and what the treaty led to; texts in English and Arabic."""
    return Dataset(
        format="timeline-explorer/1",
        title={"en": "End of the Soviet Union", "ar": "نهاية الاتحاد السوفيتي"},
        description={"en": "How it ended.", "ar": "كيف انتهى."},
        events=[
            Event(
                id="planned-economy",
                kind="period",
                title={"en": "The planned economy", "ar": "الاقتصاد المخطط"},
                start=date("1928"),
                end=date("1991"),
                summary={"en": "Supply fell short of demand.", "ar": "العرض أقل من الطلب."},
            ),
            Event(
                id="august-coup",
                title={"en": "August coup", "ar": "انقلاب آب"},
                start=date("1991-08-19"),
                end=date("1991-08-22"),
                place={"en": "Moscow", "ar": "موسكو"},
                causes=["planned-economy"],
            ),
            Event(
                id="belovezha-accords",
                kind="treaty",
                title={"en": "Belovezha Accords", "ar": "اتفاقيات بيلوفيجا"},
                start=date("1991-12-08"),
                place={"en": "Viskuli, Belarus", "ar": "فيسكولي، بيلاروسيا"},
                summary={
                    "en": "Russia, Ukraine and Belarus found the CIS.",
                    "ar": "روسيا وأوكرانيا وبيلاروسيا تؤسس رابطة الدول المستقلة.",
                },
                causes=["planned-economy", "august-coup"],
                participants=[
                    Participant(
                        party={"en": "Belarus", "ar": "بيلاروسيا"},
                        representatives=[
                            person(
                                "Stanislav Shushkevich",
                                "ستانيسلاف شوشكيفيتش",
                                "Chairman of the Supreme Council",
                                "رئيس المجلس الأعلى",
                            ),
                            person(
                                "Vyacheslav Kebich",
                                "فياتشيسلاف كيبيتش",
                                "Prime Minister",
                                "رئيس الوزراء",
                            ),
                        ],
                    ),
                    Participant(
                        party={"en": "Russia", "ar": "روسيا"},
                        representatives=[
                            person("Boris Yeltsin", "بوريس يلتسين", "President", "الرئيس")
                        ],
                    ),
                    Participant(
                        party={"en": "Kazakhstan", "ar": "كازاخستان"},
                        status="absent",
                        note={"en": "Not invited.", "ar": "لم تُدعَ."},
                    ),
                ],
                sources=[
                    Source(
                        citation="Seed article",
                        quote="وقّع قادة روسيا وأوكرانيا وبيلاروسيا",
                        quote_language="ar",
                        translation={"en": "The leaders of Russia, Ukraine and Belarus signed"},
                        url="https://example.org/seed",
                        note={"en": "Merges two signatories.", "ar": "يدمج موقّعَين."},
                    )
                ],
            ),
            Event(
                id="gorbachev-resigns",
                title={"en": "Gorbachev resigns", "ar": "استقالة غورباتشوف"},
                start=date("1991-12-25"),
                causes=["belovezha-accords"],
            ),
        ],
    )
