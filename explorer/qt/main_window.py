"""The main window: event list, timeline and detail pane over one model and one selection."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.errors import DatasetError
from explorer.core.loader import OUR_FORMAT_NAME
from explorer.core.schema import Dataset, Event, text_in, time_order_key
from explorer.core.store import EventStore
from explorer.qt import settings
from explorer.qt.clipboard import install_clipboard
from explorer.qt.dataset_heading import DatasetHeading
from explorer.qt.detail_tabs import DetailTabs
from explorer.qt.event_list import EventList
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.file_actions import install_file_actions
from explorer.qt.filter_model import EventFilterModel
from explorer.qt.help_actions import install_help_actions
from explorer.qt.i18n import (
    LANGUAGES,
    install_language,
    translated_message,
    with_grouped_count,
)
from explorer.qt.icons import apply_toolbar_icons
from explorer.qt.language_menu import LanguageMenu
from explorer.qt.legend import Legend
from explorer.qt.load_warnings import LoadWarnings
from explorer.qt.loading import (
    BackgroundLoader,
    LoadedDataset,
    LoadProgress,
    load_now,
    loads_in_background,
)
from explorer.qt.navigation import Navigator
from explorer.qt.overview_strip import OverviewStrip
from explorer.qt.plain_text import show_message
from explorer.qt.printing import install_printing
from explorer.qt.shortcut_tooltips import add_shortcut_tooltips
from explorer.qt.story_mode import install_story_mode
from explorer.qt.timeline_actions import install_timeline_actions
from explorer.qt.timeline_view import TimelineView

if TYPE_CHECKING:
    from explorer.qt.export_job import ExportJob

#: From this many events, a search waits for a pause in typing (ms) rather than run per key.
DEBOUNCE_FROM_EVENTS = 20_000
SEARCH_DEBOUNCE_MS = 150


class MainWindow(QMainWindow):
    """Timeline Explorer's window. Selecting an event anywhere selects it everywhere."""

    def __init__(
        self,
        dataset: Dataset,
        language: str = "en",
        source_path: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._language = language
        self._source_path = source_path
        self._effects: dict[str, list[str]] = {}
        #: The event the user last chose: kept through a search that hides it for a while.
        self._chosen_id: str | None = None
        self._loader: BackgroundLoader | None = None
        self._export_job: ExportJob | None = None
        self.event_model = EventListModel(dataset, language, self)
        self.filter_model = EventFilterModel(self)
        self.filter_model.setSourceModel(self.event_model)
        self._create_actions()
        self._build()
        self._create_menus()
        self.retranslate_ui()
        self.story_mode = install_story_mode(self)
        self.timeline_actions = install_timeline_actions(self)
        self.help_actions = install_help_actions(self, self.help_menu, before=self.about_action)
        self.language_menu = LanguageMenu(self)
        self.language_menu.languageChosen.connect(self.set_language)
        self.language_menu.show_language(language)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self._decorate_actions()
        self._index_links(dataset)
        self._update_title()
        self._update_status()
        self.timeline_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._apply_opening_view()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        # Top down, each widget made in its final parent (a splitter takes the children made in
        # it): moving a built subtree restyles every widget in it under the app's style sheet.
        main = self._main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.setCentralWidget(main)
        self.event_list = EventList(main)
        right = self._right_splitter = QSplitter(Qt.Orientation.Vertical, main)
        timeline_area = QWidget(right)
        timeline_layout = QVBoxLayout(timeline_area)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(0)
        self.dataset_heading = DatasetHeading(timeline_area)
        timeline_layout.addWidget(self.dataset_heading)
        self.legend = Legend(self.filter_model, self.dataset_heading)
        self.legend.set_language(self._language)
        self.dataset_heading.add_trailing(self.legend)
        self.timeline_view = TimelineView(timeline_area)
        self.timeline_view.setObjectName("timelineView")
        self.timeline_view.setModel(self.filter_model)
        self.selection_model: QItemSelectionModel = self.timeline_view.selectionModel()
        timeline_layout.addWidget(self.timeline_view, 1)
        self.overview_strip = OverviewStrip(self.timeline_view, timeline_area)
        timeline_layout.addWidget(self.overview_strip)
        self._update_dataset_heading()

        self.event_list.setModel(self.filter_model)
        self.event_list.setSelectionModel(self.selection_model)

        self.detail_tabs = DetailTabs(self, right)  # the detail pane, and the matrix's tab
        self.detail_pane = self.detail_tabs.detail_pane
        self.participation_matrix = self.detail_tabs.matrix
        self.detail_pane.eventActivated.connect(self.select_event)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 6)
        right.setChildrenCollapsible(False)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([240, 1040])
        right.setSizes([505, 235])  # the timeline, with its heading and overview strip

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._search_changed)
        self.search_field.returnPressed.connect(self._go_to_first_match)
        self.clear_search_action = QAction(self.search_field)
        self.clear_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_search_action.triggered.connect(self.search_field.clear)
        self.search_field.addAction(self.clear_search_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.navigator.back_action)
        self.toolbar.addAction(self.navigator.forward_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_field)
        self.toolbar.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.toolbar.addAction(action)
            # icons alone (their tooltips name them and their keys): room for the rest at 1024 px
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.addToolBar(self.toolbar)

        self.search_status = QLabel(self)
        self.search_status.setObjectName("searchStatus")
        self.statusBar().addWidget(self.search_status, 1)
        self.load_warnings = LoadWarnings(self)
        self.statusBar().addPermanentWidget(self.load_warnings)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.selection_model.currentChanged.connect(self._current_changed)
        self.filter_model.rowsInserted.connect(self._update_status)
        self.filter_model.rowsRemoved.connect(self._update_status)
        self.filter_model.modelReset.connect(self._update_status)
        self.filter_model.layoutChanged.connect(self._update_status)
        self.filter_model.searchReady.connect(self._search_applied)

    def _create_actions(self) -> None:
        def action(
            shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
        ) -> QAction:
            created = QAction(self)
            created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(slot)
            self.addAction(created)
            return created

        self.open_action = action(QKeySequence.StandardKey.Open, self.open_file_dialog)
        self.export_action = action("Ctrl+E", self.export_dialog)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.zoom_in_action = action(QKeySequence.StandardKey.ZoomIn, self._zoom_in)
        self.zoom_out_action = action(QKeySequence.StandardKey.ZoomOut, self._zoom_out)
        self.fit_action = action("Ctrl+0", self._fit_all)
        self.find_action = action(QKeySequence.StandardKey.Find, self._focus_search)
        self.about_action = action("", self._about)
        self.source_article_action = action("", self._show_source_article)
        self.source_article_action.setObjectName("actionSourceArticle")
        self.navigator = Navigator(self, self.select_event)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_actions = install_file_actions(self)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.file_actions.recent_menu)
        self.file_menu.addAction(self.file_actions.open_built_in_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.file_actions.save_as_action)
        self.file_menu.addAction(self.export_action)
        self.printing, self.clipboard = install_printing(self), install_clipboard(self)
        self.file_menu.addAction(self.printing.print_action)
        self.file_menu.addAction(self.clipboard.copy_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addAction(self.navigator.back_action)
        self.go_menu.addAction(self.navigator.forward_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.source_article_action)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.navigator.retranslate_ui()
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open…"))
        self.export_action.setText(self.tr("&Export Summary…"))
        self.printing.retranslate_ui()
        self.file_actions.retranslate_ui()
        self.clipboard.retranslate_ui()
        self.quit_action.setText(self.tr("&Quit"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.fit_action.setText(self.tr("&Fit Whole Timeline"))
        self.find_action.setText(self.tr("&Search Events"))
        self.about_action.setText(self.tr("&About Timeline Explorer"))
        self.source_article_action.setText(self.tr("The Built-in Story's &Source Article"))
        self.search_field.setPlaceholderText(self.tr("Search events, places, people…"))
        self.search_field.setAccessibleName(self.tr("Search events"))
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.event_list.setAccessibleName(self.tr("Events"))
        self.detail_pane.retranslate_ui()
        self.load_warnings.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._update_title()
            self._update_status()
            self._update_search_status()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on, in place: every text, the direction, the data shown.

        The selection, the visible range and the search stay; the choice is remembered.
        """
        if language not in LANGUAGES:
            raise ValueError(f"no such language: {language!r} (one of {', '.join(LANGUAGES)})")
        settings.LANGUAGE.set(language)
        self.language_menu.show_language(language)
        if language == self._language:
            return
        visible = self.timeline_view.visible_range()
        self._language = language
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, language)  # the translators, and the application's direction
        self.setLocale(QLocale())  # the timeline's axis and dates follow the window's locale
        # Every widget retranslates on LanguageChange: deliver it now, not on the next loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.event_model.set_language(language)
        self._update_dataset_heading()
        self.legend.set_language(language)
        self._show_details(self.selection_model.currentIndex())
        if self.timeline_view.visible_range() != visible:
            self.timeline_view.set_visible_range(*visible)

    # --- state --------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def dataset(self) -> Dataset:
        dataset = self.event_model.dataset
        assert dataset is not None
        return dataset

    def set_dataset(
        self, dataset: Dataset, source_path: str | None = None, store: EventStore | None = None
    ) -> None:
        """Show ``dataset`` (with its ``store`` when one was built beforehand, off this thread)."""
        self._source_path = source_path
        self._chosen_id = None
        self.load_warnings.set_warnings([], "")
        self.search_field.clear()
        self.event_model.set_store(store if store is not None else EventStore.build(dataset))
        self._index_links(dataset)
        self._update_title()
        self._update_dataset_heading()
        self._update_status()
        self.detail_pane.show_event(None, [], [], self._language)
        store = self.event_model.store
        # The store's id index: no pass over a million events to forget old visits.
        self.navigator.forget_missing(store.rows_by_id if store is not None else set())
        self._apply_opening_view()

    def _apply_opening_view(self) -> None:
        """Open the timeline on the dataset's ``view``, else on its densest stretch."""
        dataset = self.event_model.dataset
        view = dataset.view if dataset is not None else None
        days = (view.start_time, view.end_time) if view is not None else None
        self.timeline_view.set_opening_range(days)

    def _index_links(self, dataset: Dataset) -> None:
        store = self.event_model.store
        self._effects = store.led_to if store is not None else {}

    def current_event(self) -> Event | None:
        index = self.selection_model.currentIndex()
        return index.data(EventRole.EVENT) if index.isValid() else None

    def select_event(self, event_id: str) -> bool:
        """Make the event current and selected everywhere; clears a search that hides it."""
        source_index = self.event_model.index_of(event_id)
        if not source_index.isValid():
            return False
        proxy_index = self.filter_model.mapFromSource(source_index)
        if not proxy_index.isValid():
            self.search_field.clear()
            proxy_index = self.filter_model.mapFromSource(source_index)
        self.selection_model.setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.timeline_view.scrollTo(proxy_index)
        self.event_list.scrollTo(proxy_index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event: Event | None = current.data(EventRole.EVENT) if current.isValid() else None
        if event is not None:
            self._chosen_id = event.id
            self.navigator.visited(event.id)
        self._show_details(current)

    def _show_details(self, current: QModelIndex) -> None:
        event: Event | None = current.data(EventRole.EVENT) if current.isValid() else None
        if event is None:
            if self._chosen_id is None or not self.search_field.text():
                self.detail_pane.show_event(None, [], [], self._language)
            return  # a search hides the event for now: its details stay until it comes back
        lookup = self.event_model.event_by_id
        causes = [e for e in map(lookup, event.causes) if e is not None]
        effects = [e for e in map(lookup, self._effects.get(event.id, [])) if e is not None]
        causes.sort(key=time_order_key)
        effects.sort(key=time_order_key)
        self.detail_pane.show_event(event, causes, effects, self._language)

    def _search_changed(self, text: str) -> None:
        """Filter at once on a small timeline; on a big one, once typing pauses."""
        if self.event_model.rowCount() < DEBOUNCE_FROM_EVENTS or not text:
            self._search_timer.stop()
            self._apply_search()
        else:
            self._search_timer.start()

    @property
    def _search_timer(self) -> QTimer:
        timer: QTimer | None = getattr(self, "_debounce", None)
        if timer is None:
            timer = self._debounce = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(SEARCH_DEBOUNCE_MS)
            timer.timeout.connect(self._apply_search)
        return timer

    def _apply_search(self) -> None:
        self.filter_model.set_query(self.search_field.text())
        self._search_applied()

    def _search_applied(self) -> None:
        self._reselect_chosen()
        self._update_search_status()

    def _reselect_chosen(self) -> None:
        """The event the user chose comes back as current once the search shows it again."""
        if self.selection_model.currentIndex().isValid() or self._chosen_id is None:
            return
        source_index = self.event_model.index_of(self._chosen_id)
        proxy_index = self.filter_model.mapFromSource(source_index)
        if proxy_index.isValid():
            self.selection_model.setCurrentIndex(
                proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.timeline_view.scrollTo(proxy_index)
            self.event_list.scrollTo(proxy_index)

    def _update_search_status(self) -> None:
        """Say when nothing matches, and how to get the events back (where screen readers look)."""
        query = self.search_field.text().strip()
        if query and self.filter_model.is_preparing():
            total = self.event_model.rowCount()
            message = with_grouped_count(
                self.tr("Preparing the search of %n event(s)…", "", total), total
            )
        elif query and self.filter_model.rowCount() == 0:
            message = self.tr("No events match “%1”. Press Esc to clear the search.").replace(
                "%1", query
            )
        else:
            message = ""
        self.search_status.setText(message)
        self.search_status.setAccessibleName(message)
        self.search_field.setAccessibleDescription(message)

    def _go_to_first_match(self) -> None:
        """Enter in the search field selects the first event it shows and hands the keys over."""
        if self.filter_model.rowCount() == 0:
            return
        first = self.filter_model.index(0, 0)
        self.selection_model.setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.timeline_view.scrollTo(first)
        self.timeline_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_window_state(self) -> None:
        """The size, place and splitters the window had when last closed."""
        self.restoreGeometry(settings.WINDOW_GEOMETRY.get())
        self.restoreState(settings.WINDOW_STATE.get())
        for splitter, setting in (
            (self._main_splitter, settings.MAIN_SPLITTER),
            (self._right_splitter, settings.RIGHT_SPLITTER),
        ):
            sizes = setting.get()
            if len(sizes) == splitter.count() and all(size > 0 for size in sizes):
                splitter.setSizes(sizes)

    def save_window_state(self) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        settings.MAIN_SPLITTER.set(self._main_splitter.sizes())
        settings.RIGHT_SPLITTER.set(self._right_splitter.sizes())

    def _update_dataset_heading(self) -> None:
        """The dataset's title and description above the timeline, in the window's language."""
        self.dataset_heading.show_dataset(self.event_model.dataset, self._language)

    def _update_title(self) -> None:
        """ "Title — file.json[*] — Timeline Explorer"; ``[*]`` shows the unsaved mark."""
        title = text_in(self.dataset.title, self._language)
        app_name = self.tr("Timeline Explorer")
        path = self._source_path
        shown = f"{title} — {Path(path).name}" if path else title
        self.setWindowTitle(f"{shown}[*] — {app_name}")
        self.setWindowFilePath(path or "")

    def _update_status(self) -> None:
        total = self.event_model.rowCount()
        shown = self.filter_model.rowCount()
        if total == 0 and self._loader is not None and self._loader.is_busy():
            self.count_label.setText("")  # the first file is loading: the progress says so
        elif shown == total:
            self.count_label.setText(with_grouped_count(self.tr("%n event(s)", "", total), total))
        else:
            shown_of = self.tr("%1 of %2 events shown").replace("%1", f"{shown:,}")
            self.count_label.setText(shown_of.replace("%2", f"{total:,}"))

    # --- actions ------------------------------------------------------------------------------

    def _zoom_in(self) -> None:
        self.timeline_view.zoom_in()

    def _zoom_out(self) -> None:
        self.timeline_view.zoom_out()

    def _fit_all(self) -> None:
        self.timeline_view.fit_all()

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def open_file_dialog(self) -> None:
        start = settings.OPEN_FOLDER.get() or str(Path.home())
        kinds = self.tr("Timelines (*.json *.csv *.timeline);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Timeline"), start, kinds)
        if path:
            settings.OPEN_FOLDER.set(str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a dataset file; a bad file leaves the current timeline and shows why.

        A small file opens at once; a big one loads in a thread behind a progress bar with
        Cancel, the timeline on screen staying until the new one is ready (``loader().loaded``).
        False when the file could not be opened right away.
        """
        loader = self.loader()
        loader.cancel()
        if loads_in_background(path):
            loader.start(path)
            return True
        try:
            loaded = load_now(path)
        except DatasetError as error:
            self._show_load_error(path, error.message())
            return False
        self._show_loaded(loaded)
        return True

    def loader(self) -> BackgroundLoader:
        """The background loader of this window, with its progress and Cancel in the status bar."""
        if self._loader is None:
            self._loader = BackgroundLoader(self)
            self._loader.loaded.connect(self._show_loaded)
            self._loader.failed.connect(self._show_load_error)
            self._loader.busyChanged.connect(self._update_status)
            self.load_progress = LoadProgress(self._loader, self)
            self.statusBar().addPermanentWidget(self.load_progress)
        return self._loader

    def _show_loaded(self, loaded: LoadedDataset) -> None:
        result = loaded.result
        self.set_dataset(result.dataset, loaded.path, loaded.store)
        # A file in another tool's format is not saved in ours until Save As.
        self.setWindowModified(result.format_name != OUR_FORMAT_NAME)
        self.load_warnings.set_warnings(result.warnings, result.warning_summary(loaded.path))
        self.file_actions.opened(loaded.path)

    def saved_as(self, path: str) -> None:
        """The timeline was saved in our format at ``path``: it is now the window's file."""
        self._source_path = path
        self.setWindowModified(False)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved as %1").replace("%1", path), 10000)

    def _show_load_error(self, _path: str, message: str) -> None:
        text = translated_message(message, self._language)
        show_message(self, QMessageBox.Icon.Warning, self.tr("Cannot Open Timeline"), text)

    def export_dialog(self) -> None:
        # Imported on first use: the exporters pull in QtSvg and the renderers, which launch
        # does not need.
        from explorer.qt.export_dialog import ExportDialog
        from explorer.qt.export_job import ExportTask
        from explorer.qt.exporting import events_in_scope

        if self.export_job().is_busy():
            return  # one export at a time: the action is disabled until this one ends
        dialog = ExportDialog(
            self._language,
            self.current_event() is not None,
            self,
            view_range=self.timeline_view.visible_range(),
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        folder = Path(settings.EXPORT_FOLDER.get() or Path.home())
        suggested = folder / f"{choice.default_stem}.{choice.extension}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Summary"), str(suggested), choice.file_filter
        )
        if not path:
            return
        settings.EXPORT_FOLDER.set(str(Path(path).parent))
        events = events_in_scope(
            self.event_model, self.filter_model, self.selection_model, choice.scope
        )
        chosen = (
            choice.language,
            choice.scope,
            path,
            choice.format,
            choice.include,
            choice.picture,
        )
        self.export_job().start(ExportTask(self.dataset, events, *chosen))

    def export_job(self) -> ExportJob:
        """The window's exports, run in a thread with progress and Cancel in the status bar."""
        if self._export_job is None:
            from explorer.qt.export_job import ExportProgress, job_in_status_bar

            self._export_job, self.export_progress = job_in_status_bar(
                self,
                ExportProgress,
                finished=self._exported,
                failed=self._export_failed,
                canceled=self._export_canceled,
                busy_changed=self._export_busy_changed,
            )
        return self._export_job

    def _exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 10000)

    def _export_failed(self, message: str) -> None:
        text = translated_message(message, self._language)
        show_message(self, QMessageBox.Icon.Critical, self.tr("Export Failed"), text)

    def _export_canceled(self, _path: str) -> None:
        self.statusBar().showMessage(self.tr("Export cancelled"), 10000)

    def _export_busy_changed(self, busy: bool) -> None:
        self.export_action.setEnabled(not busy)

    def _show_source_article(self) -> None:
        from explorer.qt.source_article import show_source_article

        show_source_article(self)

    def _about(self) -> None:
        self.help_actions.show_about()

    def _decorate_actions(self) -> None:
        """Icons that follow the palette and the direction, and tooltips naming the keys."""
        self.action_icons = apply_toolbar_icons(
            {
                "open": self.open_action,
                "open-recent": self.file_actions.recent_menu.menuAction(),
                "save-as": self.file_actions.save_as_action,
                "export": self.export_action,
                "print": self.printing.print_action,
                "copy": self.clipboard.copy_action,
                "back": self.navigator.back_action,
                "forward": self.navigator.forward_action,
                "zoom-in": self.zoom_in_action,
                "zoom-out": self.zoom_out_action,
                "fit": self.fit_action,
                "zoom-to-selection": self.timeline_actions.zoom_to_selection_action,
                "go-to-date": self.timeline_actions.go_to_date_action,
                "story": self.story_mode.action,
                "search": self.find_action,
                "keyboard": self.help_actions.shortcuts_action,
                "source-article": self.source_article_action,
                "about": self.about_action,
                "language": self.language_menu.menuAction(),
            },
            self,
        )
        self.shortcut_tooltips = add_shortcut_tooltips(self.actions(), self)

    def closeEvent(self, event: QCloseEvent) -> None:
        writing = [job.path for job in self._writing_jobs() if job.path is not None]
        if writing and not self._close_without_writing(writing):
            event.ignore()  # the user waits for the file; closing again asks again
            return
        self.save_window_state()
        for job in self._writing_jobs():
            job.shut_down()  # no thread may outlive the window
        super().closeEvent(event)

    def _writing_jobs(self) -> list[ExportJob]:
        """The jobs writing a file (an export, a Save As) that have started at least once."""
        jobs = (self._export_job, self.file_actions.save_job_if_started())
        return [job for job in jobs if job is not None]

    def _close_without_writing(self, paths: list[str]) -> bool:
        """Ask whether to close while ``paths`` are being written (closing stops them). Once
        everything is written while the question is up, the window closes without an answer."""
        names = ", ".join(Path(path).name for path in paths)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Still Writing"),
            self.tr(
                "%1 is still being written. Close now, and it is not written (a file of that "
                "name keeps what it had); or keep writing, and close when it is done."
            ).replace("%1", names),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        close = box.addButton(
            self.tr("Close Without Writing"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep Writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def written(_busy: bool) -> None:
            if not any(job.is_busy() for job in self._writing_jobs()):
                close.click()  # nothing is left unwritten: close as asked

        jobs = self._writing_jobs()
        for job in jobs:
            job.busyChanged.connect(written)
        box.exec()
        for job in jobs:
            job.busyChanged.disconnect(written)
        return box.clickedButton() is close
