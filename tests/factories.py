"""Small datasets built in code, so tests don't depend on the built-in dataset's content."""

from __future__ import annotations

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event, Participant, Representative, Source


def person(en: str, ar: str, office_en: str, office_ar: str) -> Representative:
    return Representative(name={"en": en, "ar": ar}, office={"en": office_en, "ar": office_ar})


def small_dataset() -> Dataset:
    """Five events: two causes (periods), a happening, a treaty with participants, an effect."""
    date = PartialDate.parse
    return Dataset(
        format=FORMAT_ID,
        title={"en": "A small story", "ar": "قصة صغيرة"},
        events=[
            Event(
                id="economy",
                kind="cause",
                title={"en": "The planned economy", "ar": "الاقتصاد المخطط"},
                start=date("1960"),
                end=date("1991"),
                summary={"en": "Supply below demand.", "ar": "العرض أقل من الطلب."},
            ),
            Event(
                id="glasnost",
                kind="cause",
                title={"en": "Glasnost", "ar": "الغلاسنوست"},
                start=date("1986"),
                end=date("1991"),
            ),
            Event(
                id="wall",
                title={"en": "Fall of the Berlin Wall", "ar": "سقوط جدار برلين"},
                start=date("1989-11-09"),
                place={"en": "Berlin", "ar": "برلين"},
                causes=["glasnost"],
            ),
            Event(
                id="accords",
                kind="treaty",
                title={"en": "Belovezha Accords", "ar": "معاهدة بيلوفيزا"},
                start=date("1991-12-08"),
                place={"en": "Viskuli, Belarus", "ar": "فيسكولي، بيلاروسيا"},
                summary={"en": "The CIS is founded.", "ar": "تأسيس رابطة الدول المستقلة."},
                causes=["economy", "glasnost", "wall"],
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
                                "فياتشيسلاف كيبيش",
                                "Prime Minister",
                                "رئيس الوزراء",
                            ),
                        ],
                    ),
                    Participant(
                        party={"en": "Georgia", "ar": "جورجيا"},
                        status="absent",
                        note={"en": "Did not attend.", "ar": "لم تحضر."},
                    ),
                ],
                sources=[
                    Source(
                        citation="Seed article",
                        quote="وقع قادة ثلاث دول",
                        quote_language="ar",
                        note={"en": "Merges two signatories.", "ar": "يدمج موقّعَين."},
                    )
                ],
            ),
            Event(
                id="resignation",
                title={"en": "Gorbachev resigns", "ar": "استقالة غورباتشوف"},
                start=date("1991-12-25"),
                causes=["accords"],
            ),
        ],
    )
