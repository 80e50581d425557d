"""Style sheets of the HTML export: one for browsers (screen and print), one for QTextDocument.

The browser style uses logical properties (``margin-inline-start``…) so one sheet serves both
directions. Arabic gets a taller line height and no letter spacing, which would break the joining
of Arabic letters. The QTextDocument sheets keep to what Qt's rich text supports: simple selectors,
colours, fonts, margins and table borders.
"""

from __future__ import annotations

_LATIN_FIRST = (
    '"Noto Sans", "Noto Sans Arabic", system-ui, -apple-system, "Segoe UI", Roboto, Arial, '
    "sans-serif"
)
_ARABIC_FIRST = '"Noto Sans Arabic", "Noto Sans", "Segoe UI", Tahoma, Arial, sans-serif'

KIND_COLORS = {"event": "#2563eb", "treaty": "#b45309", "cause": "#7c3aed", "period": "#047857"}
STATUS_COLORS = {
    "signed": "#047857",
    "observer": "#4b5563",
    "absent": "#b91c1c",
    "not_party": "#6b7280",
}


def font_stack(language: str) -> str:
    """The CSS font-family list: the bundled Noto fonts first, in the order the language needs."""
    return _ARABIC_FIRST if language == "ar" else _LATIN_FIRST


def _kind_and_status_rules() -> str:
    kinds = "".join(
        f".kind-{kind} {{ --kind-color: {color}; }}\n" for kind, color in KIND_COLORS.items()
    )
    statuses = "".join(
        f".status-{status} .status-label {{ color: {color}; }}\n"
        for status, color in STATUS_COLORS.items()
    )
    return kinds + statuses


