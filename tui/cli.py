"""Command line: arguments, exit codes, and the choice between the reader and stdout.

Every failure a user can cause ends as one line on stderr and a documented exit
code (see ``tui.errors``); ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from tui import __version__
from tui.arguments import ArgumentParser
from tui.errors import EXIT_INTERRUPTED, BriefingError, UsageError
from tui.sources import DEFAULT_DEADLINE, DEFAULT_MAX_BYTES, FetchOptions

FORMATS = ("text", "markdown", "json")
SUBCOMMANDS = ("notes", "history")

EPILOG = """\
exit codes: 0 ok, 2 usage or malformed URL, 3 notes I/O, 4 network, 5 TLS,
6 HTTP status or bad redirect, 7 unsupported or oversized content,
8 nothing readable, 130 interrupted.
subcommands: `briefing notes [--locate]` lists saved notes; `briefing history` lists read articles.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="briefing",
        description="Read an article from a URL, a file or stdin (-): clean text, figures, "
        "entities. Opens the reader in a terminal; prints when piped or with --format.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="URL, file path or -")
    parser.add_argument("-f", "--format", choices=FORMATS, help="print, not the reader")
    parser.add_argument("--raw", action="store_true", help="input is clean text: only sanitise")
    parser.add_argument("--full", action="store_true", help="the whole page's text, no extraction")
    parser.add_argument("--facts", action="store_true", help="markdown: add figures and entities")
    parser.add_argument("--demo", action="store_true", help="open the bundled sample article")
    parser.add_argument("--save-note", action="store_true", help="save a note and print its path")
    parser.add_argument("--notes-dir", metavar="DIR", help="notes folder (or BRIEFING_NOTES_DIR)")
    parser.add_argument("-i", "--input", metavar="FILE", help="read sources, one per line")
    parser.add_argument("--refresh", action="store_true", help="refetch instead of using the cache")
    parser.add_argument("-j", "--jobs", type=int, default=8, help="sources fetched at once (8)")
    parser.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / 1024 / 1024,
        metavar="MIB",
        help="largest page accepted, in MiB (5)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_DEADLINE,
        metavar="SECONDS",
        help="overall deadline for one URL (30)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def _fetch_options(args: argparse.Namespace) -> FetchOptions:
    if args.max_size <= 0 or args.timeout <= 0:
        raise UsageError("--max-size and --timeout must be positive")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    return FetchOptions(
        max_bytes=int(args.max_size * 1024 * 1024),
        deadline=args.timeout,
        timeout=min(10.0, args.timeout),
    )


def _bundled_sample() -> str:
    from importlib.resources import files

    return str(files("tui") / "data" / "sample-article.html")


