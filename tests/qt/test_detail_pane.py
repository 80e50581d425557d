"""The detail pane as a reader meets it: each event from its top, words that agree with the exports,
mixed Arabic and English text in the right order, data shown as text, and a keyboard that gets
through it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from msgspec.structs import replace
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from explorer.app import create_main_window
from explorer.core import event_pieces, loader
from explorer.core.bidi import FSI, PDI
from explorer.core.errors import ExportError
from explorer.core.labels import label
from explorer.core.loader import load_dataset
from explorer.core.schema import Participant, Source
from explorer.qt.detail_pane import DetailPane
from explorer.qt.event_model import EventRole
from explorer.qt.exporting import render_events
from explorer.qt.main_window import MainWindow
from explorer.qt.style import ACCENT
from explorer.qt.summary_text import shown_summary
from tests.bench.bench_store import catalogue_json
from tests.core.test_summaries_in_file import SUMMARIES, document
from tests.factories import small_dataset
from tests.qt.screen import messages_shown, without_isolates


def make_window(qtbot, dataset=None, language: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(dataset, language=language)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(params=["en", "ar"])
def story_window(request: pytest.FixtureRequest, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield make_window(qtbot, language=request.param)


def pane_of(window: MainWindow) -> DetailPane:
    pane = window.findChild(DetailPane, "detailPane")
    assert pane is not None
    return pane


def plain(label_text: str) -> str:
    return QTextDocumentFragment.fromHtml(label_text).toPlainText()


# --- scrolling -----------------------------------------------------------------------------------


def scrolled_to_bottom(qtbot, pane: DetailPane) -> None:  # type: ignore[no-untyped-def]
    bar = pane.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert bar.value() > 0


def title_in_view(pane: DetailPane) -> bool:
    area = pane.scroll_area.viewport()
    top = pane.title_label.mapTo(area, QPoint(0, 0)).y()
    return pane.scroll_area.verticalScrollBar().value() == 0 and 0 <= top < area.height()


def test_a_newly_shown_event_starts_at_its_top(qtbot, story_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = pane_of(story_window)
    assert story_window.select_event("alma-ata-protocol")
    scrolled_to_bottom(qtbot, pane)
    assert story_window.select_event("belovezha-accords")
    qtbot.waitUntil(lambda: title_in_view(pane))
    assert pane.title_label.text() == pane.shown_event.title[story_window.language]  # type: ignore[union-attr]


def test_following_a_cause_starts_that_event_at_its_top(qtbot, story_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = pane_of(story_window)
    assert story_window.select_event("belovezha-accords")
    scrolled_to_bottom(qtbot, pane)
    causes = pane.causes_view
    pane.scroll_area.ensureWidgetVisible(causes)
    index = causes.model().index(0, 0)
    cause_id = index.data(EventRole.EVENT_ID)
    qtbot.mouseClick(
        causes.viewport(), Qt.MouseButton.LeftButton, pos=causes.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: getattr(story_window.current_event(), "id", None) == cause_id)
    qtbot.waitUntil(lambda: title_in_view(pane))


# --- words and directions ------------------------------------------------------------------------


def test_statuses_use_the_words_of_the_exports(qtbot, story_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    language = story_window.language
    assert story_window.select_event("alma-ata-protocol")
    pane = pane_of(story_window)
    model = pane.participants_view.model()
    shown = {model.index(row, 3).data() for row in range(model.rowCount())}
    assert shown == {label(f"status.{s}", language) for s in ("signed", "observer", "not_party")}
    notes = plain(pane.notes_label.text())
    assert f"({label('status.observer', language)})" in notes
    assert f"({label('status.not_party', language)})" in notes


def test_arabic_text_with_a_latin_number_keeps_its_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, language="ar")
    assert window.select_event("soviet-of-the-republics-declaration")
    summary = pane_of(window).summary_label
    assert summary.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert f"{FSI}142-Н{PDI}" in summary.text()  # isolated: not shown as "Н-142"


def test_an_english_note_with_an_arabic_phrase_is_an_english_paragraph(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, language="en")
    assert window.select_event("soviet-of-the-republics-declaration")
    sources = pane_of(window).sources_label.text()
    note = "The article says that the Supreme Soviet"
    paragraph = next(p for p in sources.split("</p>") if note in p)
    assert 'dir="ltr"' in paragraph
    assert f"({FSI}مجلس السوفييت الأعلى{PDI}) voted." in paragraph
    quote = next(p for p in sources.split("</p>") if "وباليوم التالي" in p)
    assert 'dir="rtl"' in quote


def test_a_text_missing_in_arabic_runs_left_to_right_in_the_arabic_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    dataset = small_dataset()
    events = list(dataset.events)
    events[2] = replace(events[2], title={"en": "Fall of the (Berlin) Wall."}, place={})
    window = make_window(qtbot, replace(dataset, events=events), language="ar")
    assert window.select_event("wall")
    pane = pane_of(window)
    assert pane.title_label.text() == "Fall of the (Berlin) Wall."
    assert pane.title_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert pane.date_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.select_event("accords")
    assert pane.title_label.layoutDirection() == Qt.LayoutDirection.RightToLeft


# --- text stays text -----------------------------------------------------------------------------


def test_markup_in_the_data_is_shown_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    dataset = small_dataset()
    events = list(dataset.events)
    accords = events[3]
    events[3] = replace(
        accords,
        title={"en": "<b>Bold</b> & co"},
        summary={"en": "<img src='x'> <i>summary</i>"},
        place={"en": "<u>Viskuli</u>"},
        participants=[
            Participant(
                party={"en": "<b>Georgia</b>"}, status="absent", note={"en": "<i>No</i> & no."}
            )
        ],
        sources=[
            Source(
                citation="<script>alert(1)</script>",
                quote="<b>quoted</b>",
                quote_language="en",
                url="javascript:alert(1)",
                note={"en": "<a href='x'>note</a>"},
            )
        ],
    )
    window = make_window(qtbot, replace(dataset, events=events))
    assert window.select_event("accords")
    pane = pane_of(window)
    for shown, written in (
        (pane.title_label, "<b>Bold</b> & co"),
        (pane.summary_label, "<img src='x'> <i>summary</i>"),
        (pane.place_label, "<u>Viskuli</u>"),
    ):
        assert shown.textFormat() == Qt.TextFormat.PlainText
        assert shown.text() == written
    notes = plain(pane.notes_label.text())
    assert "<b>Georgia</b>" in notes and "<i>No</i> & no." in notes
    sources = pane.sources_label.text()
    assert "javascript" not in sources  # no link to run code
    text = plain(sources)
    for written in ("<script>alert(1)</script>", "<b>quoted</b>", "<a href='x'>note</a>"):
        assert written in text


# --- keyboard ------------------------------------------------------------------------------------


def press_tab(qtbot, window: MainWindow) -> QWidget | None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_participants_table_and_the_links_in_one_press(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot)
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.select_event("alma-ata-protocol")
    pane = pane_of(window)
    for view in (pane.participants_view, pane.causes_view):
        assert isinstance(view, QAbstractItemView) and not view.tabKeyNavigation()
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(view.hasFocus)
        assert press_tab(qtbot, window) is not view


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def settle(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait until the widget's geometry stops changing (pending layouts are done)."""
    seen: list[object] = []

    def stable() -> bool:
        seen.append((widget.geometry(), widget.mapToGlobal(QPoint(0, 0))))
        return len(seen) > 2 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(stable)


