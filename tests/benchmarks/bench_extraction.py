"""Score extracted article bodies against reference text: briefing, readability-lxml, trafilatura.

Usage::

    python tests/benchmarks/bench_extraction.py [FOLDER] [--shingle N] [--repeat N] [--worst K]

FOLDER holds one sub-folder per page with ``source.html`` and a reference body,
``expected.html`` (the layout of ../shared/corpora/readability-test-pages, the default)
or ``expected.txt``. Every extractor is scored on the same words: the body text only,
blocks joined, without title. Tokens are lower-cased words (``\\w+``); CJK characters
count one token each. With ``--shingle N`` the units are runs of N tokens instead.

The reference's ``<figcaption>`` elements are dropped before scoring, because the target
bodies (human-made) leave captions out, while Readability.js keeps them; ``--keep-captions``
scores against expected.html as it is.

With ``--bodies DIR`` the reference of a page is ``DIR/<page>.txt`` instead (bodies made
by hand to the human-made definition: no headline, byline, captions, standfirst, related
links or credits; tests/fixtures/extract-bodies), and only pages with one are scored.

Pages whose folder name is in ``SYNTHETIC`` (hand-written unit cases of the corpus) or
starts with a digit are reported apart from real pages. trafilatura is imported here only:
it is a benchmark extra, never a runtime dependency of briefing.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from readability import Document

from tui.article import build_article
from tui.extract import extract_html

DEFAULT_FOLDER = Path(__file__).resolve().parents[3] / "shared/corpora/readability-test-pages"

SYNTHETIC = {
    "base-url",
    "base-url-base-element",
    "base-url-base-element-relative",
    "basic-tags-cleaning",
    "clean-links",
    "comment-inside-script-parsing",
    "data-url-image",
    "hidden-nodes",
    "invalid-attributes",
    "js-link-replacement",
    "keep-images",
    "keep-tabular-data",
    "lazy-image-1",
    "lazy-image-2",
    "lazy-image-3",
    "links-in-tables",
    "metadata-content-missing",
    "missing-paragraphs",
    "normalize-spaces",
    "ol",
    "parsely-metadata",
    "remove-aria-hidden",
    "remove-extra-brs",
    "remove-extra-paragraphs",
    "remove-script-tags",
    "reordering-paragraphs",
    "replace-brs",
    "replace-font-tags",
    "rtl-1",
    "rtl-2",
    "rtl-3",
    "rtl-4",
    "schema-org-context-object",
    "social-buttons",
    "style-tags-removal",
    "svg-parsing",
    "table-style-attributes",
    "title-and-h1-discrepancy",
    "title-en-dash",
    "toc-missing",
    "visibility-hidden",
    "article-author-tag",
}

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+", re.UNICODE)


def tokens(text: str, shingle: int = 1) -> Counter[tuple[str, ...]]:
    words = _TOKEN.findall(text.lower())
    if shingle <= 1:
        return Counter((word,) for word in words)
    if len(words) < shingle:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + shingle]) for i in range(len(words) - shingle + 1))


def score(predicted: str, reference: str, shingle: int) -> tuple[float, float, float]:
    """Token-multiset precision, recall and F1 (an empty prediction of an empty reference is 1)."""
    got, want = tokens(predicted, shingle), tokens(reference, shingle)
    overlap = sum((got & want).values())
    if not got and not want:
        return 1.0, 1.0, 1.0
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def html_text(fragment: str, *, keep_captions: bool) -> str:
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    if not keep_captions:
        for caption in root.xpath("//figcaption"):
            caption.drop_tree()
    return " ".join(root.text_content().split())


def read_html(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best else data.decode("utf-8", "replace")


def run_briefing(html: str, url: str) -> str:
    return build_article(extract_html(html, url), url).text


def run_readability(html: str, url: str) -> str:
    try:
        summary = Document(html, url=url).summary(html_partial=True)
    except Exception:
        return ""
    return html_text(summary, keep_captions=True)


def run_trafilatura(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""


EXTRACTORS: dict[str, Callable[[str, str], str]] = {
    "readability-lxml 0.9": run_readability,
    "trafilatura 2.3.1": run_trafilatura,
    "briefing": run_briefing,
}


@dataclass
class PageScore:
    page: str
    synthetic: bool
    precision: float
    recall: float
    f1: float
    ms: float


def load_reference(folder: Path, keep_captions: bool, bodies: Path | None = None) -> str | None:
    if bodies is not None:
        body = bodies / f"{folder.name}.txt"
        return body.read_text(encoding="utf-8") if body.exists() else None
    if (folder / "expected.txt").exists():
        return (folder / "expected.txt").read_text(encoding="utf-8")
    if (folder / "expected.html").exists():
        return html_text(read_html(folder / "expected.html"), keep_captions=keep_captions)
    return None


def evaluate(args: argparse.Namespace) -> dict[str, list[PageScore]]:
    results: dict[str, list[PageScore]] = {name: [] for name in EXTRACTORS}
    pages = sorted(p for p in args.folder.iterdir() if (p / "source.html").exists())
    if args.only:
        pages = [p for p in pages if p.name in args.only]
    for page in pages:
        reference = load_reference(page, args.keep_captions, args.bodies)
        if reference is None:
            continue
        html = read_html(page / "source.html")
        url = f"http://fakehost/{page.name}/"
        # a page with a hand-made body is a real article, whatever its corpus name
        synthetic = not args.bodies and (page.name in SYNTHETIC or page.name[:1].isdigit())
        for name, extractor in EXTRACTORS.items():
            elapsed = float("inf")
            for _ in range(args.repeat):  # the fastest of N runs: less noise from other load
                started = time.perf_counter()
                try:
                    text = extractor(html, url)
                except Exception as error:  # a failure scores zero, the run goes on
                    print(f"  {name} failed on {page.name}: {error!r}", file=sys.stderr)
                    text = ""
                elapsed = min(elapsed, (time.perf_counter() - started) * 1000)
            p, r, f = score(text, reference, args.shingle)
            results[name].append(PageScore(page.name, synthetic, p, r, f, elapsed))
    return results


def summary_row(name: str, scores: list[PageScore]) -> str:
    if not scores:
        return f"| {name} | 0 | | | | | | |"
    f1s = [s.f1 for s in scores]
    spread = statistics.pstdev(f1s) if len(f1s) > 1 else 0.0
    return (
        f"| {name} | {len(scores)} "
        f"| {statistics.mean(s.precision for s in scores):.3f} "
        f"| {statistics.mean(s.recall for s in scores):.3f} "
        f"| {statistics.mean(f1s):.3f} "
        f"| {statistics.median(f1s):.3f} "
        f"| {spread:.3f} "
        f"| {statistics.median(s.ms for s in scores):.1f} |"
    )


def report(results: dict[str, list[PageScore]], worst: int, shingle: int) -> None:
    unit = "tokens" if shingle <= 1 else f"{shingle}-token shingles"
    print(f"Scored on {unit}; P/R/F1 are means over pages.\n")
    header = (
        "| extractor | pages | precision | recall | F1 mean | F1 median | F1 spread (sd) "
        "| median ms/page |\n|---|---|---|---|---|---|---|---|"
    )
    for label, synthetic in (("Real pages", False), ("Synthetic cases", True)):
        print(f"**{label}**\n")
        print(header)
        for name, scores in results.items():
            print(summary_row(name, [s for s in scores if s.synthetic == synthetic]))
        print()
    ours = results["briefing"]
    others = {name: {s.page: s for s in scores} for name, scores in results.items()}
    print(f"Worst {worst} pages for briefing (F1, precision, recall; others' F1):\n")
    for item in sorted(ours, key=lambda s: s.f1)[:worst]:
        rest = ", ".join(
            f"{name.split()[0]} {others[name][item.page].f1:.3f}"
            for name in results
            if name != "briefing"
        )
        print(
            f"- {item.page}: F1 {item.f1:.3f} P {item.precision:.3f} R {item.recall:.3f} ({rest})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--shingle", type=int, default=1, help="score runs of N tokens")
    parser.add_argument("--worst", type=int, default=12, help="list the K worst pages")
    parser.add_argument("--only", nargs="*", help="score only these page folders")
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each page N times, keep the best"
    )
    parser.add_argument("--keep-captions", action="store_true", help="keep reference captions")
    parser.add_argument("--skip", nargs="*", default=[], help="extractors to leave out")
    parser.add_argument(
        "--bodies", type=Path, help="score against hand-made bodies DIR/<page>.txt instead"
    )
    args = parser.parse_args(argv)
    for name in list(EXTRACTORS):
        if any(name.startswith(skip) for skip in args.skip):
            del EXTRACTORS[name]
    if "briefing" not in EXTRACTORS:
        parser.error("briefing cannot be skipped")
    report(evaluate(args), args.worst, args.shingle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
