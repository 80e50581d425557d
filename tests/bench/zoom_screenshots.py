"""Pictures of the window at five zoom levels, in both languages and both themes, to look at.

Run: ``python tests/bench/zoom_screenshots.py OUT_DIR``. Writes ``{language}-{theme}-{n}.png``
(1280×800) for the whole timeline, the 1980s–1991, 1991, December 1991 and the week of 8 December
1991 with the Belovezha Accords selected, and one contact sheet per language and theme.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from explorer.app import create_main_window, ensure_application, take_screenshot  # noqa: E402
from explorer.core.dates import PartialDate  # noqa: E402
from explorer.qt.style import apply_style  # noqa: E402

RANGES = [
    None,  # the whole timeline
    ("1982", "1992-06"),
    ("1991-01", "1992-01"),
    ("1991-12", "1992-01"),
    ("1991-12-05", "1991-12-12"),
]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "zoom-screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application(headless=True)
    for theme in ("light", "dark"):
        apply_style(app, theme)
        for language in ("en", "ar"):
            window = create_main_window(language=language)
            window.select_event("belovezha-accords")
            for number, span in enumerate(RANGES, start=1):
                if span is None:
                    window.timeline_view.fit_all()
                else:
                    start = PartialDate.parse(span[0]).start_time()
                    end = PartialDate.parse(span[1]).start_time()
                    window.timeline_view.set_visible_range(start, end)
                path = out / f"{language}-{theme}-{number}.png"
                take_screenshot(window, str(path))
                print(path)
            window.close()


if __name__ == "__main__":
    main()