def test_a_focused_list_or_table_shows_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Focus draws a ring in the accent colour round the widget, and takes no room."""
    window = make_window(qtbot, small_dataset())
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.select_event("accords")
    pane = pane_of(window)

    def ring(image: QImage) -> set[str]:
        middle = QPoint(image.width() // 2, image.height() // 2)
        edges = (
            QPoint(0, middle.y()),
            QPoint(image.width() - 1, middle.y()),
            QPoint(middle.x(), 0),
        )
        return {image.pixelColor(point).name() for point in edges}

    for widget in (pane.scroll_area, pane.causes_view, pane.participants_view, pane.sources_label):
        window.timeline_view.setFocus()
        qtbot.waitUntil(lambda widget=widget: not widget.hasFocus())
        settle(qtbot, widget)
        size = widget.size()
        assert ring(grab(widget)) != {ACCENT.name()}
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert ring(grab(widget)) == {ACCENT.name()}, f"{widget.objectName()} shows no focus"
        assert widget.size() == size  # nothing jumps


def test_data_labels_are_not_tab_stops(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_dataset())
    assert window.select_event("accords")
    pane = pane_of(window)
    for shown in (pane.title_label, pane.date_label, pane.place_label, pane.summary_label):
        assert not shown.focusPolicy() & Qt.FocusPolicy.TabFocus, shown.objectName()


def test_an_agreement_with_hundreds_of_parties_shows_the_first_rows_and_a_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    dataset = small_dataset()
    parties = [Participant(party={"en": f"State {n}"}) for n in range(200)]
    events = [
        replace(event, participants=parties) if event.id == "accords" else event
        for event in dataset.events
    ]
    window = make_window(qtbot, replace(dataset, events=events))
    window.select_event("accords")
    pane = pane_of(window)
    model = pane.participants_view.model()
    assert model.rowCount() == 60
    more = pane.more_participants_label
    assert more.isVisibleTo(pane) and "140 more parties" in more.text()
    window.select_event("wall")
    assert not more.isVisibleTo(pane)


def test_quotes_carry_their_translation_and_the_source_article_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, None, language="en")
    window.select_event("belovezha-accords")
    pane = pane_of(window)
    text = plain(pane.sources_label.text())
    assert "Translation:" in text
    links = [part.split('"')[0] for part in pane.sources_label.text().split('href="')[1:]]
    assert all(link.startswith(("https://", "http://", "source-article:")) for link in links)
    article = next(link for link in links if link.startswith("source-article:"))
    pane.sources_label.linkActivated.emit(article)
    dialog = window.findChild(QWidget, "sourceArticleDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "الاتحاد السوفيتي" in dialog.text.toPlainText()
    dialog.close()


def sources_shown(qtbot, sources: list[Source]) -> str:  # type: ignore[no-untyped-def]
    """The pane's sources markup for an event that has ``sources``."""
    dataset = small_dataset()
    events = list(dataset.events)
    events[0] = replace(events[0], sources=sources)
    window = make_window(qtbot, replace(dataset, events=events))
    window.select_event(events[0].id)
    return pane_of(window).sources_label.text()