def screen_style(language: str) -> str:
    """The browser style sheet, with print rules for paper."""
    arabic = language == "ar"
    line_height = "1.85" if arabic else "1.6"
    print_line_height = "1.6" if arabic else "1.4"
    small_caps = (
        "font-size: .95rem;"
        if arabic
        else "font-size: .78rem; text-transform: uppercase; letter-spacing: .07em;"
    )
    return f"""\
:root {{
  color-scheme: light;
  --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff; --wash: #f5f6f8;
  --accent: #1d4ed8; --kind-color: #2563eb;
}}
* {{ box-sizing: border-box; }}
html {{ background: var(--wash); }}
body {{
  margin: 0 auto; max-width: 54rem; padding: 2.5rem 1.5rem 4rem;
  font-family: {font_stack(language)};
  font-size: 16px; line-height: {line_height}; color: var(--ink);
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}}
a {{ color: var(--accent); text-decoration: none; }}
a:hover {{ text-decoration: underline; }}
.document-header {{
  border-block-end: 3px solid var(--ink); padding-block-end: 1.25rem; margin-block-end: 2rem;
}}
h1 {{ font-size: 2.1rem; line-height: 1.25; margin: 0 0 .5rem; }}
.description {{ font-size: 1.1rem; color: #374151; margin: .25rem 0; }}
.byline {{ color: var(--muted); font-size: .9rem; margin: .75rem 0 0; }}
.contents {{
  background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 1rem 1.5rem; margin-block-end: 2rem;
}}
.contents h2 {{ {small_caps} color: var(--muted); margin: 0 0 .5rem; }}
.contents ol {{ margin: 0; padding-inline-start: 1.5rem; columns: 2 20rem; column-gap: 2rem; }}
.contents li {{ break-inside: avoid; }}
.contents .date {{ color: var(--muted); font-size: .85rem; white-space: nowrap; }}
.event {{
  background: var(--paper); border: 1px solid var(--line);
  border-inline-start: 5px solid var(--kind-color); border-radius: 10px;
  padding: 1.25rem 1.5rem; margin-block-end: 1.5rem; box-shadow: 0 1px 3px rgb(0 0 0 / 5%);
}}
{_kind_and_status_rules()}.event:target {{ box-shadow: 0 0 0 3px rgb(29 78 216 / 25%); }}
.kind {{ margin: 0; }}
.badge {{
  display: inline-block; font-size: .78rem; font-weight: 600; padding: .05rem .6rem;
  border-radius: 999px; color: var(--kind-color); background: #f3f4f6;
  background: color-mix(in srgb, var(--kind-color) 11%, white);
}}
.event h2 {{ font-size: 1.45rem; line-height: 1.3; margin: .4rem 0 .15rem; }}
.meta {{ color: var(--muted); margin: 0 0 .75rem; }}
.meta .date {{ color: var(--ink); font-weight: 600; }}
.summary {{ margin: .5rem 0; }}
h3 {{ {small_caps} color: var(--muted); font-weight: 700; margin: 1.25rem 0 .4rem; }}
.references {{ margin: 0; padding-inline-start: 1.25rem; }}
table.participants {{ width: 100%; border-collapse: collapse; font-size: .95rem; }}
.participants th {{
  text-align: start; font-weight: 600; background: var(--wash);
  border-block-end: 2px solid var(--line); padding: .45rem .6rem;
}}
.participants td {{
  padding: .45rem .6rem; border-block-end: 1px solid var(--line); vertical-align: top;
}}
.status-label {{ font-weight: 600; white-space: nowrap; }}
.participation {{ margin-block: 1.5rem 2rem; }}
.not-a-party .status-label {{ font-weight: 400; color: var(--muted, #6b7280); }}
td.note {{ color: #4b5563; }}
.cite {{ font-size: .72em; line-height: 0; white-space: nowrap; margin-inline-start: .1em; }}
.notes {{ margin-block-start: 2.5rem; }}
.notes h2 {{
  font-size: 1.45rem; border-block-end: 2px solid var(--ink); padding-block-end: .3rem;
}}
ol.endnotes {{ margin: 0; padding-inline-start: 2.25rem; font-size: .92rem; }}
.endnotes > li {{ margin-block-end: .75rem; scroll-margin-block-start: 1rem; }}
.endnotes > li:target {{ background: #fef9c3; }}
.citation {{ margin: 0 0 .2rem; }}
.backlinks {{ color: var(--muted); font-size: .8rem; margin-inline-end: .2rem; }}
.backlinks a {{ padding-inline: .1em; }}
.url {{ font-size: .85rem; overflow-wrap: anywhere; }}
blockquote.quote {{
  margin: .2rem 0; padding: .3rem .75rem; font-size: .9rem; color: #374151;
  background: var(--wash); border-inline-start: 3px solid #d1d5db; border-radius: 4px;
}}
.translation-label {{ color: var(--muted); font-style: italic; }}
.source-note {{ color: var(--muted); font-size: .85rem; margin: .2rem 0 0; }}
.empty {{ color: var(--muted); font-style: italic; }}
.colophon {{ color: var(--muted); font-size: .8rem; text-align: center; margin-block-start: 3rem; }}
@page {{ size: A4; margin: 14mm 15mm 15mm; }}
@media print {{
  html {{ background: none; }}
  body {{ max-width: none; padding: 0; font-size: 10pt; line-height: {print_line_height}; }}
  a {{ color: inherit; }}
  .cite a {{ color: var(--accent); }}
  .document-header {{ padding-block-end: .5rem; margin-block-end: .9rem; }}
  h1 {{ font-size: 19pt; }}
  .description {{ font-size: 10.5pt; }}
  .contents {{ border: none; padding: 0; margin-block-end: 1rem; font-size: 9pt; }}
  .event {{
    border: none; border-inline-start: 2pt solid var(--kind-color); border-radius: 0;
    box-shadow: none; padding: 0; padding-inline-start: .75rem; margin-block-end: .9rem;
  }}
  .event h2 {{ font-size: 13pt; margin-block-start: .1rem; }}
  .meta {{ margin-block-end: .3rem; }}
  .summary {{ margin-block: .3rem; }}
  h3 {{ margin-block: .5rem .15rem; }}
  ul.references {{ padding: 0; list-style: none; }}
  ul.references li {{ display: inline; }}
  ul.references li:not(:last-child)::after {{ content: " · "; }}
  .participants th, .participants td {{ padding: .15rem .4rem; }}
  table.participants {{ font-size: 8.5pt; }}
  .participants:not(.matrix) td.party {{ width: 18%; }}
  td.representatives {{ width: 36%; }}
  thead {{ display: table-header-group; }}
  h1, h2, h3, .kind, .event header {{ break-after: avoid; }}
  tr, blockquote, .citation, .endnotes > li, .contents li {{ break-inside: avoid; }}
  .participation {{ margin-block: .5rem 1rem; }}
  .notes {{ margin-block-start: 1.25rem; }}
  .notes h2 {{ font-size: 13pt; }}
  ol.endnotes {{
    font-size: 8pt; line-height: 1.3; padding-inline-start: 1.5rem;
    columns: 2; column-gap: 7mm;
  }}
  .endnotes > li {{ margin-block-end: .3rem; }}
  .endnotes > li:has(> blockquote:nth-of-type(4)) {{ break-inside: auto; }}
  .citation {{ break-after: avoid; }}
  .backlinks {{ display: none; }}
  .url {{ font-size: 7.5pt; color: var(--accent); }}
  blockquote.quote {{
    background: none; border-radius: 0; border-inline-start-width: 1.5pt;
    padding: 0 .4rem; margin-block: .1rem; font-size: 7.5pt;
  }}
  .source-note {{ font-size: 7.5pt; }}
  .colophon {{ margin-block-start: 1rem; }}
}}
"""


