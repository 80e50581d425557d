"""Sentences for the user that the window shows in its own language.

The core is Qt-free and writes English. A sentence it hands up (an error, a load warning) is a
:class:`Message`: a ``str`` holding the English sentence, as the command line prints it and as
every caller that only reads text sees it, which also keeps its English template and the values
filled into it. The window looks the template up among its translations and fills in the same
values, itself translating a value that is a message.

Templates name their values in braces (``"month {month} is not between 1 and 12"``) and have no
format specs: a value is given formatted (``f"{size:,}"``), so a translation only places it. A
count that decides the form of the words is ``%n`` (Qt's plural marker), given as ``n``; the
English forms are written ``word(s)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

#: Looks up the translation of a template: (template, n) → translated template (with ``%n``
#: filled in), or the template itself.
Translate = Callable[[str, int], str]

_PLURAL = re.compile(r"\(s\)")
_FIELD = re.compile(r"\{(\w+)\}")


class Message(str):
    """An English sentence (the ``str`` itself) made from ``template`` and ``values``."""

    template: str
    values: Mapping[str, object]
    n: int

    def __new__(cls, template: str, /, n: int = -1, **values: object) -> Message:
        english = _fill(_english_plural(template, n), values)
        message = super().__new__(cls, english)
        message.template = template
        message.values = values
        message.n = n
        return message

    def translated(self, translate: Translate, shown: Callable[[str], str] = str) -> str:
        """The sentence in the language ``translate`` gives, its values filled in: each value
        that is a message translated the same way, each other value as ``shown`` writes its
        text (a window isolates a file's path in a sentence of the other direction)."""
        values = {
            name: value.translated(translate, shown)
            if isinstance(value, Message)
            else shown(str(value))
            for name, value in self.values.items()
        }
        return _fill(translate(self.template, self.n), values)

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the template
        return (_remade, (self.template, self.n, dict(self.values)))


def _remade(template: str, n: int, values: dict[str, object]) -> Message:
    return Message(template, n, **values)


def _english_plural(template: str, n: int) -> str:
    if n < 0:
        return template
    return _PLURAL.sub("" if n == 1 else "s", template).replace("%n", f"{n:,}")


def _fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with each ``{name}`` replaced by its value; other braces are kept as written
    (a template may show JSON, ``{"en": …}``)."""
    return _FIELD.sub(lambda field: str(values.get(field.group(1), field.group(0))), template)


def fields_of(template: str) -> set[str]:
    """The names of the values ``template`` places."""
    return set(_FIELD.findall(template))


def recovered(english: str, templates: Iterable[str]) -> Message | str:
    """``english`` as the message of the first of ``templates`` that made it, or as it is.

    For a message that passed through code keeping only its text (msgspec reports a ``ValueError``
    raised while decoding by its text): the values are read back as the text shows them.
    """
    for template in templates:
        found = _pattern(template).fullmatch(english)
        if found is not None:
            return _remade(template, -1, dict(found.groupdict()))
    return english


def _pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for field in _FIELD.finditer(template):
        parts.append(re.escape(template[position : field.start()]))
        parts.append(f"(?P<{field.group(1)}>.+?)")
        position = field.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)