def test_a_link_of_another_scheme_is_not_live(qtbot) -> None:  # type: ignore[no-untyped-def]
    sources = [
        Source(citation="local", url="file:///etc/passwd"),
        Source(citation="script", url="javascript:alert(1)"),
        Source(citation="escape", url="source-article:../../etc/passwd"),
        Source(citation="web", url="https://example.org/"),
    ]
    markup = sources_shown(qtbot, sources)
    assert markup.count("href=") == 1 and 'href="https://example.org/"' in markup
    assert "file:///etc/passwd" not in markup.split("href=")[1]


def test_markup_in_a_title_stays_text_in_tooltips(qtbot) -> None:  # type: ignore[no-untyped-def]
    dataset = small_dataset()
    events = list(dataset.events)
    events[0] = replace(events[0], title={"en": '<img src="/etc/hosts"> <b>bold</b>'})
    window = make_window(qtbot, replace(dataset, events=events))
    model = window.filter_model
    tips = [
        str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
        for row in range(model.rowCount())
    ]
    tip = next(tip for tip in tips if "hosts" in tip)
    assert "<img" not in tip and "&lt;img src=&quot;/etc/hosts&quot;&gt;" in tip
    assert QTextDocumentFragment.fromHtml(tip).toPlainText().startswith('<img src="/etc/hosts">')