def print_style(language: str) -> str:
    """The QTextDocument style sheet of the print HTML: no variables, no logical properties.

    Qt reads ``text-align: left`` as "at the start of the line", so it is right-aligned in a
    right-to-left document: the same sheet serves both directions.
    """
    kinds = "".join(
        f".kind-{kind} .badge {{ color: {color}; }}\n" for kind, color in KIND_COLORS.items()
    )
    statuses = "".join(
        f".status-{status} .status-label {{ color: {color}; }}\n"
        for status, color in STATUS_COLORS.items()
    )
    return f"""\
body {{ font-family: {font_stack(language)}; color: #1f2937; }}
h1 {{ font-size: 20pt; font-weight: bold; margin-bottom: 4px; }}
.description {{ font-size: 11.5pt; color: #374151; margin-top: 2px; margin-bottom: 2px; }}
.byline {{ font-size: 9pt; color: #6b7280; margin-top: 6px; margin-bottom: 14px; }}
.kind {{ font-size: 8.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 0px; }}
{kinds}h2 {{ font-size: 14pt; font-weight: bold; margin-top: 2px; margin-bottom: 2px; }}
.meta {{ color: #4b5563; margin-top: 0px; margin-bottom: 6px; }}
.date {{ font-weight: bold; color: #1f2937; }}
.summary {{ margin-top: 4px; margin-bottom: 4px; }}
h3 {{ font-size: 10pt; font-weight: bold; color: #6b7280; margin-top: 10px; margin-bottom: 3px; }}
table.participants {{ border-collapse: collapse; border-color: #d1d5db; border-style: solid; }}
th {{ background-color: #f3f4f6; font-weight: bold; text-align: left; }}
td {{ vertical-align: top; }}
.status-label {{ font-weight: bold; }}
{statuses}.note {{ color: #4b5563; }}
.matrix {{ font-size: 8.5pt; }}
.not-a-party .status-label {{ font-weight: normal; color: #9ca3af; }}
.cite {{ font-size: 8pt; color: #1d4ed8; }}
.citation {{ margin-top: 4px; margin-bottom: 2px; }}
.url {{ color: #1d4ed8; font-size: 9pt; }}
blockquote {{ background-color: #f5f6f8; color: #374151; margin-top: 2px; margin-bottom: 4px; }}
.translation {{ color: #374151; margin-top: 2px; margin-bottom: 4px; }}
.translation-label {{ color: #6b7280; font-style: italic; }}
.source-note {{ font-size: 9pt; color: #6b7280; margin-top: 2px; margin-bottom: 6px; }}
.empty {{ color: #6b7280; font-style: italic; }}
.colophon {{ font-size: 8pt; color: #9ca3af; margin-top: 24px; }}
"""


