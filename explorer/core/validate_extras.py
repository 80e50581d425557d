"""Checks of the dataset's categories, which :func:`~explorer.core.validate.validate_dataset` runs
first: what they find is reported and fixed, never fatal.

A category id given twice keeps its first category; an event that names a category the dataset
does not define loses that reference. Each fix is a
:class:`~explorer.core.validate.ValidationIssue` naming the JSON path of the offending value.
"""

from __future__ import annotations

from operator import attrgetter

from msgspec.structs import replace

from explorer.core import validate
from explorer.core.messages import Message
from explorer.core.schema import Category, Dataset, Event

_CATEGORY = attrgetter("category")
#: Events looked at per pass of a loop that runs in C: short enough that a thread loading a file
#: hands the interpreter to the UI thread between slices.
_SLICE = 16_384


def check_categories(dataset: Dataset) -> tuple[Dataset, list[validate.ValidationIssue]]:
    """``dataset`` without repeated category ids and without references to unknown categories.

    In the usual case, every reference known, the events are only read by loops that run in C.
    """
    issues: list[validate.ValidationIssue] = []
    categories = _distinct_categories(dataset.categories, issues)
    known = {category.id for category in categories}
    known.add("")  # no category
    events = dataset.events
    if _all_known(events, known):
        if categories is dataset.categories:
            return dataset, issues
        return replace(dataset, categories=categories), issues
    kept = list(events)
    for index, event in enumerate(events):
        if event.category not in known:
            problem = Message(
                "category “{id}” is not the id of any category in “categories”; ignored",
                id=event.category,
            )
            issues.append(validate.ValidationIssue(index, event.id, "category", problem))
            kept[index] = replace(event, category="")
    return replace(dataset, categories=categories, events=kept), issues


def _all_known(events: list[Event], known: set[str]) -> bool:
    return all(
        known.issuperset(map(_CATEGORY, events[start : start + _SLICE]))
        for start in range(0, len(events), _SLICE)
    )


def _distinct_categories(
    categories: list[Category], issues: list[validate.ValidationIssue]
) -> list[Category]:
    """``categories`` without those whose id an earlier one has (each reported)."""
    if len({category.id for category in categories}) == len(categories):
        return categories
    seen: set[str] = set()
    kept: list[Category] = []
    for position, category in enumerate(categories):
        if category.id in seen:
            problem = Message(
                "duplicate category id “{id}”: an earlier category has it; ignored", id=category.id
            )
            where = f"categories[{position}].id"
            issues.append(
                validate.ValidationIssue(validate.DATASET_LEVEL, category.id, where, problem)
            )
        else:
            seen.add(category.id)
            kept.append(category)
    return kept
