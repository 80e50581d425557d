"""The participation matrix as a user meets it: read the cells, hover them, click to the treaty."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

from explorer.app import create_main_window
from explorer.core.labels import label
from explorer.core.loader import load_dataset
from explorer.core.participation import participation_matrix
from explorer.paths import default_dataset_path
from explorer.qt.event_model import EventRole
from explorer.qt.main_window import MainWindow
from explorer.qt.participation_matrix import ParticipationMatrixView
from explorer.qt.participation_model import MatrixRole, ParticipationModel
from tests.factories import small_dataset
from tests.qt.screen import detail_text

TREATY_1922 = "treaty-on-the-creation-of-the-ussr"
BELOVEZHA = "belovezha-accords"
ALMA_ATA = "alma-ata-protocol"


def open_window(qtbot, language: str, dataset=None) -> tuple[MainWindow, ParticipationMatrixView]:  # type: ignore[no-untyped-def]
    window = create_main_window(dataset, language)
    qtbot.addWidget(window)
    view = window.participation_matrix
    assert isinstance(view, ParticipationMatrixView)
    window.show()
    qtbot.waitExposed(window)
    return window, view


@pytest.fixture(params=["en", "ar"])
def shown(qtbot, request) -> Iterator[tuple[MainWindow, ParticipationMatrixView]]:  # type: ignore[no-untyped-def]
    """The window on the built-in story, in each language, with the matrix tab open."""
    window, view = open_window(qtbot, request.param)
    tabs(view).setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    yield window, view


def tabs(view: QWidget) -> QTabWidget:
    widget = view.parentWidget()
    while widget is not None and not isinstance(widget, QTabWidget):
        widget = widget.parentWidget()
    assert widget is not None, "the matrix is not in a tab"
    return widget


def cell(view: QAbstractItemView, state_en: str, event_id: str) -> QModelIndex:
    """The cell of a state (by English name) in an agreement (by id), as the model holds it."""
    model = view.model()
    assert isinstance(model, ParticipationModel)
    row = model.matrix.row_of(state_en.casefold())
    column = model.matrix.column_of(event_id)
    assert row >= 0 and column >= 0, (state_en, event_id)
    return model.index(row, column)


def click(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ParticipationModel()
    qtmodeltester.check(model)
    dataset = load_dataset(default_dataset_path()).dataset
    for language in ("en", "ar"):
        model.set_matrix(participation_matrix(dataset.events, language))
        qtmodeltester.check(model)


def test_it_is_the_contract_view_in_a_tab_beside_the_details(shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    found = window.findChild(QAbstractItemView, "participationMatrix")
    assert found is view
    tab_widget = tabs(view)
    assert tab_widget.indexOf(window.findChild(QWidget, "detailPane")) == 0
    assert tab_widget.indexOf(view) == 1


def test_the_columns_are_the_agreements_in_time_order_with_their_dates(shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    model = view.model()
    arabic = window.language == "ar"
    headers = [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(3)]
    assert model.columnCount() == 3
    if arabic:
        assert headers[0] == "معاهدة تأسيس الاتحاد السوفيتي\n30 كانون الأول/ديسمبر 1922"
        assert headers[1] == "اتفاقيات بيلوفيجا\n8 كانون الأول/ديسمبر 1991"
        assert "21 كانون الأول/ديسمبر 1991" in headers[2]
    else:
        assert headers == [
            "Treaty on the Creation of the USSR\n30 December 1922",
            "Belovezha Accords\n8 December 1991",
            "The Alma-Ata Declaration and Protocols\n21 December 1991",
        ]


def test_the_cells_tell_the_story_in_words(shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    language = window.language
    signed, observer = (label(f"status.{status}", language) for status in ("signed", "observer"))
    not_party = "ليست طرفًا" if language == "ar" else "Not a party"

    def word(state: str, event_id: str) -> str:
        return str(cell(view, state, event_id).data(Qt.ItemDataRole.DisplayRole))

    for state in ("Belarus", "Russia", "Ukraine"):
        assert word(state, BELOVEZHA) == signed
        assert word(state, ALMA_ATA) == signed
        assert word(state, TREATY_1922) == not_party
    assert word("Kazakhstan", BELOVEZHA) == not_party
    assert word("Georgia", ALMA_ATA) == observer
    for state in ("Estonia", "Latvia", "Lithuania"):  # independent already: not parties
        assert word(state, ALMA_ATA) == not_party
    assert word("Russian SFSR", TREATY_1922) == signed
    assert word("Russian SFSR", ALMA_ATA) == not_party
    state_names = [
        view.model().headerData(row, Qt.Orientation.Vertical)
        for row in range(view.model().rowCount())
    ]
    assert ("روسيا" if language == "ar" else "Russia") in state_names
    assert ("جورجيا" if language == "ar" else "Georgia") in state_names


def test_tooltips_name_who_signed_and_their_office(shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    tip = str(cell(view, "Belarus", BELOVEZHA).data(Qt.ItemDataRole.ToolTipRole))
    if window.language == "ar":
        assert 'dir="rtl"' in tip
        assert "شوشكيفيتش" in tip and "كيبيش" in tip
        assert "رئيس وزراء بيلاروسيا" in tip
    else:
        assert "Stanislav Shushkevich" in tip and "Vyacheslav Kebich" in tip
        assert "Chairman of the Supreme Council of Belarus" in tip
        assert "Prime Minister of Belarus" in tip
        georgia = str(cell(view, "Georgia", ALMA_ATA).data(Qt.ItemDataRole.ToolTipRole))
        assert "observer" in georgia.casefold()


def dominant_colour(image: QImage, view: QAbstractItemView, index: QModelIndex) -> QColor:
    """The most common colour inside a cell's badge, as painted on the screen."""
    rect = view.visualRect(index).adjusted(8, 6, -8, -6)
    centre = rect.center()
    counts: Counter[int] = Counter()
    for x in range(centre.x() - 30, centre.x() + 30):
        for y in (rect.top() + 1, rect.bottom() - 1):
            if rect.contains(QPoint(x, y)):
                counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_the_cells_tell_the_story_in_colour(shown) -> None:  # type: ignore[no-untyped-def]
    _window, view = shown
    image = view.viewport().grab().toImage()
    signed = dominant_colour(image, view, cell(view, "Russian SFSR", TREATY_1922))
    not_party = dominant_colour(image, view, cell(view, "Ukrainian SSR", ALMA_ATA))
    assert signed.green() > signed.red() + 20 and signed.green() > signed.blue() + 10
    assert abs(not_party.red() - not_party.green()) < 12  # no status colour: the plain base
    view.scrollTo(cell(view, "Georgia", ALMA_ATA))
    image = view.viewport().grab().toImage()
    observer = dominant_colour(image, view, cell(view, "Georgia", ALMA_ATA))
    assert observer.red() > observer.blue() + 20 and observer.green() > observer.blue()
    assert len({signed.rgb(), not_party.rgb(), observer.rgb()}) == 3


