"""Entry points the main command line calls for briefings of many sources and for history."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime

from tui.arguments import ArgumentParser
from tui.errors import UsageError
from tui.sources import FetchOptions, Progress, RawDocument, is_url

from .cache import Cache
from .history import History
from .inputs import gather_sources
from .runner import ORIGIN_STALE, CollectionResult, CollectionRunner, obtain


def _stderr(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr)


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "an earlier run"
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


def report_problems(result: CollectionResult) -> None:
    """One line on stderr per failed source and per page shown from an offline copy."""
    for outcome in result.outcomes:
        if not outcome.ok:
            _stderr(f"{outcome.location}: {outcome.error}")
        elif outcome.origin == ORIGIN_STALE:
            _stderr(
                f"{outcome.location}: offline, showing the copy from {_when(outcome.fetched_at)}"
            )


def read_source_cached(
    location: str,
    options: FetchOptions,
    *,
    refresh: bool = False,
    progress: Progress | None = None,
    warn: Callable[[str], None] = _stderr,
) -> RawDocument:
    """``tui.sources.read_source`` through the page cache, for the single-article path:
    a fresh page comes from the cache, and offline the stored copy stands in (``warn``
    says so). Raises BriefingError like ``read_source``."""
    cache = Cache() if is_url(location) else None  # files and stdin are never cached
    try:
        fetched = obtain(location, options, cache, refresh=refresh, progress=progress)
    finally:
        if cache is not None:
            cache.close()
    if fetched.origin == ORIGIN_STALE:
        warn(f"{location}: offline, showing the copy from {_when(fetched.fetched_at)}")
    return fetched.raw


def exit_code(result: CollectionResult) -> int:
    """0 when at least one article was read; else the first failure's code."""
    if result.briefings or not result.outcomes:
        return 0
    return result.outcomes[0].exit_code or 1


def run_collection(
    locations: list[str],
    input_file: str | None,
    options: FetchOptions,
    *,
    fmt: str | None,
    refresh: bool,
    concurrency: int,
    notes_dir: str | None,
    interactive: bool,
    save_note: bool = False,
    already_read: dict | None = None,
) -> int:
    """Read every source (feeds expanded), then open the briefing view, print it, or
    (``save_note``) save the article notes and a briefing note and print its path."""
    if concurrency < 1:
        raise UsageError("--jobs must be at least 1")
    sources = gather_sources(locations, input_file)
    if save_note:
        from tui.notes import ensure_notes_folder, resolve_notes_dir

        ensure_notes_folder(resolve_notes_dir(notes_dir))  # fail before the slow part
    cache = Cache()
    try:
        if interactive and not save_note:
            from tui.app.collection_screen import run_collection_app

            return run_collection_app(
                sources,
                options,
                cache=cache,
                refresh=refresh,
                concurrency=concurrency,
                notes_dir=notes_dir,
            )
        result = CollectionRunner(
            options,
            concurrency=concurrency,
            cache=cache,
            refresh=refresh,
            already_read=already_read,
        ).run(sources)
    finally:
        cache.close()
    if save_note:
        return _save_briefing_note(result, notes_dir)
    from . import render

    renderers = {
        "json": render.render_jsonl,
        "markdown": render.render_markdown,
        "text": render.render_text,
    }
    sys.stdout.write(renderers[fmt or "text"](result))
    sys.stdout.flush()
    report_problems(result)
    return exit_code(result)


def _save_briefing_note(result: CollectionResult, notes_dir: str | None) -> int:
    """The briefing note's path on stdout; failures and conflict copies on stderr."""
    from .note import save_briefing_note

    report_problems(result)
    if not result.briefings:
        return exit_code(result)
    saved = save_briefing_note(result, notes_dir)
    for conflict in saved.conflicts:
        _stderr(f"a note changed in a way that cannot be merged; wrote {conflict}")
    sys.stdout.write(f"{saved.path}\n")
    sys.stdout.flush()
    return 0


def history_command(argv: list[str]) -> int:
    """``briefing history``: the articles read, most recent first."""
    parser = ArgumentParser(prog="briefing history", description="List the articles you have read.")
    parser.add_argument("-n", "--limit", type=int, default=50, help="how many (50; 0 for all)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--clear", action="store_true", help="forget the history")
    args = parser.parse_args(argv)
    if args.limit < 0:
        raise UsageError("history: --limit must be 0 or more")
    history = History()
    try:
        if args.clear:
            print(f"forgot {history.clear()} articles")
            return 0
        entries = history.entries(args.limit or None)
    finally:
        history.close()
    for entry in entries:
        if args.json:
            print(
                json.dumps(
                    {
                        "location": entry.location,
                        "title": entry.title,
                        "site": entry.site,
                        "url": entry.url,
                        "first_read": entry.first_read,
                        "last_read": entry.last_read,
                        "times": entry.times,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            site = f" ({entry.site})" if entry.site else ""
            print(f"{_when(entry.last_read)}  {entry.title}{site}  {entry.location}")
    if not entries and not args.json:
        print("no articles read yet", file=sys.stderr)
    return 0
