"""Bytes to text. PLACEHOLDER: the fetch work replaces this with browser-order decoding."""

from __future__ import annotations

from tui.errors import UnsupportedContentError
from tui.sources import RawDocument


def sniff_kind(raw: RawDocument) -> str:
    """Return "html" or "text"; raise UnsupportedContentError for anything else."""
    head = raw.data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        raise UnsupportedContentError("received a PDF document, not a web page")
    if b"<html" in head or b"<!doctype html" in head or b"<p" in head:
        return "html"
    return "text"


def decode(raw: RawDocument) -> str:
    """Decode the document's bytes to str."""
    return raw.data.decode("utf-8", errors="replace")
