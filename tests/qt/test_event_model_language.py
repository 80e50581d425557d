"""A language switch of the events model: one notification, naming the roles that change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.filter_model import EventFilterModel
from tests.factories import small_dataset


def test_a_language_switch_is_one_change_of_the_language_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = EventListModel(small_dataset())
    proxy = EventFilterModel()
    proxy.setSourceModel(model)
    proxy.set_query("1991")
    changes: list[tuple[int, int, list[int]]] = []
    proxy.dataChanged.connect(
        lambda top, bottom, roles: changes.append((top.row(), bottom.row(), list(roles)))
    )
    resets: list[bool] = []
    proxy.modelReset.connect(lambda: resets.append(True))
    proxy.layoutChanged.connect(lambda: resets.append(True))
    model.set_language("ar")
    assert len(changes) == 1 and not resets
    top, bottom, roles = changes[0]
    assert (top, bottom) == (0, proxy.rowCount() - 1)
    assert Qt.ItemDataRole.DisplayRole in roles and EventRole.DATE_TEXT in roles
    accords = proxy.index(
        next(
            r
            for r in range(proxy.rowCount())
            if proxy.index(r, 0).data(EventRole.EVENT_ID) == "accords"
        ),
        0,
    )
    assert accords.data() == "معاهدة بيلوفيزا"
    assert "كانون الأول" in accords.data(EventRole.DATE_TEXT)
    model.set_language("ar")  # the same language again: nothing to tell
    assert len(changes) == 1
