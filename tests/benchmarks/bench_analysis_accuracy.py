"""Score figures and entities against the hand-annotated articles in tests/fixtures/analysis/.

    python tests/benchmarks/bench_analysis_accuracy.py [--fixtures DIR [DIR ...]] [-v]

Prints a Markdown table for raw en_core_web_sm (its entities as they come, one entity per
distinct text), briefing with spaCy, and briefing with the fallback rules. Metrics:
figure overlap F1 (a predicted figure matches a gold one whose span it overlaps), value and
qualifier accuracy over matched figures, exact typed entity-mention F1, and alias merging:
recall = share of gold same-entity mention pairs with different surfaces that we put in one
entity; precision = share of our same-entity pairs with different surfaces that are right.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "analysis"
sys.path.insert(0, str(ROOT))

from tui.analysis import analyse_text  # noqa: E402
from tui.analysis.recognisers import get_recogniser  # noqa: E402


@dataclass(frozen=True)
class GoldFigure:
    start: int
    end: int
    kind: str
    value: float | None
    qualifier: str | None


@dataclass(frozen=True)
class Gold:
    name: str
    text: str
    figures: list[GoldFigure]
    mentions: dict[tuple[int, int], tuple[str, str]]  # span -> (kind, entity name)


def load_gold(path: Path) -> Gold:
    """Read one fixture; figure texts are found in order, entity surfaces everywhere."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    text: str = doc["text"]
    figures = []
    cursor = 0
    for item in doc.get("figures", []):
        surface = str(item["text"])
        # a figure starting with a digit does not start inside a longer number ("1%" in "1.1%")
        guard = r"(?<![\d.,])" if surface[:1].isdigit() else ""
        match = re.compile(guard + re.escape(surface)).search(text, cursor)
        found = match.start() if match else -1
        if found < 0:
            raise ValueError(f"{path.name}: figure {item['text']!r} not found after {cursor}")
        figures.append(
            GoldFigure(
                found,
                found + len(surface),
                item["kind"],
                item.get("value"),
                item.get("qualifier"),
            )
        )
        cursor = found + 1
    hits: list[tuple[int, int, str, str]] = []
    for entity in doc.get("entities", []):
        for surface in entity["mentions"]:
            pattern = rf"(?<![\w&]){re.escape(surface)}(?![\w&])"
            for m in re.finditer(pattern, text):
                hits.append((m.start(), m.end(), entity["kind"], entity["name"]))
    # a surface inside a longer gold mention ("Trump" in "Donald Trump") is not a mention
    mentions = {
        (s, e): (k, n)
        for s, e, k, n in hits
        if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _, _ in hits)
    }
    return Gold(path.stem, text, figures, mentions)


def load_all(fixtures: Path = FIXTURES) -> list[Gold]:
    return [load_gold(p) for p in sorted(fixtures.glob("*.yaml"))]


@dataclass
class Counts:
    fig_tp: int = 0
    fig_pred: int = 0
    fig_gold: int = 0
    value_ok: int = 0
    value_n: int = 0
    qual_ok: int = 0
    qual_n: int = 0
    ent_tp: int = 0
    ent_pred: int = 0
    ent_gold: int = 0
    pair_gold: int = 0
    pair_gold_hit: int = 0
    pair_pred: int = 0
    pair_pred_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_figures(gold: Gold, predicted) -> Counts:
    counts = Counts(fig_pred=len(predicted), fig_gold=len(gold.figures))
    used: set[int] = set()
    for g in gold.figures:
        for i, p in enumerate(predicted):
            if i in used or not (p.start < g.end and g.start < p.end):
                continue
            used.add(i)
            counts.fig_tp += 1
            if g.value is not None:
                counts.value_n += 1
                counts.value_ok += p.value is not None and abs(p.value - g.value) <= 1e-6 * max(
                    1, abs(g.value)
                )
            counts.qual_n += 1
            counts.qual_ok += (p.qualifier or None) == (g.qualifier or None)
            break
    return counts


def score_entities(gold: Gold, predicted: dict[tuple[int, int], tuple[str, str]]) -> Counts:
    """``predicted`` maps each mention span to (kind, entity id)."""
    counts = Counts(ent_pred=len(predicted), ent_gold=len(gold.mentions))
    counts.ent_tp = sum(
        1 for span, (kind, _) in predicted.items() if gold.mentions.get(span, ("",))[0] == kind
    )
    text = gold.text
    for (a, (_, ga)), (b, (_, gb)) in itertools.combinations(gold.mentions.items(), 2):
        if ga == gb and text[a[0] : a[1]] != text[b[0] : b[1]]:
            counts.pair_gold += 1
            pa, pb = predicted.get(a), predicted.get(b)
            counts.pair_gold_hit += bool(pa and pb and pa[1] == pb[1])
    for (a, (_, ia)), (b, (_, ib)) in itertools.combinations(predicted.items(), 2):
        if ia == ib and text[a[0] : a[1]] != text[b[0] : b[1]]:
            counts.pair_pred += 1
            ga, gb = gold.mentions.get(a), gold.mentions.get(b)
            counts.pair_pred_ok += bool(ga and gb and ga[1] == gb[1])
    return counts


