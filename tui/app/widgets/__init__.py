"""Widgets of the reader: the article view, the facts panel, the legend, status views."""
