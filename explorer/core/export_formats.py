"""Every export format and scope by name, known without loading any exporter (the command line
lists them).

The export registry (:mod:`explorer.core.export`, and :mod:`explorer.qt.exporters` for those drawn
with Qt) holds an exporter for each; a test checks the two agree.
"""

#: The formats, by the name ``--format`` takes.
FORMATS = ("md", "html", "pdf", "odt", "csv", "json", "png", "svg")
#: Those drawn with Qt: a headless export starts an offscreen QApplication for them.
QT_FORMATS = ("pdf", "odt", "png", "svg")
#: Those that are a picture of the timeline.
PICTURE_FORMATS = ("png", "svg")
#: What an export covers: every event, those the search shows, or the selected ones.
SCOPES = ("all", "filtered", "selected")
