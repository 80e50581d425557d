"""The words exporters print around the data, in English and Arabic.

The core cannot use Qt's ``tr()``, so the few labels that summaries and text exports need live in
this table, keyed by language. Unknown languages and missing keys fall back to English.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "ar")
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "app_name": "Timeline Explorer",
        "generated_by": "Made with Timeline Explorer {version}",
        "id": "ID",
        "kind": "Kind",
        "title": "Title",
        "start": "Start",
        "end": "End",
        "date": "Date",
        "place": "Place",
        "summary": "Summary",
        "causes": "Causes",
        "led_to": "Led to",
        "participants": "Participants",
        "participation": "Participation in the agreements",
        "party": "Party",
        "status": "Status",
        "representatives": "Representatives",
        "note": "Note",
        "sources": "Sources",
        "media": "Media",
        "milestone": "Milestone",
        "translation": "Translation:",
        "shipped_text": "text included with Timeline Explorer: {name}",
        "contents": "Contents",
        "kind.event": "Event",
        "kind.treaty": "Treaty",
        "kind.cause": "Cause",
        "kind.period": "Period",
        "status.signed": "Signed",
        "status.observer": "Observer",
        "status.absent": "Did not take part",
        "status.not_party": "Not a party",
        "scope.all": "All events",
        "scope.filtered": "Events matching the filter",
        "scope.selected": "Selected events",
        "no_events": "No events to show.",
    },
    "ar": {
        "app_name": "مستكشف الخط الزمني",
        "generated_by": "أُعدّ باستخدام مستكشف الخط الزمني {version}",
        "id": "المعرّف",
        "kind": "النوع",
        "title": "العنوان",
        "start": "البداية",
        "end": "النهاية",
        "date": "التاريخ",
        "place": "المكان",
        "summary": "الملخص",
        "causes": "الأسباب",
        "led_to": "أدى إلى",
        "participants": "المشاركون",
        "participation": "المشاركة في الاتفاقيات",
        "party": "الطرف",
        "status": "الصفة",
        "representatives": "الممثلون",
        "note": "ملاحظة",
        "sources": "المصادر",
        "media": "وسائط",
        "milestone": "محطة بارزة",
        "translation": "ترجمة:",
        "shipped_text": "نصّه مرفق بمستكشف الخط الزمني: {name}",
        "contents": "المحتويات",
        "kind.event": "حدث",
        "kind.treaty": "معاهدة",
        "kind.cause": "سبب",
        "kind.period": "حقبة",
        "status.signed": "وقّعت",
        "status.observer": "مراقب",
        "status.absent": "لم تشارك",
        "status.not_party": "ليست طرفًا",
        "scope.all": "كل الأحداث",
        "scope.filtered": "الأحداث المطابقة للتصفية",
        "scope.selected": "الأحداث المحددة",
        "no_events": "لا توجد أحداث لعرضها.",
    },
}


def label(key: str, language: str) -> str:
    """The label ``key`` in ``language``, else in English, else the key itself."""
    table = _LABELS.get(language, _LABELS["en"])
    return table.get(key) or _LABELS["en"].get(key, key)


def kind_label(kind: str, language: str) -> str:
    """ "Treaty" or "معاهدة" for ``"treaty"``; an unknown kind is shown as it is written."""
    return label(f"kind.{kind}", language) if f"kind.{kind}" in _LABELS["en"] else kind


def status_label(status: str, language: str) -> str:
    """ "Signed" or "وقّعت" for ``"signed"``; an unknown status is shown as it is written.

    The one vocabulary of statuses: the detail pane, the participation matrix and every export
    use it. Parties are states, so the Arabic verbs are feminine.
    """
    return label(f"status.{status}", language) if f"status.{status}" in _LABELS["en"] else status


def scope_label(scope: str, language: str) -> str:
    """What an export covers: all events, the filtered ones or the selection."""
    return label(f"scope.{scope}", language) if f"scope.{scope}" in _LABELS["en"] else scope


def count_events(count: int, language: str) -> str:
    """ "1 event", "5 events", "100,000 events"; in Arabic with the number agreement Arabic
    grammar asks for."""
    if language != "ar":
        return f"{count:,} event" if count == 1 else f"{count:,} events"
    if count == 0:
        return "لا أحداث"
    if count == 1:
        return "حدث واحد"
    if count == 2:
        return "حدثان"
    last_two = count % 100
    if 3 <= last_two <= 10:
        return f"{count:,} أحداث"
    if 11 <= last_two <= 99:
        return f"{count:,} حدثًا"
    return f"{count:,} حدث"


def text_direction(language: str) -> str:
    """``"rtl"`` for right-to-left languages such as Arabic, else ``"ltr"``."""
    return "rtl" if language in RIGHT_TO_LEFT_LANGUAGES else "ltr"