def briefing_counts(gold: Gold, recogniser: str) -> Counts:
    briefing = analyse_text(gold.text, recogniser=recogniser)
    counts = score_figures(gold, briefing.figures)
    predicted = {(s.start, s.end): (e.kind, e.id) for e in briefing.entities for s in e.mentions}
    counts.add(score_entities(gold, predicted))
    return counts


def raw_spacy_counts(gold: Gold) -> Counts:
    """en_core_web_sm as it comes: its spans and labels, one entity per distinct text."""
    recogniser = get_recogniser("spacy")
    if not recogniser.name.startswith("spacy"):
        raise SystemExit("spaCy model not installed")
    raw = recogniser.recognise(gold.text)
    predicted = {(m.start, m.end): (m.kind, gold.text[m.start : m.end]) for m in raw}
    return score_entities(gold, predicted)


def _f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 1.0


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def summary(counts: Counts) -> dict[str, str]:
    return {
        "figure overlap F1": f"{_f1(counts.fig_tp, counts.fig_pred, counts.fig_gold):.3f}",
        "value accuracy": _ratio(counts.value_ok, counts.value_n),
        "qualifier accuracy": _ratio(counts.qual_ok, counts.qual_n),
        "typed mention F1": f"{_f1(counts.ent_tp, counts.ent_pred, counts.ent_gold):.3f}",
        "alias merge recall": _ratio(counts.pair_gold_hit, counts.pair_gold),
        "alias merge precision": _ratio(counts.pair_pred_ok, counts.pair_pred),
    }


def evaluate(recogniser: str, golds: list[Gold] | None = None) -> Counts:
    total = Counts()
    for gold in golds if golds is not None else load_all():
        total.add(briefing_counts(gold, recogniser))
    return total


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Score figures and entities against annotations.")
    parser.add_argument(
        "--fixtures",
        type=Path,
        nargs="+",
        default=[FIXTURES],
        metavar="DIR",
        help="folders of annotated *.yaml articles, pooled (default: tests/fixtures/analysis)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    golds = [gold for folder in args.fixtures for gold in load_all(folder)]
    if not golds:
        raise SystemExit(f"no *.yaml fixtures in {' '.join(map(str, args.fixtures))}")
    rows: dict[str, dict[str, str]] = {}
    raw = Counts()
    for gold in golds:
        raw.add(raw_spacy_counts(gold))
    raw_row = summary(raw)
    for key in ("figure overlap F1", "value accuracy", "qualifier accuracy"):
        raw_row[key] = "-"
    rows["raw en_core_web_sm"] = raw_row
    rows["briefing (spaCy)"] = summary(evaluate("spacy", golds))
    rows["briefing (fallback rules)"] = summary(evaluate("fallback", golds))
    print(f"{len(golds)} annotated articles: {', '.join(g.name for g in golds)}")
    print(
        f"{sum(len(g.figures) for g in golds)} figures, "
        f"{sum(len(g.mentions) for g in golds)} entity mentions\n"
    )
    columns = list(next(iter(rows.values())))
    print("| | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(row[c] for c in columns) + " |")
    if args.verbose:
        for gold in golds:
            _explain(gold)


def _explain(gold: Gold) -> None:
    """List misses and false alarms (``-v``), for developing the rules."""
    briefing = analyse_text(gold.text, recogniser="spacy")
    text = gold.text
    print(f"\n## {gold.name}")
    for g in gold.figures:
        match = [p for p in briefing.figures if p.start < g.end and g.start < p.end]
        if not match:
            print(f"  missed figure {text[g.start : g.end]!r}")
        elif (match[0].value != g.value and g.value is not None) or (
            match[0].qualifier != g.qualifier
        ):
            p = match[0]
            print(f"  figure {p.text!r} {p.value} {p.qualifier}; gold {g.value} {g.qualifier}")
    for p in briefing.figures:
        if not any(p.start < g.end and g.start < p.end for g in gold.figures):
            print(f"  extra figure {p.text!r} ({p.kind})")
    predicted = {(s.start, s.end): (e.kind, e.name) for e in briefing.entities for s in e.mentions}
    for span, (kind, _name) in gold.mentions.items():
        got = predicted.get(span)
        if got is None or got[0] != kind:
            print(f"  missed mention {text[span[0] : span[1]]!r} {kind} -> {got}")
    for span, (kind, name) in predicted.items():
        if span not in gold.mentions:
            print(f"  extra mention {text[span[0] : span[1]]!r} {kind} ({name})")


if __name__ == "__main__":
    main()
