"""Benchmark: a briefing of 50 articles from a local server that answers each in 200 ms.

Measures, on this machine:
- the whole briefing (fetch + extract + analyse) with 8 requests at once, and with 1;
- the pipeline alone (extract + analyse, no network) in pages per second;
- re-opening the same briefing from the cache (no network, no analysis).

Run: python tests/benchmarks/bench_collection.py [--pages 50] [--delay 0.2] [--jobs 8]
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.fixtures.collection.newsserver import NewsServer, Page  # noqa: E402
from tui.collection.cache import Cache  # noqa: E402
from tui.collection.runner import CollectionRunner  # noqa: E402
from tui.pipeline import analyse, article_from_document  # noqa: E402
from tui.sources import RawDocument  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "samples" / "venezuela-article.html"
FALLBACK = ROOT / "tui" / "data" / "sample-article.html"


def _pages(count: int) -> list[bytes]:
    """The seed article, made distinct per page so no two share a cached analysis."""
    html = (SAMPLE if SAMPLE.exists() else FALLBACK).read_bytes()
    return [
        html.replace(b"<title>", f"<title>Copy {n}: ".encode(), 1).replace(
            b"</body>", f"<p>Page number {n} of the benchmark.</p></body>".encode(), 1
        )
        for n in range(count)
    ]


def _run(urls: list[str], jobs: int, cache: Cache | None) -> tuple[float, int]:
    start = time.perf_counter()
    result = CollectionRunner(concurrency=jobs, cache=cache).run(urls)
    elapsed = time.perf_counter() - start
    failed = len(result.failures)
    if failed:
        print(f"warning: {failed} failed: {result.failures[0].error}", file=sys.stderr)
    return elapsed, len(result.briefings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--serial", action="store_true", help="also measure one at a time")
    args = parser.parse_args()

    pages = _pages(args.pages)
    # Load the entity model once before timing anything (its load time is not ours).
    analyse(article_from_document(RawDocument(pages[0], "warm-up.html")))

    rows: list[tuple[str, str, str]] = []
    with NewsServer() as server, tempfile.TemporaryDirectory() as folder:
        urls = [server.add(f"/a/{n}", Page(body, delay=args.delay)) for n, body in enumerate(pages)]
        ideal = args.pages / args.jobs * args.delay
        cache = Cache(Path(folder))
        elapsed, ok = _run(urls, args.jobs, cache)
        rows.append(
            (
                f"{args.pages} articles, {args.jobs} at once, {args.delay * 1000:.0f} ms each",
                f"{elapsed:.2f} s",
                f"{ok} read; waiting alone would be {ideal:.2f} s; in flight at most "
                f"{server.stats.max_in_flight}",
            )
        )
        elapsed, ok = _run(urls, args.jobs, cache)
        rows.append(
            (
                "re-open from the cache",
                f"{elapsed * 1000:.0f} ms",
                f"{ok} read, {elapsed / max(1, ok) * 1000:.1f} ms per article",
            )
        )
        cache.close()
        if args.serial:
            elapsed, ok = _run(urls, 1, None)
            rows.append((f"{args.pages} articles, 1 at once", f"{elapsed:.2f} s", f"{ok} read"))

    raws = [RawDocument(body, f"page-{n}.html") for n, body in enumerate(pages)]
    start = time.perf_counter()
    for raw in raws:
        analyse(article_from_document(raw))
    elapsed = time.perf_counter() - start
    rows.append(
        (
            "pipeline alone (extract + analyse)",
            f"{len(raws) / elapsed:.1f} pages/s",
            f"{elapsed / len(raws) * 1000:.0f} ms per page of {len(pages[0]) // 1024} KiB",
        )
    )

    print("| Measure | Result | Notes |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
