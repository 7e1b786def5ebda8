"""How long notes take on disk: create, update (merge), find a renamed note among many,
list a large folder, restore highlights.

Run: ``python tests/benchmarks/bench_notes.py [--notes 1000] [--repeat 20]``.
Each figure is the median of ``--repeat`` runs, in milliseconds, with fsync on.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fixtures.notes.handmade import briefing, sample_briefing
from tui.model import Highlight
from tui.notes import load_highlights, save_note
from tui.notes.catalog import list_notes


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000, help="notes in the large folder")
    parser.add_argument("--repeat", type=int, default=20, help="runs per figure")
    args = parser.parse_args()

    sample = sample_briefing()
    text = sample.article.text
    highlights = [Highlight(s, s + 40, text[s : s + 40], "comment") for s in range(0, 2000, 200)]
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counter = iter(range(10**9))

        def create() -> None:
            url = f"https://news.example/{next(counter)}"
            fresh = dataclasses.replace(
                sample,
                article=dataclasses.replace(
                    sample.article, meta=dataclasses.replace(sample.article.meta, url=url)
                ),
            )
            save_note(fresh, highlights, folder / "new")

        rows.append(
            (
                "create a note (3 figures, 4 entities, 10 highlights)",
                _median_ms(create, args.repeat),
            )
        )
        save_note(sample, highlights, folder / "one")
        rows.append(
            (
                "update it (merge, unchanged)",
                _median_ms(lambda: save_note(sample, (), folder / "one"), args.repeat),
            )
        )

        big = folder / "big"
        for index in range(args.notes):
            save_note(briefing(f"Story {index}", url=f"https://news.example/s{index}"), (), big)
        path = save_note(sample, highlights, big).path
        path.rename(big / "zzz renamed by the reader.md")
        rows.append(
            (
                f"update a renamed note among {args.notes} (full scan)",
                _median_ms(lambda: save_note(sample, (), big), args.repeat),
            )
        )
        rows.append(
            (f"list {args.notes + 1} notes", _median_ms(lambda: list_notes(big), args.repeat))
        )
        rows.append(
            (
                "restore highlights (renamed note, full scan)",
                _median_ms(lambda: load_highlights(sample.article, big), args.repeat),
            )
        )
        rows.append(
            (
                "restore highlights (note under its own name)",
                _median_ms(lambda: load_highlights(sample.article, folder / "one"), args.repeat),
            )
        )

    width = max(len(name) for name, _ in rows)
    print(f"{'operation':<{width}}  median ms")
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:9.1f}")


if __name__ == "__main__":
    main()
