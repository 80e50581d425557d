"""The picture choices of the Export Summary dialog: size, scale, time shown, legend.

They show when PNG or SVG is the chosen format and are remembered like the dialog's other
choices. "Current view" is the time range the window's timeline shows when the dialog opens;
"Whole timeline" fits the picture to the events.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from explorer.core.picture import (
    MAX_SCALE,
    MAX_SIDE,
    MIN_SCALE,
    MIN_SIDE,
    PictureOptions,
)
from explorer.qt import settings


class PictureChoices:
    """The picture rows of ``form``: each added with its label, shown or hidden together."""

    def __init__(
        self,
        form: QFormLayout,
        parent: QWidget,
        view_range: tuple[float, float] | None = None,
    ) -> None:
        self._form = form
        self._view_range = view_range
        self.width_box = _side_box(parent, "pictureWidth")
        self.width_box.setValue(settings.PICTURE_WIDTH.get())
        self.height_box = _side_box(parent, "pictureHeight")
        self.height_box.setValue(settings.PICTURE_HEIGHT.get())
        self.scale_box = QDoubleSpinBox(parent)
        self.scale_box.setObjectName("pictureScale")
        self.scale_box.setRange(MIN_SCALE, MAX_SCALE)
        self.scale_box.setSingleStep(0.5)
        self.scale_box.setDecimals(1)
        self.scale_box.setSuffix("×")
        self.scale_box.setValue(settings.PICTURE_SCALE.get())
        self.scale_box.setToolTip(
            QCoreApplication.translate(
                "PictureChoices",
                "Pixels of the PNG per pixel of the picture: 2 is sharp on fine screens",
            )
        )
        self.shows_box = QComboBox(parent)
        self.shows_box.setObjectName("pictureShows")
        if view_range is not None:
            self.shows_box.addItem(
                QCoreApplication.translate("PictureChoices", "Current view"), "view"
            )
        self.shows_box.addItem(
            QCoreApplication.translate("PictureChoices", "Whole timeline"), "all"
        )
        index = self.shows_box.findData(settings.PICTURE_SHOWS.get())
        self.shows_box.setCurrentIndex(max(0, index))
        self.legend_box = QCheckBox(
            QCoreApplication.translate("PictureChoices", "Legend of the kinds of events"), parent
        )
        self.legend_box.setObjectName("pictureLegend")
        self.legend_box.setChecked(settings.PICTURE_LEGEND.get())
        self._rows: list[QWidget] = [
            self.width_box,
            self.height_box,
            self.scale_box,
            self.shows_box,
            self.legend_box,
        ]
        form.addRow(QCoreApplication.translate("PictureChoices", "Width:"), self.width_box)
        form.addRow(QCoreApplication.translate("PictureChoices", "Height:"), self.height_box)
        form.addRow(QCoreApplication.translate("PictureChoices", "Scale:"), self.scale_box)
        form.addRow(QCoreApplication.translate("PictureChoices", "Shows:"), self.shows_box)
        form.addRow("", self.legend_box)

    def changed_signals(self) -> list[SignalInstance]:
        """The signals a change of any choice sends (the preview follows them)."""
        return [
            self.width_box.valueChanged,
            self.height_box.valueChanged,
            self.scale_box.valueChanged,
            self.shows_box.currentIndexChanged,
            self.legend_box.toggled,
        ]

    def set_format(self, format_name: str) -> None:
        """Show the rows for a picture format (the scale for PNG only), hide them otherwise."""
        picture = format_name in ("png", "svg")
        for widget in self._rows:
            self._form.setRowVisible(widget, picture)
        self._form.setRowVisible(self.scale_box, format_name == "png")

    def options(self) -> PictureOptions:
        shows_view = self.shows_box.currentData() == "view"
        return PictureOptions(
            width=self.width_box.value(),
            height=self.height_box.value(),
            scale=round(self.scale_box.value(), 2),
            time_range=self._view_range if shows_view else None,
            legend=self.legend_box.isChecked(),
        )

    def remember(self) -> None:
        settings.PICTURE_WIDTH.set(self.width_box.value())
        settings.PICTURE_HEIGHT.set(self.height_box.value())
        settings.PICTURE_SCALE.set(self.scale_box.value())
        settings.PICTURE_SHOWS.set(str(self.shows_box.currentData()))
        settings.PICTURE_LEGEND.set(self.legend_box.isChecked())


def _side_box(parent: QWidget, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(MIN_SIDE, MAX_SIDE)
    box.setSingleStep(100)
    box.setSuffix(QCoreApplication.translate("PictureChoices", " px"))
    return box
