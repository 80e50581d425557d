"""The Qt-free core: dates, the dataset schema, loaders, summaries and text exporters."""