def test_a_party_that_did_not_take_part_is_red(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_window(qtbot, "en", small_dataset())
    tabs(view).setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    model = view.model()
    absent_word = label("status.absent", "en")
    found = [
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data() == absent_word
    ]
    assert found
    view.scrollTo(found[0])
    image = view.viewport().grab().toImage()
    absent = dominant_colour(image, view, found[0])
    assert absent.red() > absent.green() + 20


def test_arabic_runs_right_to_left(shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    first = view.visualRect(view.model().index(0, 0))
    last = view.visualRect(view.model().index(0, 2))
    if window.language == "ar":
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert first.left() > last.left()  # 1922 on the right, the latest agreement on the left
    else:
        assert first.left() < last.left()


def test_every_header_and_word_fits_its_column(shown) -> None:  # type: ignore[no-untyped-def]
    _window, view = shown
    header = view.horizontalHeader()
    model = view.model()
    metrics = view.fontMetrics()
    for column in range(model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        for row in range(model.rowCount()):
            word = str(model.index(row, column).data())
            assert metrics.horizontalAdvance(word) < header.sectionSize(column) - 20
    # The columns fill the pane rather than leaving most of it empty.
    assert header.length() >= view.viewport().width() - model.columnCount()


def test_clicking_a_cell_opens_that_agreement(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    index = cell(view, "Belarus", BELOVEZHA)
    with qtbot.waitSignal(view.agreementActivated) as signal:
        click(qtbot, view, index)
    assert signal.args == [BELOVEZHA]
    qtbot.waitUntil(lambda: window.current_event() is not None)
    assert window.current_event().id == BELOVEZHA  # type: ignore[union-attr]
    assert tabs(view).currentWidget() is window.findChild(QWidget, "detailPane")
    title = "معاهدة بيلوفيزا" if window.language == "ar" else "Belovezha Accords"
    qtbot.waitUntil(lambda: title in detail_text(window))
    # Back in the matrix, the current agreement's column is marked.
    tabs(view).setCurrentWidget(view)
    assert view.selectionModel().isColumnSelected(index.column(), QModelIndex())


def test_clicking_a_column_header_opens_that_agreement(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    header = view.horizontalHeader()
    column = view.model().matrix.column_of(TREATY_1922)  # type: ignore[attr-defined]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    qtbot.waitUntil(lambda: window.current_event() is not None)
    assert window.current_event().id == TREATY_1922  # type: ignore[union-attr]


def test_enter_opens_the_current_cell(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    view.setFocus()
    view.setCurrentIndex(cell(view, "Russian SFSR", TREATY_1922))
    qtbot.keyClick(view, Qt.Key.Key_Right if window.language == "en" else Qt.Key.Key_Left)
    assert view.currentIndex().data(EventRole.EVENT_ID) == BELOVEZHA
    with qtbot.waitSignal(view.agreementActivated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [BELOVEZHA]


def test_a_new_dataset_and_a_new_language_rebuild_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, view = open_window(qtbot, "en")
    assert view.model().columnCount() == 3
    window.set_dataset(small_dataset())
    model = view.model()
    assert model.columnCount() == 1
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == [
        "Belarus",
        "Georgia",
    ]
    assert model.index(1, 0).data(MatrixRole.STATUS) == "absent"
    window.event_model.set_language("ar")
    assert model.headerData(0, Qt.Orientation.Vertical) == "بيلاروسيا"
    assert model.index(0, 0).data() == label("status.signed", "ar")


@pytest.mark.parametrize("size", [(1024, 700), (800, 600)])
def test_a_small_window_wraps_long_names_without_cutting_them(qtbot, shown, size) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    window.resize(*size)
    qtbot.waitUntil(lambda: view.width() < 800)
    model = view.model()
    names = [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())]
    full = [
        QTextDocumentFragment.fromHtml(
            model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
        ).toPlainText()
        for row in range(model.rowCount())
    ]
    assert [name.replace("\n", " ") for name in names] == full
    if window.language == "ar":  # the 1922 republics' Arabic names are long: two lines
        assert "\n" in names[0]
    rows = view.verticalHeader()
    for row in range(model.rowCount()):
        assert rows.sectionSize(row) >= rows.sectionSizeHint(row)
    columns = view.horizontalHeader()
    for column in range(model.columnCount()):
        assert columns.sectionSize(column) >= columns.sectionSizeHint(column)


def test_a_timeline_without_agreements_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, view = open_window(qtbot, "en")
    dataset = small_dataset()
    for event in dataset.events:
        event.participants = []
    window.set_dataset(dataset)
    assert view.model().columnCount() == 0 and view.model().rowCount() == 0
    tabs(view).setCurrentWidget(view)
    assert "No agreement in this timeline" in view.accessibleDescription()
    assert not view.grab().isNull()  # painting the empty matrix is fine
    window.set_dataset(small_dataset())
    assert view.model().columnCount() == 1
    assert "Click a cell" in view.accessibleDescription()
