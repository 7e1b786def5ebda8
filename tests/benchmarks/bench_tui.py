"""How fast the reader is: first paint of the sample, and a 100,000-word article.

    python tests/benchmarks/bench_tui.py [--runs N]

Keystrokes are timed from writing the key to the pty until the last byte of the
resulting frame arrives (the frame ends when output stops for 80 ms).

1. Start to text: a fresh `python` process runs the reader on the bundled sample in a
   real pseudo-terminal (120x40, Textual's own terminal driver); the time runs from just
   before the process is spawned until the frame holding the first body row has been
   written. Median of N runs. Goal: <= 0.8 s.
2. Large article: a generated 100,000-word article with 5,000 figures and 20,000 entity
   mentions opens in the reader in a real 120x40 pty; the time from creating the app to
   the first text frame, then the time per keystroke (j, space, b, ], G and g).
   Goal: < 50 ms per keystroke.
3. Peak memory (max RSS) of the sample run and of the large-article run.

Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import resource
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import os, sys, time, json, resource
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from tui.app.app import BriefingApp
from tui.app.config import Config
from tui.app.widgets.article_view import ArticleView

out = {out!r}
painted = False


class Probe(ArticleView):
    def render_line(self, y):
        global painted
        strip = super().render_line(y)
        if not painted and self.page is not None:
            painted = True
            # After this refresh the frame with the text has been written to the terminal.
            self.app.call_after_refresh(done, self.app)
        return strip


def done(app):
    with open(out, "w") as handle:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        json.dump({{"painted": time.time(), "opened": opened, "rss_kib": rss}}, handle)
    if {exit_after_paint!r}:
        app.exit()


import tui.app.app as module
module.ArticleView = Probe
if {big!r}:
    import bench_tui
    briefing = bench_tui.big_briefing()
    opened = time.time()
    BriefingApp(briefing=briefing, config=Config()).run()
else:
    opened = None
    BriefingApp(None, config=Config(), notes_dir=None).run()
"""


def start_to_text(runs: int) -> tuple[list[float], int]:
    """Spawn the reader in a pty ``runs`` times; seconds to the first text frame."""
    times, rss = [], 0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "probe.json"
        for _ in range(runs):
            out.unlink(missing_ok=True)
            started = time.time()
            master, child = spawn_in_pty(child_script(out, big=False), folder)
            drain(master, child)
            os.close(master)
            data = json.loads(out.read_text())
            times.append(data["painted"] - started)
            rss = max(rss, data["rss_kib"])
    return times, rss


def spawn_in_pty(script: str, folder: str) -> tuple[int, subprocess.Popen]:
    """Run ``python -c script`` on a fresh 120x40 pseudo-terminal; returns its master."""
    env = {**os.environ, "TERM": "xterm-256color", "BRIEFING_NOTES_DIR": folder}
    env.pop("NO_COLOR", None)
    master, slave = pty.openpty()
    fcntl_size(slave, 40, 120)
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    return master, child


def child_script(out: Path, *, big: bool) -> str:
    return CHILD.format(
        root=str(ROOT),
        bench=str(Path(__file__).parent),
        out=str(out),
        big=big,
        exit_after_paint=not big,
    )


KEYS = {"j": b"j", "space": b" ", "b": b"b", "]": b"]", "G": b"G", "g": b"g"}


