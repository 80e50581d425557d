"""Dates as people type them, in English or Arabic: "1991-12", "December 1991", "كانون الأول 1991".

Plain Python (no Qt). :func:`parse_user_date` reads what a user types into Go to date… as a
:class:`~explorer.core.dates.PartialDate` as precise as the text: ISO dates, month names (full or
short English names; the Levantine and Egyptian Arabic names, with or without hamza, alone or
written "كانون الأول/ديسمبر" as the app writes them), day-month-year numbers, Arabic-Indic
digits, and BC years ("44 BC", "44 ق.م").
"""

from __future__ import annotations

import re

from explorer.core.dates import MONTHS_AR, MONTHS_EN, DateError, PartialDate

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ALEFS = str.maketrans("أإآٱ", "اااا")
_BC = re.compile(r"\b(?:b\.?\s?c\.?(?:e\.?)?)(?!\w)|ق\s?\.?\s?م\b\.?|قبل الميلاد", re.IGNORECASE)
_AD = re.compile(r"\b(?:a\.?\s?d\.?|c\.?e\.?)(?!\w)|(?<!\w)م(?!\w)|ميلادي(?:ة)?", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,7})[/.\-](\d{1,7})(?:[/.\-](\d{1,7}))?$")


def _month_names() -> list[tuple[str, int]]:
    """Every name a month is written by, normalised, longest first (so that "كانون الأول/ديسمبر"
    wins over "كانون الأول", and "تشرين الثاني" over a bare number)."""
    names: dict[str, int] = {}
    for number, name in enumerate(MONTHS_EN, start=1):
        names[name.lower()] = number
        names[name[:3].lower()] = number
    names["sept"] = 9
    for number, name in enumerate(MONTHS_AR, start=1):
        names[_normalise(name)] = number
        for part in name.split("/"):
            names[_normalise(part)] = number
    return sorted(names.items(), key=lambda item: -len(item[0]))


def _normalise(text: str) -> str:
    """Western digits, one kind of alef, no tatweel, lower case, single spaces."""
    text = text.translate(_DIGITS).translate(_ALEFS).replace("ـ", "").lower()
    return " ".join(text.replace(",", " ").replace("،", " ").split())


_MONTHS = _month_names()


def parse_user_date(text: str) -> PartialDate | None:
    """The date ``text`` names, as precise as it is written, or None if it names no date.

    >>> parse_user_date("December 1991").iso()
    '1991-12'
    >>> parse_user_date("8 كانون الأول 1991").iso()
    '1991-12-08'
    """
    normal = _normalise(text)
    if not normal:
        return None
    try:
        return PartialDate.parse(normal)
    except DateError:
        pass
    before_christ = bool(_BC.search(normal))
    normal = _AD.sub(" ", _BC.sub(" ", normal)).strip()
    month: int | None = None
    for name, number in _MONTHS:
        pattern = rf"(?<![^\s\d/.\-]){re.escape(name)}\.?(?![^\s\d/.\-])"
        found, count = re.subn(pattern, " ", normal, count=1)
        if count:
            month, normal = number, found
            break
    numbers = normal.split()
    try:
        if month is None:
            return _numeric(numbers, before_christ)
        return _with_month(month, numbers, before_christ)
    except (DateError, ValueError):
        return None


def _year(digits: str, before_christ: bool) -> int:
    year = int(digits)
    return 1 - year if before_christ else year


def _numeric(parts: list[str], before_christ: bool) -> PartialDate | None:
    """A year alone, or day/month/year, month/year, year/month written with numbers."""
    if len(parts) != 1:
        return None
    if parts[0].isdecimal():
        return PartialDate(_year(parts[0], before_christ))
    match = _NUMERIC.match(parts[0])
    if match is None:
        return None
    first, second, third = match.groups()
    if third is None:
        if len(first) >= 3:  # 1991/12
            return PartialDate(_year(first, before_christ), int(second))
        return PartialDate(_year(second, before_christ), int(first))  # 12/1991
    if len(first) >= 3:  # 1991/12/08
        return PartialDate(_year(first, before_christ), int(second), int(third))
    return PartialDate(_year(third, before_christ), int(second), int(first))  # 8/12/1991


def _with_month(month: int, parts: list[str], before_christ: bool) -> PartialDate | None:
    """A month name with a year, and perhaps a day, in either order."""
    if not 1 <= len(parts) <= 2 or not all(part.isdecimal() for part in parts):
        return None
    if len(parts) == 1:
        return PartialDate(_year(parts[0], before_christ), month)
    first, second = parts
    day, year = (second, first) if len(first) >= 3 or int(first) > 31 else (first, second)
    return PartialDate(_year(year, before_christ), month, int(day))
