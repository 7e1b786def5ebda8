"""Each fetch fault as a user meets it: exit code, message, wall time and peak memory.

Run: ``python tests/benchmarks/bench_fetch.py [--timeout 5] [--bomb-mib 1024]``.
Starts the real test server on 127.0.0.1 in this process and runs the installed
``briefing`` command once per fault in a child process; peak memory is the child's
maximum resident set size (``wait4``), so it includes Python and the imports. The normal
page row is the baseline to compare the gzip bomb against. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.httpserver import LocalServer, Reply, gzip_bomb, redirect

PAGE = (
    b"<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article>"
    b"<h1>Harbour reopens</h1>"
    + b"<p>The harbour reopened on Monday after three weeks of repairs, officials said.</p>" * 20
    + b"</article></body></html>"
)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def _faults(bomb_mib: int) -> list[tuple[str, str, Reply, list[str]]]:
    """(what, path, answer, extra CLI arguments)."""
    return [
        ("normal page (baseline)", "/page", Reply(PAGE), []),
        ("HTTP 404", "/404", Reply(b"<p>gone</p>", status=404), []),
        ("HTTP 500", "/500", Reply(b"<p>oops</p>", status=500), []),
        ("redirect loop", "/loop", redirect("/loop"), []),
        ("redirect to file://", "/to-file", redirect("file:///etc/passwd"), []),
        ("stall after headers", "/stall", Reply(PAGE, stall=3600), []),
        ("a byte a second", "/drip", Reply(PAGE, trickle=1.0), []),
        ("body shorter than Content-Length", "/short", Reply(PAGE, content_length=9999), []),
        ("body over the cap (8 MB, 5 MiB cap)", "/big", Reply(PAGE * 4000), []),
        (
            f"gzip bomb ({bomb_mib} MiB inflated)",
            "/bomb",
            Reply(gzip_bomb(bomb_mib * 1024 * 1024), headers={"Content-Encoding": "gzip"}),
            [],
        ),
        ("PDF", "/pdf", Reply(PDF, content_type="application/pdf"), []),
        ("PDF sent as text/html", "/lie", Reply(PDF * 100, content_type="text/html"), []),
        ("brotli body (not asked for)", "/br", Reply(PAGE, headers={"Content-Encoding": "br"}), []),
        ("empty page", "/empty", Reply(b""), []),
        (
            "429 then page",
            "/busy",
            [Reply(status=429, headers={"Retry-After": "1"}), Reply(PAGE)],
            [],
        ),
    ]


def _run(argv: list[str]) -> tuple[int, str, float, int]:
    """(exit code, stderr, seconds, peak RSS in KiB) of one child."""
    started = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = child.stdout.read(), child.stderr.read()  # small: one page or one line
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    del out
    return child.returncode, err.decode().strip(), time.monotonic() - started, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=5.0, help="briefing --timeout (s)")
    parser.add_argument("--bomb-mib", type=int, default=1024, help="inflated bomb size")
    args = parser.parse_args()
    command = shutil.which("briefing") or sys.exit("the briefing command is not installed")
    rows = []
    with LocalServer() as server:
        for what, path, answer, extra in _faults(args.bomb_mib):
            answers = answer if isinstance(answer, list) else [answer]
            url = server.add(path, *answers)
            argv = [command, "--format", "text", "--timeout", f"{args.timeout:g}", *extra, url]
            code, err, seconds, rss = _run(argv)
            rows.append((what, code, err or "(page printed)", seconds, rss))
        refused = f"http://127.0.0.1:{server.port}/"
    code, err, seconds, rss = _run([command, "--format", "text", refused])
    rows.append(("connection refused", code, err, seconds, rss))
    code, err, seconds, rss = _run([command, "--format", "text", "http://exa mple.com:99/"])
    rows.append(("malformed URL", code, err, seconds, rss))
    print(f"deadline --timeout {args.timeout:g} s, default 5 MiB cap, {sys.platform}\n")
    print("| fault | exit | message (stderr) | time | peak RSS |")
    print("|---|---|---|---|---|")
    for what, code, err, seconds, rss in rows:
        print(f"| {what} | {code} | `{err}` | {seconds:.2f} s | {rss / 1024:.0f} MiB |")


if __name__ == "__main__":
    main()
