"""The command line's choices for an export: the parts of a summary, and a picture's size, scale,
time range and legend.

Each reader raises ValueError with one line saying what is wrong and what to write instead; the
command line (:mod:`explorer.app`) turns it into a usage error (exit code 2).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from explorer.core.export_formats import PICTURE_FORMATS

if TYPE_CHECKING:
    from explorer.core.picture import PictureOptions


def add_export_choices(parser: argparse.ArgumentParser) -> None:
    """``--include``, and ``--size``, ``--scale``, ``--range``, ``--no-legend`` for pictures."""
    parser.add_argument(
        "--include",
        metavar="PARTS",
        help="the parts of each event a summary shows, comma-separated, from causes, "
        "participants, matrix, sources, translations, picture (default: all of them)",
    )
    picture = parser.add_argument_group("pictures (PNG, SVG)")
    picture.add_argument(
        "--size",
        metavar="WxH",
        help="the picture's size in pixels, e.g. 2400x1200 (default 1600x900)",
    )
    picture.add_argument(
        "--scale", metavar="N", help="device pixels per pixel of a PNG, 0.5 to 4 (default 2)"
    )
    picture.add_argument(
        "--range",
        metavar="START..END",
        help="the time the picture shows, dates as Go to Date takes them (1985..1991-12, "
        "'March 1985..December 1991'), or 'all' for the whole timeline (the default)",
    )
    picture.add_argument(
        "--no-legend", action="store_true", help="leave out the legend of the kinds of events"
    )


def export_choices_given(args: argparse.Namespace) -> list[str]:
    """The export choices on the command line, by option name (they need ``--export``)."""
    return [
        option
        for option, value in (
            ("--include", args.include),
            ("--size", args.size),
            ("--scale", args.scale),
            ("--range", args.range),
            ("--no-legend", args.no_legend or None),
        )
        if value is not None
    ]


def picture_options(args: argparse.Namespace, format_name: str) -> PictureOptions:
    """The picture ``--size``, ``--scale``, ``--range`` and ``--no-legend`` ask for."""
    from explorer.core.picture import (
        PictureOptions,
        parse_scale,
        parse_size,
        parse_time_range,
    )

    given = [option for option in export_choices_given(args) if option != "--include"]
    if given and format_name not in PICTURE_FORMATS:
        raise ValueError(
            f"{', '.join(given)}: only for pictures; export to a .png or .svg file "
            "(or add --format png|svg)"
        )
    options = PictureOptions(legend=not args.no_legend)
    if args.size is not None:
        width, height = parse_size(args.size)
        options = replace(options, width=width, height=height)
    if args.scale is not None:
        options = replace(options, scale=parse_scale(args.scale))
    if args.range is not None:
        options = replace(options, time_range=parse_time_range(args.range))
    if format_name == "png" and options.png_problem():
        raise ValueError(f"{args.export}: {options.png_problem()}")
    return options


def included_parts(text: str | None) -> frozenset[str]:
    """The summary parts ``--include`` names (all of them when it is not given)."""
    from explorer.core.summary import PARTS

    if text is None:
        return frozenset(PARTS)
    parts = {part.strip() for part in text.split(",") if part.strip()}
    unknown = sorted(parts - set(PARTS))
    if unknown:
        raise ValueError(
            f"--include {text!r}: no part called {', '.join(map(repr, unknown))}; "
            f"choose from {','.join(PARTS)}"
        )
    return frozenset(parts)
