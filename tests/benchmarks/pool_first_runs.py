"""Pool blind first runs: each batch of annotated folders scored with the code of its day.

A batch's first run is the score it got before any rule was changed with it in view, so it
must be scored with the commit that was current then. This checks each commit out in a
temporary git worktree, scores its folders there with `bench_analysis_accuracy.evaluate`
(briefing with spaCy), and adds the counts up.

    python tests/benchmarks/pool_first_runs.py COMMIT:DIR[,DIR...] [COMMIT:DIR ...]

Folders are read from the current checkout (the annotations do not change); only the code
comes from each commit.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

import bench_analysis_accuracy as bench  # noqa: E402

# Run inside each worktree: score the folders and print the counts as JSON.
_SCORE = """
import json, sys
from dataclasses import asdict
from pathlib import Path
sys.path[:0] = ["tests/benchmarks", "."]
import bench_analysis_accuracy as b
golds = [g for d in sys.argv[1:] for g in b.load_all(Path(d))]
print(json.dumps(asdict(b.evaluate("spacy", golds))))
"""


def score_at(commit: str, folders: list[Path]) -> bench.Counts:
    """The counts the code at ``commit`` gets on ``folders``."""
    with tempfile.TemporaryDirectory() as parent:
        tree = Path(parent) / "tree"
        git = ["git", "-C", str(ROOT)]
        subprocess.run(
            [*git, "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
        try:
            run = subprocess.run(
                [sys.executable, "-c", _SCORE, *map(str, folders)],
                cwd=tree,
                check=True,
                capture_output=True,
                text=True,
            )
        finally:
            subprocess.run(
                [*git, "worktree", "remove", "--force", str(tree)], check=False, capture_output=True
            )
    counts = json.loads(run.stdout.strip().splitlines()[-1])
    return bench.Counts(**{f.name: counts[f.name] for f in fields(bench.Counts)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", metavar="COMMIT:DIR[,DIR...]")
    args = parser.parse_args()
    total = bench.Counts()
    for batch in args.batches:
        commit, _, dirs = batch.partition(":")
        counts = score_at(commit, [Path(d).resolve() for d in dirs.split(",")])
        print(commit, " / ".join(bench.summary(counts).values()))
        total.add(counts)
    print("pooled", " / ".join(bench.summary(total).values()))


if __name__ == "__main__":
    main()
