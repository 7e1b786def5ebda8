"""The CoNLL-2003 benchmark's reader: stories, ordinary spacing and gold spans (invented text)."""

from __future__ import annotations

from pathlib import Path

from tests.bench_module import load_benchmark


def load_bench():
    return load_benchmark("bench_conll")


SNIPPET = """SAILING O
- O
ODEN B-PER
WINS O

LISBON B-LOC
1996-12-06 O

Anna B-PER
Oden I-PER
's O
crew O
( O
Baltic B-ORG
Yachts I-ORG
) O
said O
" O
it O
was O
easy O
" O
. O

CHESS O
- O
DRAW O

OSLO B-LOC
1996-12-07 O

Norwegian B-MISC
Per B-PER
Lie I-PER
drew O
. O
"""


def test_reader_splits_stories_at_datelines_and_keeps_exact_gold_spans(tmp_path: Path) -> None:
    bench = load_bench()
    path = tmp_path / "test.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    stories = [bench.build_story(s) for s in bench.split_stories(bench.read_sentences(path))]
    assert len(stories) == 2
    first, second = stories
    assert first.text.splitlines() == [
        "SAILING - ODEN WINS",
        "LISBON 1996-12-06",
        'Anna Oden\'s crew (Baltic Yachts) said "it was easy".',
    ]
    assert sorted(first.text[s:e] + "/" + kind for s, e, kind in first.gold) == [
        "Anna Oden/PER",
        "Baltic Yachts/ORG",
        "LISBON/LOC",
        "ODEN/PER",
    ]
    # two mentions of different types side by side stay two mentions
    assert sorted(second.text[s:e] + "/" + kind for s, e, kind in second.gold) == [
        "Norwegian/MISC",
        "OSLO/LOC",
        "Per Lie/PER",
    ]


def test_docstart_lines_split_stories_when_present(tmp_path: Path) -> None:
    bench = load_bench()
    path = tmp_path / "test.txt"
    path.write_text("-DOCSTART- -X- -X- O\n\nA B-LOC\n\n-DOCSTART- -X- -X- O\n\nB B-LOC\n")
    stories = bench.split_stories(bench.read_sentences(path))
    assert [[token for s in story for token, _ in s] for story in stories] == [["A"], ["B"]]
