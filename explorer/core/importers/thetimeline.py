"""The Timeline's ``.timeline`` XML files (thetimelineproj, a desktop timeline editor).

Each ``<event>`` becomes one of our events: ``<text>`` its title, ``<description>`` its summary
(its reStructuredText or HTML as plain text, :mod:`.rest_text`), ``<category>`` its category (the
file's ``<categories>`` with their ``r,g,b`` colours become ours), a container (``[id]name``) the
``group`` of its members (``(id)name``), ``<hyperlink>`` a source, ``<milestone>`` a milestone,
``<fuzzy>`` a date read to the month only (our way of saying "about"). Each ``<era>`` becomes one
of our eras with its colour; the ``<view>``'s displayed period the range the timeline opens on.
Times are ``YYYY-MM-DD HH:MM:SS`` (astronomical years, negative allowed): a time at midnight is
read to the day, any other to the minute, and an event whose start and end are equal is an
instant. The Timeline's end is the moment a period stops, so an end at midnight closes the day
before (1–2 March ``00:00`` is the single day of 1 March).

The file is parsed with :mod:`xml.etree.ElementTree` only after it has been checked for
``<!DOCTYPE`` and ``<!ENTITY`` declarations, which The Timeline never writes and which are the way
into entity-expansion attacks ("billion laughs"); without a DTD no entity can be declared.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

from msgspec.structs import replace

from explorer.core.dates import (
    MAX_ABS_YEAR_WITH_TIME,
    DateError,
    PartialDate,
    civil_from_days,
    days_from_civil,
    format_span,
)
from explorer.core.encoding import check_utf8
from explorer.core.errors import DatasetError
from explorer.core.importers._common import (
    SNIFF_BYTES,
    DatasetBuilder,
    Importer,
    Skip,
    build_date,
    date_span,
    default_title,
    is_web_address,
    language_of,
    localized,
    rgb_colour,
)
from explorer.core.importers.rest_text import description_text
from explorer.core.messages import Message
from explorer.core.schema import Dataset, Event, Source, ViewRange

_CHECK_TIME = Message("check the time")
_ROOT_TAG = re.compile(rb"<timeline[\s>]")
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_TIME = re.compile(
    r"^\s*(-?\d{1,8})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*$"
)
#: Less than a minute, in days: ends that close before their start by less are at the start.
_MOMENT = 1 / 2880
#: Time types whose times are Gregorian dates; others (numeric, Pharaonic, …) have no place on ours.
_GREGORIAN = ("", "gregoriantime")


class TheTimelineImporter(Importer):
    """The Timeline's ``.timeline`` XML (``<timeline><version/><timetype/>…<events>…``)."""

    name = "The Timeline (.timeline)"
    extensions = (".timeline",)

    def sniff(self, data: bytes) -> bool:
        head = data[:SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf").lstrip()
        return (
            head.startswith(b"<")
            and _ROOT_TAG.search(head) is not None
            and (b"<events" in head or b"<version" in head)
        )

    def load_with_warnings(self, data: bytes, name: str) -> tuple[Dataset, list[str]]:
        root = _parse(data, name)
        timetype = (root.findtext("timetype") or "").strip()
        if timetype not in _GREGORIAN:
            raise DatasetError(
                name,
                Message("the time type {type} is not a calendar date", type=repr(timetype)),
                "/timeline/timetype",
                Message("only timelines of calendar dates (time type gregoriantime) can be opened"),
            )
        builder = DatasetBuilder(name)
        for category in root.findall("categories/category"):
            builder.category_id(
                category.findtext("name") or "", rgb_colour(category.findtext("color") or "") or ""
            )
        for index, era in enumerate(root.findall("eras/era")):
            try:
                _add_era(builder, era, f"/timeline/eras/era[{index + 1}]")
            except Skip as skip:
                builder.skip(skip, era=True)
        events = root.findall("events/event")
        containers = _container_names(events)
        for index, event in enumerate(events):
            builder.attempted += 1
            try:
                _add_event(builder, event, f"/timeline/events/event[{index + 1}]", containers)
            except Skip as skip:
                builder.skip(skip)
        title = default_title(name)
        dataset = builder.finish({language_of(title): title}, {})
        view = _displayed_period(root, builder)
        return (replace(dataset, view=view) if view else dataset), builder.warnings


def _parse(data: bytes, name: str) -> ElementTree.Element:
    """The root ``<timeline>`` element; DTDs, malformed XML and other roots are errors."""
    check_utf8(data, name, Message("The Timeline writes UTF-8; save the file as UTF-8"))
    text = data.decode("utf-8-sig")
    declaration = _DECLARATION.search(text)
    if declaration is not None:
        before = text[: declaration.start()]
        location = f"{before.count(chr(10)) + 1}:{declaration.start() - before.rfind(chr(10))}"
        raise DatasetError(
            name,
            Message(
                "the file declares a {declaration}, which is refused for safety",
                declaration=declaration.group(1).upper(),
            ),
            location,
            Message("The Timeline never writes one; remove the <!DOCTYPE …> declaration"),
        )
    parser = ElementTree.XMLParser()
    try:
        parser.feed(text)  # a str is parsed as UTF-8, whatever the XML declaration says
        root = parser.close()
    except ElementTree.ParseError as error:
        line, column = error.position
        problem = str(error).split(": line", 1)[0]
        raise DatasetError(
            name,
            Message("not valid XML: {detail}", detail=problem),
            f"{line}:{column + 1}",
            Message("check that every <tag> is closed and & is written &amp;"),
        ) from None
    if root.tag != "timeline":
        raise DatasetError(
            name,
            Message("the root element is <{tag}>, not <timeline>", tag=root.tag),
            "1:1",
            Message("this is not a file saved by The Timeline"),
        )
    return root


def _add_era(builder: DatasetBuilder, era: ElementTree.Element, location: str) -> None:
    start, end = _period(era, location)
    colour = rgb_colour(era.findtext("color") or "")
    builder.add_era(era.findtext("name") or "", start, end, location, colour)


def _displayed_period(root: ElementTree.Element, builder: DatasetBuilder) -> ViewRange | None:
    """The range the file was last viewed at, which the timeline opens on; None if it has none."""
    period = root.find("view/displayed_period")
    if period is None:
        return None
    location = "/timeline/view/displayed_period"
    try:
        start, end = _period(period, location)
        return ViewRange(start=start, end=end or start)
    except Skip as skip:
        builder.warn(skip.problem, skip.location, Message("the whole timeline is shown at first"))
        return None


def _period(element: ElementTree.Element, location: str) -> tuple[PartialDate, PartialDate | None]:
    """The ``<start>`` and ``<end>`` of an element; no end when it is the start's moment."""
    start_text, end_text = element.findtext("start"), element.findtext("end")
    if start_text is None:
        raise Skip(
            Message("it has no <start> time"),
            location,
            Message("add <start>YYYY-MM-DD HH:MM:SS</start>"),
        )
    start = _read_time(start_text, f"{location}/start", is_end=False)
    if end_text is None or end_text.strip() == start_text.strip():
        return start, None
    end = _read_time(end_text, f"{location}/end", is_end=True)
    gap = start.start_time() - end.end_time()
    if 0 <= gap < _MOMENT:
        end = start  # an end at the very moment the start begins (midnight, say): no span
    return start, end  # an end before the start is the caller's to report


def _marked_text(text: str) -> tuple[str, str, str]:
    """``(container id, member's container id, title)`` of an event's ``<text>``.

    Containers are written "[id]name", their members "(id)name"; a plain text that starts with
    a bracket gets a space in front.
    """
    if text.startswith(("[", "(")):
        closing = "]" if text.startswith("[") else ")"
        marker, _, rest = text.partition(closing)
        if marker[1:].lstrip("-").isdigit():
            number = marker[1:]
            return (number, "", rest) if closing == "]" else ("", number, rest)
    elif text.startswith((" [", " (")):
        text = text[1:]
    return "", "", text


def _container_names(events: list[ElementTree.Element]) -> dict[str, str]:
    """Each container's name by its id (containers may come after their members)."""
    names: dict[str, str] = {}
    for event in events:
        container, _, title = _marked_text(event.findtext("text") or "")
        if container:
            names.setdefault(container, " ".join(title.split()))
    return names


def _add_event(
    builder: DatasetBuilder,
    event: ElementTree.Element,
    location: str,
    containers: dict[str, str],
) -> None:
    container, member_of, text = _marked_text(event.findtext("text") or "")
    title = " ".join(text.split())
    milestone = _flag(event, "milestone")
    category = event.findtext("category")
    if category is None:
        category = event.findtext("categories/category")
    links = [part.strip() for part in (event.findtext("hyperlink") or "").split(";")]
    summary = description_text(event.findtext("description") or "")
    start, end = _period(event, location)
    if milestone:
        end = None
    display_date: dict[str, str] = {}
    if _flag(event, "fuzzy"):
        start, end, display_date = _about(start, end)
    start, end = date_span(start, end, builder, location)
    title = title or summary.split("\n", 1)[0][:80] or start.iso()
    language = language_of(title, summary)
    builder.events.append(
        Event(
            id=builder.unique_id("", title, builder.attempted),
            title={language: title},
            start=start,
            end=end,
            summary=localized(summary, language),
            sources=[_link_source(link) for link in links if link],
            group=title if container else containers.get(member_of, ""),
            category=builder.category_id(category or ""),
            display_date=display_date,
            milestone=milestone,
        )
    )


def _flag(element: ElementTree.Element, tag: str) -> bool:
    return (element.findtext(tag) or "").strip() == "True"


def _about(
    start: PartialDate, end: PartialDate | None
) -> tuple[PartialDate, PartialDate | None, dict[str, str]]:
    """A fuzzy event's dates read to the month (drawn as imprecise), and "about" its dates."""
    shown = {
        "en": f"about {format_span(start, end, 'en')}",
        "ar": f"حوالي {format_span(start, end, 'ar')}",
    }
    return _to_the_month(start), end and _to_the_month(end), shown


def _to_the_month(date: PartialDate) -> PartialDate:
    return date if date.month is None else PartialDate(date.year, date.month)


def _read_time(text: str, location: str, *, is_end: bool) -> PartialDate:
    """A ``YYYY-MM-DD HH:MM:SS`` time: to the day at midnight, else to the minute.

    An end is the instant a period stops, so an end at midnight is read as the day before and an
    end on a whole minute as the minute before (our dates cover their whole day or minute).
    """
    match = _TIME.match(text)
    if match is None:
        raise Skip(
            Message("{text} is not a time", text=repr(text.strip())),
            location,
            Message("write it as YYYY-MM-DD HH:MM:SS, e.g. 1991-12-08 00:00:00"),
        )
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    hour, minute, second = (int(match.group(group) or 0) for group in (4, 5, 6))

    def where(part: str) -> str:
        return location

    build_date(year, month, day, hour, minute, where)  # checks the parts, naming the problem
    if abs(year) > MAX_ABS_YEAR_WITH_TIME:  # no time of day that far away: read to the day
        hour = minute = second = 0
    if second > 59:
        raise Skip(
            Message("second {second} is not between 0 and 59", second=second), location, _CHECK_TIME
        )
    try:
        if hour == minute == second == 0:
            if is_end:
                year, month, day = civil_from_days(days_from_civil(year, month, day) - 1)
            return PartialDate(year, month, day)
        if is_end and second == 0:
            hour, minute = divmod(hour * 60 + minute - 1, 60)
        return PartialDate(year, month, day, hour, minute)
    except DateError as error:  # only at the very edge of the years we can show
        raise Skip(error.args[0], location, _CHECK_TIME) from None


def _link_source(link: str) -> Source:
    if is_web_address(link):
        url = "https:" + link if link.startswith("//") else link
        return Source(citation=urlsplit(url).hostname or url, url=url)
    return Source(citation=link)