def handout_style(language: str) -> str:
    """The handout's QTextDocument style sheet: the print sheet's rules, compact, for paper.

    Every selector names its element (``p.meta``, not ``.meta``): Qt tries a rule without one on
    every element of the document, reading and splitting its ``class`` each time, but a rule
    with one only on that element. The handout's 10,000 events parse a third faster so.
    """
    kinds = "".join(
        f"p.kind-{kind} span.badge {{ color: {color}; }}\n" for kind, color in KIND_COLORS.items()
    )
    statuses = "".join(
        f"tr.status-{status} span.status-label, td.status-{status} span.status-label "
        f"{{ color: {color}; }}\n"
        for status, color in STATUS_COLORS.items()
    )
    style = f"""\
body {{ font-family: {font_stack(language)}; color: #1f2937; }}
h1 {{ font-size: 18pt; font-weight: bold; margin-bottom: 2px; }}
h2 {{ font-size: 12.5pt; font-weight: bold; margin-top: 9px; margin-bottom: 0px; }}
h3 {{ font-size: 9pt; font-weight: bold; color: #6b7280; margin-top: 5px; margin-bottom: 1px; }}
p.description {{ font-size: 10pt; color: #374151; margin-top: 2px; margin-bottom: 2px; }}
p.byline {{ font-size: 9pt; color: #6b7280; margin-top: 6px; margin-bottom: 6px; }}
p.meta {{ font-size: 9pt; color: #4b5563; margin-top: 0px; margin-bottom: 2px; }}
span.badge {{ font-weight: bold; }}
{kinds}span.date {{ font-weight: bold; color: #1f2937; }}
p.summary {{ margin-top: 2px; margin-bottom: 2px; }}
span.cite {{ font-size: 7.5pt; color: #1d4ed8; }}
p.references {{ font-size: 9pt; margin-top: 0px; margin-bottom: 0px; }}
table.participants {{
  border-collapse: collapse; border-color: #d1d5db; border-style: solid;
  font-size: 8.5pt; margin-top: 2px;
}}
table.matrix {{ font-size: 7.5pt; }}
th {{ background-color: #f3f4f6; font-weight: bold; text-align: left; }}
td {{ vertical-align: top; }}
td.note {{ color: #4b5563; }}
span.status-label {{ font-weight: bold; }}
{statuses}td.not-a-party span.status-label {{ font-weight: normal; color: #9ca3af; }}
p.endnote {{ font-size: 7.5pt; margin-top: 1px; margin-bottom: 1px; }}
p.endnote-quote {{ font-size: 7.5pt; color: #4b5563; margin-top: 0px; margin-bottom: 2px; }}
span.number {{ font-weight: bold; color: #1d4ed8; }}
a.url, span.url {{ color: #1d4ed8; font-size: 7.5pt; }}
p.empty {{ color: #6b7280; font-style: italic; }}
p.colophon {{ font-size: 8pt; color: #9ca3af; margin-top: 10px; }}
"""
    if language == "ar":  # Noto Sans Arabic's line spacing leaves room for marks text rarely has
        style += """\
p { line-height: 85%; }
p.picture { line-height: 100%; }
h2 { line-height: 90%; }
p.endnote, p.endnote-quote { line-height: 80%; }
"""
    return style
