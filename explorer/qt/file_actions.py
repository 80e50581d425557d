"""Files in the window: Open Recent, the built-in story, Save As in our format, and drops.

Every way in goes through :meth:`MainWindow.open_path`; every file that opened is remembered in
the recent list (the last :data:`RECENT_LIMIT`, in the user's settings). Save As writes our JSON
format atomically, in a thread (a million events take seconds), so an imported TimelineJS or The
Timeline file can be kept and reopened; until then the title bar marks it unsaved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from explorer.paths import default_dataset_path
from explorer.qt import settings
from explorer.qt.i18n import translated_message
from explorer.qt.plain_text import plain_tooltip, show_message

if TYPE_CHECKING:
    from explorer.core.schema import Dataset
    from explorer.qt.export_job import ExportJob
    from explorer.qt.main_window import MainWindow

RECENT_LIMIT = 10
#: Files a drop may open (by name; the loader still decides by content).
DROPPABLE_SUFFIXES = (".json", ".csv", ".timeline")


def recent_files() -> list[str]:
    """The recent files, most recent first."""
    return settings.RECENT_FILES.get()[:RECENT_LIMIT]


def remember_recent(path: str) -> list[str]:
    """Put ``path`` first in the recent list; return the list."""
    absolute = str(Path(path).resolve())
    paths = [absolute, *(p for p in recent_files() if p != absolute)][:RECENT_LIMIT]
    settings.RECENT_FILES.set(paths)
    return paths


class FileActions(QObject):
    """The window's File ▸ Open Recent, Open the Built-in Story and Save As, and its drops."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._save_job: ExportJob | None = None
        self._saving: Dataset | None = None  # the timeline a Save As in progress writes
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("menuRecentFiles")
        self.recent_menu.aboutToShow.connect(self.update_recent_menu)
        self.open_built_in_action = QAction(window)
        self.open_built_in_action.setObjectName("actionOpenBuiltIn")
        self.open_built_in_action.triggered.connect(self.open_built_in)
        self.save_as_action = QAction(window)
        self.save_as_action.setObjectName("actionSaveAs")
        self.save_as_action.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        self.save_as_action.triggered.connect(self.save_as_dialog)
        self.clear_recent_action = QAction(window)
        self.clear_recent_action.triggered.connect(self.clear_recent)
        for action in (self.open_built_in_action, self.save_as_action):
            window.addAction(action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate_ui()
        self.update_recent_menu()

    def retranslate_ui(self) -> None:
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.open_built_in_action.setText(self.tr("Open the &Built-in Story"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.clear_recent_action.setText(self.tr("&Clear Recent Files"))
        self.update_recent_menu()

    # --- recent files ---------------------------------------------------------------------------

    def opened(self, path: str | None) -> None:
        """A file opened in the window (None: the built-in story): remember it."""
        if path is not None and Path(path).resolve() != default_dataset_path().resolve():
            remember_recent(path)
        self.update_recent_menu()

    def update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = recent_files()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setData(path)
            if Path(path).is_file():
                action.setToolTip(plain_tooltip(path))
                action.triggered.connect(lambda _checked=False, p=path: self.window.open_path(p))
            else:
                action.setEnabled(False)
                action.setToolTip(
                    plain_tooltip(self.tr("%1 is no longer there").replace("%1", path))
                )
        menu.setToolTipsVisible(True)
        if paths:
            menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(paths))

    def clear_recent(self) -> None:
        settings.RECENT_FILES.set([])
        self.update_recent_menu()

    # --- the built-in story and Save As ---------------------------------------------------------

    def open_built_in(self) -> bool:
        return self.window.open_path(str(default_dataset_path()))

    def save_as_dialog(self) -> None:
        from explorer.core.export.base import file_stem

        window = self.window
        folder = Path(settings.SAVE_FOLDER.get() or Path.home())
        title = window.dataset.title.get(window.language) or window.dataset.title.get("en", "")
        suggested = folder / f"{file_stem(title) or 'timeline'}.json"
        path, _ = QFileDialog.getSaveFileName(
            window, self.tr("Save Timeline As"), str(suggested), self.tr("Timelines (*.json)")
        )
        if path:
            settings.SAVE_FOLDER.set(str(Path(path).parent))
            self.save_as(path)

    def save_as(self, path: str) -> bool:
        """Start writing the timeline in our format to ``path``, in a thread, with progress and
        Cancel in the status bar; once written it becomes the window's file. False (nothing
        started) while another Save As runs."""
        from explorer.qt.export_job import SaveTask

        dataset = self.window.dataset
        if not self.save_job().start(SaveTask(dataset, path)):
            return False
        self._saving = dataset
        return True

    def save_job(self) -> ExportJob:
        """The thread that writes Save As, made on first use."""
        if self._save_job is None:
            from explorer.qt.export_job import SaveProgress, job_in_status_bar

            self._save_job, self.save_progress = job_in_status_bar(
                self.window,
                SaveProgress,
                finished=self._saved,
                failed=self._save_failed,
                canceled=self._save_canceled,
                busy_changed=lambda busy: self.save_as_action.setEnabled(not busy),
            )
        return self._save_job

    def save_job_if_started(self) -> ExportJob | None:
        """The Save As thread's job, or None when no Save As has run."""
        return self._save_job

    def _saved(self, path: str) -> None:
        window = self.window
        if window.dataset is self._saving:
            window.saved_as(path)
        else:  # another timeline was opened meanwhile: it is not the file just written
            window.statusBar().showMessage(window.tr("Saved as %1").replace("%1", path), 10000)
        self._saving = None
        remember_recent(path)
        self.update_recent_menu()

    def _save_failed(self, message: str) -> None:
        self._saving = None
        text = translated_message(message)
        show_message(self.window, QMessageBox.Icon.Critical, self.tr("Cannot Save"), text)

    def _save_canceled(self, _path: str) -> None:
        self._saving = None
        self.window.statusBar().showMessage(self.tr("Save cancelled; nothing was written"), 10000)

    # --- drops ----------------------------------------------------------------------------------

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [url.toLocalFile() for url in urls if url.isLocalFile()]
        return local[0] if len(local) == 1 else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and isinstance(event, QDragEnterEvent | QDropEvent):
            path = self._dropped_path(event)
            if path is None:
                return False
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                event.acceptProposedAction()
                self._open_dropped(path)
                return True
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def _open_dropped(self, path: str) -> None:
        if Path(path).suffix.lower() not in DROPPABLE_SUFFIXES or not Path(path).is_file():
            show_message(
                self.window,
                QMessageBox.Icon.Warning,
                self.tr("Cannot Open Timeline"),
                self.tr(
                    "%1 is not a timeline file. Drop a Timeline Explorer or TimelineJS file "
                    "(.json), a TimelineJS spreadsheet (.csv) or a The Timeline file (.timeline)."
                ).replace("%1", Path(path).name),
            )
            return
        self.window.open_path(path)


def install_file_actions(window: MainWindow) -> FileActions:
    return FileActions(window)
