"""Score typed entity mentions on the CoNLL-2003 English test set (eng.testb).

    python tests/benchmarks/bench_conll.py PATH [--limit N] [-v]

The data is Reuters news under the Reuters corpus licence, so it is not bundled; PATH is a
copy of the test split in CoNLL format: one token per line with its tag in the last column
(IOB1 or IOB2), blank lines between sentences, optional -DOCSTART- lines between stories.

Each story becomes one text, as briefing would meet it: tokens joined with ordinary spacing
("Bitar's goal, in the 84th minute."), one sentence per line. Without -DOCSTART- lines a
story starts at the headline before each dateline ("ROME 1996-12-06"). Scored like conlleval:
a predicted mention counts only with the exact span and type. briefing's kinds map onto
CoNLL's types as person PER, place LOC, organization ORG, group and other MISC; raw
en_core_web_sm is scored on the same texts with its own labels mapped the same way.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.analysis import analyse_text  # noqa: E402
from tui.analysis.recognisers import get_recogniser  # noqa: E402

TYPES = {"person": "PER", "place": "LOC", "organization": "ORG", "group": "MISC", "other": "MISC"}
_DATELINE = re.compile(r"\d{4}-\d\d-\d\d")
_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "]", "%", "?", "!", "'s", "'", "n't", "'re", "'ve"}
_NO_SPACE_AFTER = {"(", "[", "$"}


@dataclass
class Story:
    text: str = ""
    gold: set[tuple[int, int, str]] = field(default_factory=set)


def read_sentences(path: Path) -> list[list[tuple[str, str]] | None]:
    """Sentences as (token, tag) lists; None marks a -DOCSTART- line."""
    out: list[list[tuple[str, str]] | None] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts:
            if sentence:
                out.append(sentence)
            sentence = []
        elif parts[0] == "-DOCSTART-":
            if sentence:
                out.append(sentence)
            sentence = []
            out.append(None)
        else:
            sentence.append((parts[0], parts[-1]))
    if sentence:
        out.append(sentence)
    return out


def split_stories(
    sentences: list[list[tuple[str, str]] | None],
) -> list[list[list[tuple[str, str]]]]:
    """Group sentences into stories by -DOCSTART-, or else by headline and dateline."""
    if any(s is None for s in sentences):
        stories: list[list[list[tuple[str, str]]]] = [[]]
        for s in sentences:
            if s is None:
                stories.append([])
            else:
                stories[-1].append(s)
        return [story for story in stories if story]
    starts = {0}
    for i, s in enumerate(sentences):
        assert s is not None
        if i > 0 and len(s) <= 10 and _DATELINE.fullmatch(s[-1][0]):
            starts.add(i - 1)  # the headline before "ROME 1996-12-06"
    bounds = [*sorted(starts), len(sentences)]
    return [[s for s in sentences[a:b] if s] for a, b in itertools.pairwise(bounds) if a < b]


def build_story(sentences: list[list[tuple[str, str]]]) -> Story:
    """Detokenise the sentences and keep each gold mention's character span."""
    story = Story()
    pieces: list[str] = []
    length = 0
    for n, sentence in enumerate(sentences):
        if n:
            pieces.append("\n")
            length += 1
        open_quote = False
        current: tuple[int, str] | None = None  # start and type of the mention being read
        previous = ""
        last_end = length
        for i, (token, tag) in enumerate(sentence):
            space = i > 0 and previous not in _NO_SPACE_AFTER and token not in _NO_SPACE_BEFORE
            if token == '"':
                space = i > 0 and not open_quote
                open_quote = not open_quote
            elif previous == '"' and open_quote:
                space = False
            if space:
                pieces.append(" ")
                length += 1
            start = length
            pieces.append(token)
            length += len(token)
            kind = tag[2:] if tag != "O" else ""
            continues = tag.startswith("I-") and current is not None and current[1] == kind
            if current is not None and not continues:
                story.gold.add((current[0], last_end, current[1]))
                current = None
            if kind and current is None:
                current = (start, kind)
            last_end = length
            previous = token
        if current is not None:
            story.gold.add((current[0], last_end, current[1]))
    story.text = "".join(pieces)
    return story


def briefing_mentions(text: str) -> set[tuple[int, int, str]]:
    result = analyse_text(text, recogniser="spacy")
    return {(m.start, m.end, TYPES[e.kind]) for e in result.entities for m in e.mentions}


def raw_mentions(text: str) -> set[tuple[int, int, str]]:
    recogniser = get_recogniser("spacy")
    return {(m.start, m.end, TYPES[m.kind]) for m in recogniser.recognise(text)}


def f1(tp: int, predicted: int, gold: int) -> float:
    return 2 * tp / (predicted + gold) if predicted + gold else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description="Typed entity F1 on CoNLL-2003 English test.")
    parser.add_argument("path", type=Path, help="the test split in CoNLL format")
    parser.add_argument("--limit", type=int, help="only the first N stories")
    parser.add_argument("-v", action="store_true", help="print the commonest misses")
    args = parser.parse_args()
    if not get_recogniser("spacy").name.startswith("spacy"):
        raise SystemExit("spaCy model not installed")
    stories = [build_story(s) for s in split_stories(read_sentences(args.path))][: args.limit]
    tokens = sum(len(s.text.split()) for s in stories)
    gold_total = sum(len(s.gold) for s in stories)
    print(f"{len(stories)} stories, {tokens} words, {gold_total} gold mentions")
    print("\n| | typed mention F1 | precision | recall | per type F1 (PER / LOC / ORG / MISC) |")
    print("|---|---|---|---|---|")
    for name, recognise in (("raw en_core_web_sm", raw_mentions), ("briefing", briefing_mentions)):
        tp = Counter()
        pred = Counter()
        gold = Counter()
        misses: Counter[str] = Counter()
        started = time.perf_counter()
        for story in stories:
            found = recognise(story.text)
            for s, e, kind in found:
                pred[kind] += 1
                tp[kind] += (s, e, kind) in story.gold
            for s, e, kind in story.gold:
                gold[kind] += 1
                if (s, e, kind) not in found:
                    misses[f"{kind} {story.text[s:e]}"] += 1
        elapsed = time.perf_counter() - started
        total = f1(sum(tp.values()), sum(pred.values()), sum(gold.values()))
        precision = sum(tp.values()) / max(1, sum(pred.values()))
        recall = sum(tp.values()) / max(1, sum(gold.values()))
        per_type = " / ".join(
            f"{f1(tp[k], pred[k], gold[k]):.3f}" for k in ("PER", "LOC", "ORG", "MISC")
        )
        print(f"| {name} | {total:.3f} | {precision:.3f} | {recall:.3f} | {per_type} |")
        if args.v:
            print(f"  ({elapsed:.1f} s) commonest misses:", misses.most_common(25))


if __name__ == "__main__":
    main()