def _print(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _read(location: str, args: argparse.Namespace, options: FetchOptions):
    """The source's bytes; URLs through the page cache (fresh copies, offline fallback)."""
    from tui.collection.cli import read_source_cached

    return read_source_cached(location, options, refresh=args.refresh)


def _print_one(location: str, args: argparse.Namespace, options: FetchOptions) -> int:
    """Load one source and print it in the chosen format (text when piped)."""
    return _print_one_document(_read(location, args, options), args, options)


def _print_one_document(raw, args: argparse.Namespace, options: FetchOptions) -> int:
    """Print a source already read; a feed becomes a briefing of its articles."""
    from tui.pipeline import analyse, article_from_document

    if _is_feed(raw):
        if raw.location == "-":
            raise UsageError("a feed on standard input: give the feed's URL or file instead")
        return _run_collection([raw.location], args, options, interactive=False, read=raw)
    article = article_from_document(raw, raw_text=args.raw, full=args.full)
    fmt = args.format or "text"
    if fmt == "text":
        _print(_render_text(article))
        return 0
    needs_analysis = fmt == "json" or args.facts
    briefing = analyse(article) if needs_analysis else _bare(article)
    if fmt == "json":
        from tui.render.json import render_json

        _print(render_json(briefing) + "\n")
    else:
        from tui.render.markdown import render_markdown

        _print(render_markdown(briefing, facts=args.facts))
    return 0


def _render_text(article) -> str:
    from tui.render.text import render_text

    return render_text(article)


def _bare(article):
    from tui.model import Briefing

    return Briefing(article)


def _is_feed(raw) -> bool:
    from tui.collection.feeds import is_feed

    return is_feed(raw)


def _run_collection(
    locations: list[str],
    args: argparse.Namespace,
    options: FetchOptions,
    *,
    interactive: bool,
    read=None,
) -> int:
    """A briefing of ``locations``; ``read``: the one source already read (a feed)."""
    from tui.collection.cli import run_collection

    return run_collection(
        locations,
        args.input,
        options,
        fmt=args.format,
        refresh=args.refresh,
        concurrency=args.jobs,
        notes_dir=args.notes_dir,
        interactive=interactive,
        save_note=args.save_note,
        already_read={read.location: read} if read is not None else None,
    )


def _save_note(location: str, args: argparse.Namespace, options: FetchOptions) -> int:
    """Save the article's note without the reader: the note's path on stdout; a conflict
    copy (the note changed in a way that cannot be merged) is named on stderr too."""
    from tui.notes import ensure_notes_folder, resolve_notes_dir, save_note
    from tui.pipeline import analyse, article_from_document

    folder = resolve_notes_dir(args.notes_dir)
    ensure_notes_folder(folder)  # an unusable folder fails before the slow part
    raw = _read(location, args, options)
    if _is_feed(raw) and location != "-":  # a briefing: article notes plus a briefing note
        return _run_collection([location], args, options, interactive=False, read=raw)
    article = article_from_document(raw, raw_text=args.raw, full=args.full)
    saved = save_note(analyse(article), (), folder)
    if saved.conflict_path is not None:
        reason = f" ({saved.conflict_reason})" if saved.conflict_reason else ""
        report(
            f"the note {saved.path} changed in a way that cannot be merged{reason}; "
            f"left it untouched and wrote {saved.conflict_path}"
        )
        _print(f"{saved.conflict_path}\n")
    else:
        _print(f"{saved.path}\n")
    return 0


def _open_reader(location: str, args: argparse.Namespace, options: FetchOptions) -> int:
    from tui.collection.feeds import probably_feed

    if probably_feed(location):
        return _run_collection([location], args, options, interactive=True)
    return _run_reader(location, args, options)


def _open_reader_on_stdin(args: argparse.Namespace, options: FetchOptions) -> int:
    """``cmd | briefing -`` in a terminal: read the page from the pipe, then take the
    keyboard from the terminal (as ``less`` does) and open the reader on it."""
    from tui.sources import read_source

    raw = read_source("-", options)
    if _is_feed(raw) or not _keyboard_from_terminal():  # a feed: the one-line error
        return _print_one_document(raw, args, options)
    return _run_reader("-", args, options, document=raw)


def _run_reader(location: str, args: argparse.Namespace, options: FetchOptions, document=None):
    from tui.app import run_app
    from tui.notes import resolve_notes_dir

    return run_app(
        location,
        options,
        raw_text=args.raw,
        notes_dir=resolve_notes_dir(args.notes_dir),
        refresh=args.refresh,
        document=document,
    )


def _keyboard_from_terminal() -> bool:
    """Point standard input at the controlling terminal; False when there is none."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(tty, sys.stdin.fileno())
    os.close(tty)
    return True


def run(argv: list[str]) -> int:
    """Parse ``argv`` and do the job. Raises BriefingError for user-facing failures."""
    if argv and argv[0] in SUBCOMMANDS:
        return _subcommand(argv[0], argv[1:])
    args = build_parser().parse_args(argv)
    options = _fetch_options(args)
    interactive = sys.stdout.isatty() and args.format is None
    sources = list(args.sources)
    if args.demo:
        sources = [_bundled_sample()]
    if not sources and not args.input:
        if interactive:
            sources = [_bundled_sample()]
        elif not sys.stdin.isatty():
            sources = ["-"]
        else:
            raise UsageError("no source given: briefing URL|FILE|- (see briefing --help)")
    if args.input or len(sources) > 1:
        return _run_collection(sources, args, options, interactive=interactive)
    location = sources[0]
    if args.save_note:
        return _save_note(location, args, options)
    if interactive and location == "-":
        return _open_reader_on_stdin(args, options)
    if interactive:
        return _open_reader(location, args, options)
    return _print_one(location, args, options)


def _subcommand(name: str, argv: list[str]) -> int:
    if name == "notes":
        from tui.notes.cli import notes_command

        return notes_command(argv)
    from tui.collection.cli import history_command

    return history_command(argv)


def _quiet_broken_pipe() -> int:
    """The reader of our output went away (``| head -1``): stop quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def report(message: str) -> None:
    """One line on stderr, the only way failures are shown outside the reader."""
    print(f"briefing: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        return run(argv)
    except BriefingError as error:
        if debug:
            traceback.print_exc()
        report(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        report("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except Exception as error:  # a bug: say so in one line, details with --debug
        if debug:
            traceback.print_exc()
        report(f"internal error: {type(error).__name__}: {error} (run with --debug for details)")
        return 1