def large_article_in_terminal() -> dict[str, float]:
    """Open the generated article in a real pty, then time each keystroke's frame."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "probe.json"
        master, child = spawn_in_pty(child_script(out, big=True), folder)
        deadline = time.monotonic() + 60
        while not out.exists() and time.monotonic() < deadline:
            read_quiet(master, 0.05)
        read_quiet(master, 0.3)
        data = json.loads(out.read_text())
        sequence = ["j"] * 20 + ["space"] * 20 + ["b"] * 10 + ["]"] * 10 + ["G", "g"] * 5
        per_key = []
        by_key: dict[str, list[float]] = {}
        for index, key in enumerate(sequence):
            sent = time.perf_counter()
            os.write(master, KEYS[key])
            last = read_quiet(master, QUIET)
            per_key.append(max(0.0, last - sent))
            by_key.setdefault(key, []).append(max(0.0, last - sent))
            if key == "]" and sequence[index + 1] != "]":
                read_quiet(master, 1.0)  # let the flash fade before timing other keys
        os.write(master, b"q")
        drain(master, child)
        os.close(master)
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    per_key.sort()
    return {
        "open": data["painted"] - data["opened"],
        "key_median": statistics.median(per_key),
        "key_p95": per_key[int(len(per_key) * 0.95) - 1],
        "key_max": per_key[-1],
        "by_key": {key: (statistics.median(v), max(v)) for key, v in by_key.items()},
        "rss_kib": max(rss, data["rss_kib"]),
    }


QUIET = 0.08
"""A frame is over when the terminal has had no output for this long."""


def read_quiet(master: int, quiet: float) -> float:
    """Read output until ``quiet`` seconds pass without any; the time of the last byte."""
    last = time.perf_counter()
    while True:
        ready, _, _ = select.select([master], [], [], quiet)
        if not ready:
            return last
        try:
            if not os.read(master, 65536):
                return last
        except OSError:
            return last
        last = time.perf_counter()


def fcntl_size(fd: int, rows: int, cols: int) -> None:
    import fcntl

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def drain(master: int, child: subprocess.Popen, limit: float = 30.0) -> None:
    """Read the child's terminal output until it exits (as a terminal would)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                if not os.read(master, 65536):
                    break
            except OSError:
                break
        if child.poll() is not None and not ready:
            break
    if child.poll() is None:
        child.kill()
    child.wait()


def big_briefing(words: int = 100_000):
    """A generated article of ``words`` words with thousands of figures and mentions."""
    from tui.model import Article, Block, Briefing, Entity, Figure, Metadata, Span

    sentence = (
        "Officials in Caracas said 1,234 ballots were counted on Tuesday, "
        "according to the Electoral Council of Venezuela and observers from Brazil. "
    )
    paragraphs, blocks, position, count = [], [], 0, 0
    while count < words:
        text = (sentence * 2).strip() + f" Paragraph {len(paragraphs)} ends here."
        paragraphs.append(text)
        blocks.append(Block("paragraph", position, position + len(text)))
        position += len(text) + 2
        count += len(text.split())
    text = "\n\n".join(paragraphs)

    def spans(phrase: str, limit: int) -> list[tuple[int, int]]:
        found = []
        for block in blocks:
            at = text.find(phrase, block.start, block.end)
            while at >= 0 and len(found) < limit:
                found.append((at, at + len(phrase)))
                at = text.find(phrase, at + 1, block.end)
        return found

    figures = tuple(
        Figure(start, end, "1,234 ballots", "count", 1234.0, "ballots")
        for start, end in spans("1,234 ballots", 5000)
    )
    entities = (
        Entity("e1", "Caracas", "place", tuple(Span(*s) for s in spans("Caracas", 10_000))),
        Entity(
            "e2",
            "Electoral Council of Venezuela",
            "organization",
            tuple(Span(*s) for s in spans("Electoral Council of Venezuela", 10_000)),
        ),
    )
    article = Article(Metadata(title="A very long article"), text, tuple(blocks), "generated")
    return Briefing(article, figures, entities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times, sample_rss = start_to_text(args.runs)
    big = large_article_in_terminal()
    words = big_briefing().article.word_count
    ms = lambda seconds: f"{seconds * 1000:.0f} ms"  # noqa: E731
    print("| measure | result | goal |")
    print("| --- | --- | --- |")
    print(
        f"| start to clean text painted, bundled sample, 120x40 pty (median of {len(times)}) "
        f"| {ms(statistics.median(times))} (min {ms(min(times))}, max {ms(max(times))}) "
        "| <= 800 ms |"
    )
    print(f"| open a {words:,}-word article to first frame | {ms(big['open'])} | |")
    print(
        f"| per keystroke on it (j, space, b, ], G, g): median / p95 / max "
        f"| {ms(big['key_median'])} / {ms(big['key_p95'])} / {ms(big['key_max'])} | < 50 ms |"
    )
    detail = ", ".join(
        f"{key} {ms(median)}/{ms(worst)}" for key, (median, worst) in big["by_key"].items()
    )
    print(f"| per key, median/max | {detail} | |")
    print(f"| peak memory, sample run | {sample_rss / 1024:.0f} MiB | |")
    print(f"| peak memory, 100,000-word run | {big['rss_kib'] / 1024:.0f} MiB | |")


if __name__ == "__main__":
    main()
