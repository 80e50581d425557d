"""The command line, the QApplication set-up and headless export.

``timeline-explorer [DATASET] [--lang en|ar] [--select ID] [--export FILE ...] [--screenshot PNG]``;
pictures take ``--size WxH --scale N --range START..END --no-legend``, summaries ``--include``.
Exit codes: 0 success, 2 bad usage or an unreadable dataset, 1 a failed write.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from explorer import __version__
from explorer.core.errors import DatasetError, ExportError
from explorer.core.export_formats import FORMATS, QT_FORMATS, SCOPES
from explorer.core.loader import LoadResult, load_dataset
from explorer.core.schema import Dataset, Event, time_order_key
from explorer.core.search import event_matches
from explorer.export_choices import (
    add_export_choices,
    export_choices_given,
    included_parts,
    picture_options,
)
from explorer.paths import default_dataset_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from explorer.core.picture import PictureOptions
    from explorer.qt.main_window import MainWindow

EXIT_OK, EXIT_WRITE_FAILED, EXIT_USAGE = 0, 1, 2
SCREENSHOT_SIZE = (1280, 800)
ORGANIZATION = "TimelineExplorer"
APPLICATION = "Timeline Explorer"


class UsageError(Exception):
    """A command line that cannot be carried out; the message says what to change."""


class _Parser(argparse.ArgumentParser):
    """Bad usage gets one line saying what is wrong and where to look, not the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="timeline-explorer",
        description="Explore history as a timeline. Without DATASET it opens the end of the "
        "Soviet Union.",
    )
    parser.add_argument(
        "dataset",
        nargs="?",
        metavar="DATASET",
        help="a timeline file: Timeline Explorer JSON, TimelineJS3 JSON or CSV, The Timeline's "
        ".timeline (detected by content)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "ar"),
        help="language (default: the one last chosen in the window, else the system's; "
        "exports: en)",
    )
    parser.add_argument("--select", metavar="EVENT_ID", help="the event to select")
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        default="system",
        help="colours of the window (default: follow the system's light or dark scheme)",
    )
    parser.add_argument(
        "--export", metavar="FILE", help="write a summary to FILE and exit (no window)"
    )
    parser.add_argument(
        "--format", choices=FORMATS, help="export format (default: from FILE's extension)"
    )
    parser.add_argument(
        "--scope",
        choices=SCOPES,
        default="all",
        help="what to export: every event, the --select'ed one, or those matching --search",
    )
    parser.add_argument("--search", metavar="TEXT", default="", help="filter events by TEXT")
    add_export_choices(parser)
    parser.add_argument(
        "--screenshot", metavar="PNG", help="save a 1280×800 picture of the window and exit"
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="add the app to your desktop's menu and file types (your XDG folders) and exit",
    )
    desktop.add_argument(
        "--uninstall-desktop", action="store_true", help="remove what --install-desktop added"
    )
    parser.add_argument(
        "--reset-settings",
        action="store_true",
        help="forget the window's size, language, recent files and export choices",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def load(path: str | None) -> LoadResult:
    """The dataset at ``path``, or the built-in one."""
    return load_dataset(path if path else default_dataset_path())


def scoped_events(dataset: Dataset, scope: str, select: str | None, search: str) -> list[Event]:
    """The events a headless export covers, in time order."""
    events = sorted(dataset.events, key=time_order_key)
    if scope == "filtered":
        return [event for event in events if event_matches(search, event)] if search else events
    if scope == "selected":
        if not select:
            raise UsageError("--scope selected needs --select EVENT_ID")
        return [event for event in events if event.id == select]
    return events


def report_warnings(result: LoadResult, name: str) -> None:
    """Every load warning on stderr, whatever the mode, then a line counting what was left out."""
    for warning in result.warnings:
        print(f"timeline-explorer: warning: {warning}", file=sys.stderr)
    summary = result.warning_summary(name)
    if summary:
        print(f"timeline-explorer: warning: {summary}", file=sys.stderr)


def check_selection(dataset: Dataset, select: str | None, source: str) -> None:
    if select and not any(event.id == select for event in dataset.events):
        raise UsageError(f"{source}: no event has the id {select!r} (see the ids in the file)")


class ExportPlan(NamedTuple):
    """What ``--export`` writes: the format, the summary's parts, the picture's options."""

    format_name: str
    include: frozenset[str]
    picture: PictureOptions


def export_plan(args: argparse.Namespace) -> ExportPlan:
    """The export the options ask for, checked before any file is read; UsageError if bad."""
    from explorer.core.export import exporter_for_path

    format_name = args.format
    if format_name is None:
        exporter = exporter_for_path(args.export)
        extension = Path(args.export).suffix.lower().lstrip(".")
        format_name = exporter.name if exporter is not None else extension
    if format_name not in FORMATS:
        raise UsageError(
            f"{args.export}: cannot tell the export format from the file name; "
            f"add --format {'|'.join(FORMATS)}"
        )
    try:
        return ExportPlan(
            format_name, included_parts(args.include), picture_options(args, format_name)
        )
    except ValueError as error:
        raise UsageError(str(error)) from None


def headless_export(args: argparse.Namespace, dataset: Dataset, plan: ExportPlan) -> None:
    """Write the export without a window; Qt starts (offscreen) only for PDF, PNG and SVG."""
    events = scoped_events(dataset, args.scope, args.select, args.search)
    language = args.lang or "en"  # an export speaks English unless asked
    if plan.format_name in QT_FORMATS:
        from explorer.qt.i18n import install_language

        # what Qt's catalogue words (e.g. a picture's "10,000 events in view") in that language
        install_language(ensure_application(headless=True), language)
    from explorer.qt.exporting import export_events  # registers the Qt exporters too

    export_events(
        dataset,
        events,
        language,
        args.scope,
        args.export,
        plan.format_name,
        include=plan.include,
        picture=plan.picture,
    )


def ensure_application(headless: bool = False, theme: str = "system") -> QApplication:
    """The QApplication, created once, with our fonts, style (``theme``) and settings format."""
    if headless and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Worker threads (loading a file, indexing it for search) hand the interpreter back to the
    # window every 0.5 ms instead of every 5 ms, so it stays responsive while they run.
    sys.setswitchinterval(0.0005)
    from PySide6.QtWidgets import QApplication

    from explorer.qt.fonts import install_app_font
    from explorer.qt.settings import use_settings_file
    from explorer.qt.style import apply_style

    app = QApplication.instance()
    if app is None:
        _quiet_offscreen_noise()
        use_settings_file(ORGANIZATION, APPLICATION)
        QApplication.setApplicationVersion(__version__)
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not app.property("timelineExplorerReady"):
        install_app_font(app)
        apply_style(app, theme)
        app.setProperty("timelineExplorerReady", True)
    return app


def _quiet_offscreen_noise() -> None:
    """Drop the one warning the offscreen platform prints for every window; pass the rest on."""
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "does not support propagateSizeHints" in message:
            return
        if kind != QtMsgType.QtDebugMsg:
            print(qFormatLogMessage(kind, context, message), file=sys.stderr)  # type: ignore[arg-type]

    qInstallMessageHandler(handler)


def create_main_window(
    dataset: Dataset | str | Path | None = None, language: str | None = None
) -> MainWindow:
    """The main window on ``dataset`` (a Dataset, a file path, or None for the built-in one).

    ``language`` "en" or "ar"; None: the user's saved choice, else the system's language.

    A QApplication must exist; the window is not shown. A Dataset, the built-in one and a small
    file are in the model on return; a big file loads in a thread (``window.loader()``) behind a
    progress bar, the model filling when it is ready.
    """
    from PySide6.QtGui import QIcon

    from explorer.paths import icon_path
    from explorer.qt.i18n import chosen_language, install_language
    from explorer.qt.loading import loads_in_background
    from explorer.qt.main_window import MainWindow

    app = ensure_application()
    language = chosen_language(language)
    install_language(app, language)
    source: str | None = None
    background: str | None = None
    if isinstance(dataset, (str, Path)) and loads_in_background(str(dataset)):
        background = str(dataset)
        dataset = placeholder_dataset(background)
    elif dataset is None or isinstance(dataset, (str, Path)):
        source = str(dataset) if dataset is not None else None
        dataset = load(source).dataset
    window = MainWindow(dataset, language, source)
    if background is not None:
        window.open_path(background)
    if icon_path().is_file():
        window.setWindowIcon(QIcon(str(icon_path())))
    window.resize(*SCREENSHOT_SIZE)
    return window


def placeholder_dataset(path: str) -> Dataset:
    """An empty timeline named after ``path``, shown while that file loads."""
    return Dataset(format="timeline-explorer/1", title={"en": Path(path).name}, events=[])


def take_screenshot(window: MainWindow, path: str) -> None:
    from PySide6.QtWidgets import QApplication

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    if window.current_event() is not None:
        window.timeline_view.scrollTo(window.selection_model.currentIndex())
    QApplication.processEvents()
    if not window.grab().save(path, "PNG"):
        raise ExportError(f"{path}: cannot write the screenshot (check the folder exists)")


def no_display() -> bool:
    """Whether a window cannot be shown: on Linux and BSD, no X or Wayland display is set."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_window(args: argparse.Namespace, result: LoadResult) -> int:
    if not args.screenshot and no_display():
        raise UsageError(
            "no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "--export FILE and --screenshot PNG work without one"
        )
    app = ensure_application(headless=bool(args.screenshot), theme=args.theme)
    window = create_main_window(result.dataset, args.lang)
    window.load_warnings.set_warnings(
        result.warnings, result.warning_summary(args.dataset or "the built-in dataset")
    )
    if args.select:
        window.select_event(args.select)
    if args.screenshot:
        take_screenshot(window, args.screenshot)
        window.close()
        return EXIT_OK
    window.restore_window_state()
    window.show()
    return app.exec()


def run_window_loading(args: argparse.Namespace) -> int:
    """Show the window at once and load the big DATASET behind its progress bar.

    Warnings and a missing ``--select`` go to stderr once the file is in; a file that cannot be
    opened is shown in a message box and on stderr, and the program ends with exit code 2.
    """
    if no_display():
        raise UsageError(
            "no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "--export FILE and --screenshot PNG work without one"
        )
    from explorer.qt.loading import LoadedDataset

    app = ensure_application(theme=args.theme)
    window = create_main_window(args.dataset, args.lang)
    name = args.dataset

    def loaded(loaded: LoadedDataset) -> None:
        report_warnings(loaded.result, name)
        if args.select and not window.select_event(args.select):
            print(
                f"timeline-explorer: warning: {name}: no event has the id {args.select!r}",
                file=sys.stderr,
            )

    def failed(_path: str, message: str) -> None:
        print(f"timeline-explorer: error: {message}", file=sys.stderr)
        window.close()
        app.exit(EXIT_USAGE)

    window.loader().loaded.connect(loaded)
    window.loader().failed.connect(failed)
    window.restore_window_state()
    window.show()
    return app.exec()


def argv_is_only_reset(args: argparse.Namespace) -> bool:
    """Whether ``--reset-settings`` came alone: then it is all the program does."""
    defaults = build_parser().parse_args([])
    return all(
        getattr(args, key) == getattr(defaults, key)
        for key in vars(args)
        if key != "reset_settings"
    )


def desktop_integration(*, install: bool) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``: say what was written or removed."""
    from explorer import desktop_entry

    try:
        paths = desktop_entry.install() if install else desktop_entry.uninstall()
    except OSError as error:
        print(
            f"timeline-explorer: error: {error.filename or ''}: {error.strerror}", file=sys.stderr
        )
        return EXIT_WRITE_FAILED
    verb = "installed" if install else "removed"
    for path in paths:
        print(f"{verb} {path}")
    if not paths:
        print("nothing to remove: the desktop entry was not installed")
    return EXIT_OK


def reset_settings() -> None:
    """``--reset-settings``: forget them all, and say where they were."""
    from explorer.qt.settings import reset_settings as forget
    from explorer.qt.settings import use_settings_file

    use_settings_file(ORGANIZATION, APPLICATION)

    print(f"timeline-explorer: settings reset ({forget()})", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    name = args.dataset or "the built-in dataset"
    if args.reset_settings:
        reset_settings()
        if argv_is_only_reset(args):
            return EXIT_OK
    if args.install_desktop or args.uninstall_desktop:
        return desktop_integration(install=args.install_desktop)
    try:
        if export_choices_given(args) and not args.export:
            raise UsageError(f"{', '.join(export_choices_given(args))}: only with --export FILE")
        plan = export_plan(args) if args.export else None
        if args.dataset and not (args.export or args.screenshot):
            from explorer.qt.loading import loads_in_background

            if loads_in_background(args.dataset):
                return run_window_loading(args)
        result = load(args.dataset)
        report_warnings(result, name)
        check_selection(result.dataset, args.select, name)
        if plan is not None:
            headless_export(args, result.dataset, plan)
            return EXIT_OK
        return run_window(args, result)
    except (DatasetError, UsageError) as error:
        print(f"timeline-explorer: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ExportError as error:
        print(f"timeline-explorer: error: {error}", file=sys.stderr)
        return EXIT_WRITE_FAILED
    except KeyboardInterrupt:
        return 130