def test_a_citation_without_a_quote_has_no_dash_and_one_after_a_quote_has(qtbot) -> None:  # type: ignore[no-untyped-def]
    sources = [
        Source(citation="Photo: Tom Marcello", url="https://example.org/photo"),
        Source(citation="Encyclopaedia", quote="The planned economy stalled."),
    ]
    lines = [line.strip() for line in plain(sources_shown(qtbot, sources)).splitlines()]
    assert "Photo: Tom Marcello" in lines and "— Encyclopaedia" in lines
    assert not any(line.startswith("— Photo") for line in lines)


# --- a big file's summaries, read from the file ---------------------------------------------------


def test_a_summary_left_in_its_file_is_shown_then_said_to_be_unreadable_once_changed(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 300)
    path = tmp_path / "big.json"
    path.write_bytes(document(SUMMARIES))
    window = make_window(qtbot, load_dataset(path).dataset, language="ar")
    pane = pane_of(window)
    assert window.select_event("e5")
    assert SUMMARIES[5]["ar"] in plain(pane.summary_label.text())
    assert not pane.summary_label.font().italic()
    path.write_bytes(document([{"en": "changed"}] * len(SUMMARIES)))  # rewritten in place
    assert window.select_event("e6")
    shown = plain(pane.summary_label.text())
    assert SUMMARIES[6]["ar"] not in shown and "changed" not in shown
    assert shown == plain(shown_summary(window.dataset.events[6], "ar")[0]["ar"])
    assert "الملف" in shown  # the message is in the window's language
    assert pane.summary_label.font().italic()
    with pytest.raises(ExportError) as raised:
        render_events(window.dataset, window.dataset.events, "ar", "all", tmp_path / "out.md")
    assert f"{path}: changed on disk" in str(raised.value)
    assert not window.clipboard.copy_current()  # Copy says why in the status bar
    said = without_isolates(window.statusBar().currentMessage())  # in the window's language
    assert f"{path}: تغيّر على القرص منذ فتحه، فلا يمكن قراءة ملخص حدث منه" in said
    shown = messages_shown(monkeypatch)
    preview = window.printing.preview_dialog("all", "ar")  # Print: its preview says why
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: bool(shown))
    assert f"{path}: تغيّر على القرص منذ فتحه" in without_isolates(shown[0].text)


def blank_to_scroll_through(pane: DetailPane) -> int:
    """How far the pane scrolls past the end of the last text it shows (its margin aside)."""
    body = pane.scroll_area.widget()
    columns = (pane.story_column, pane.people_column)

    def text_height(shown: QWidget) -> int:  # a label's text may end above its bottom edge
        return shown.heightForWidth(shown.width()) if shown.hasHeightForWidth() else shown.height()

    bottoms = [
        shown.mapTo(body, QPoint(0, text_height(shown))).y()
        for column in columns
        for shown in column.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if shown.isVisibleTo(body)
    ]
    bar = pane.scroll_area.verticalScrollBar()
    shown_to = bar.maximum() + pane.scroll_area.viewport().height()
    return shown_to - max(bottoms) - pane.columns.contentsMargins().bottom() if bar.maximum() else 0


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (800, 600)], ids=str)
@pytest.mark.parametrize("timeline", ["built-in", "catalogue"])
def test_the_pane_scrolls_to_the_end_of_the_text_and_no_further(
    qtbot, tmp_path: Path, language: str, size: tuple[int, int], timeline: str
) -> None:  # type: ignore[no-untyped-def]
    """Short texts without participants (a catalogue's) and the story's long ones alike."""
    dataset = None
    if timeline == "catalogue":
        path = tmp_path / "catalogue.json"
        path.write_bytes(catalogue_json(12))
        dataset = load_dataset(path).dataset
    window = make_window(qtbot, dataset, language=language)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    pane = window.findChild(DetailPane, "detailPane")
    assert pane is not None
    for event in window.dataset.events:
        assert window.select_event(event.id)
        for _ in range(4):  # the labels, the columns, the body, then the scroll area lay out
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        assert blank_to_scroll_through(pane) <= 2, event.id
