"""Where article bytes come from: an http(s) URL, a local file, or stdin.

Everything is read with a size cap; URLs go through ``fetch`` (timeouts, deadline,
redirect and decompression limits).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tui.errors import UnsupportedContentError, UsageError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_DEADLINE = 30.0

Progress = Callable[[str, int], None]
"""Called as ``progress(stage, amount)``: stage is "fetching" (amount = bytes so far),
"extracting" or "analysing" (amount 0)."""


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Limits for reading one source."""

    max_bytes: int = DEFAULT_MAX_BYTES
    deadline: float = DEFAULT_DEADLINE  # overall seconds for one URL, redirects included
    timeout: float = 10.0  # connect / read timeout per operation
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Undecoded bytes plus what the transport said about them."""

    data: bytes
    location: str  # what the user gave
    url: str | None = None  # final URL after redirects, for URLs
    content_type: str | None = None  # media type from the header, lower case
    charset: str | None = None  # charset parameter from the header


def is_url(location: str) -> bool:
    """True for anything that looks like a URL (has a scheme and ://)."""
    return "://" in location and bool(urlsplit(location).scheme)


def read_source(
    location: str,
    options: FetchOptions | None = None,
    progress: Progress | None = None,
) -> RawDocument:
    """Read a URL, ``-`` (stdin) or a file path into a ``RawDocument``."""
    options = options or FetchOptions()
    if is_url(location):
        from tui.fetch import fetch_url  # httpx is only imported when a URL is read

        return fetch_url(location, options, progress)
    if location == "-":
        return RawDocument(_read_capped(sys.stdin.buffer, options.max_bytes, "stdin"), "-")
    path = Path(location).expanduser()
    if not path.exists():
        raise UsageError(f"no such file: {location}")
    if path.is_dir():
        raise UsageError(f"is a directory, not a page: {location}")
    try:
        with path.open("rb") as handle:
            data = _read_capped(handle, options.max_bytes, location)
    except OSError as error:
        raise UsageError(f"cannot read {location}: {error.strerror or error}") from None
    return RawDocument(data, location, url=None)


def _read_capped(handle, max_bytes: int, name: str) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnsupportedContentError(
            f"{name} is larger than the {max_bytes // 1024} KiB limit (see --max-size)"
        )
    return data
