"""The list of sources a briefing starts from: command-line arguments plus ``-i FILE``."""

from __future__ import annotations

from pathlib import Path

from tui.errors import UsageError

MAX_INPUT_BYTES = 1024 * 1024
"""An input list larger than this is surely not a hand-made list of links."""


def parse_source_lines(text: str) -> list[str]:
    """One source per line; blank lines and lines starting with ``#`` are ignored."""
    sources = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            sources.append(line)
    return sources


def read_input_file(path: str) -> list[str]:
    """Sources listed in ``path`` (``-`` reads stdin). Raises UsageError when unreadable."""
    if path == "-":
        import sys

        return parse_source_lines(sys.stdin.read(MAX_INPUT_BYTES))
    file = Path(path).expanduser()
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise UsageError(f"cannot read input list {path}: {error.strerror or error}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise UsageError(f"input list {path} is larger than {MAX_INPUT_BYTES // 1024} KiB")
    return parse_source_lines(data.decode("utf-8", errors="replace"))


def gather_sources(locations: list[str], input_file: str | None) -> list[str]:
    """Arguments first, then the input list, without repeating a source already listed."""
    sources = list(locations)
    if input_file:
        sources.extend(read_input_file(input_file))
    unique = list(dict.fromkeys(sources))
    if not unique:
        raise UsageError("no sources: the input list is empty (see briefing --help)")
    return unique
