"""The Qt layer: models, the timeline view, the detail pane, the main window, Qt exporters."""
