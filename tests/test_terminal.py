"""The command in a real pseudo-terminal, as a user's shell runs it."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _read_until(master: int, wanted: bytes, limit: float = 30.0) -> bytes:
    """The terminal's output until ``wanted`` appears (or the limit passes)."""
    seen = b""
    deadline = time.monotonic() + limit
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_a_page_piped_in_opens_the_reader_with_the_keyboard_on_the_terminal(
    sample_html: Path, tmp_path: Path
) -> None:
    """`cat page.html | briefing -` in a terminal: the reader shows the page, and keys
    typed on the terminal reach it (q quits with 0)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

    def own_terminal() -> None:  # the pty becomes the child's controlling terminal
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    env = {**os.environ, "TERM": "xterm-256color", "BRIEFING_NER": "fallback"}
    with sample_html.open("rb") as page:
        child = subprocess.Popen(
            [sys.executable, "-m", "tui", "-"],
            stdin=page,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=ROOT,
            preexec_fn=own_terminal,
        )
    os.close(slave)
    try:
        shown = _read_until(master, b"Entities")  # the facts panel: the reader is up
        assert b"Venezuela frees dozens" in shown and b"Entities" in shown
        assert child.poll() is None  # waiting for keys, not printing and leaving
        os.write(master, b"q")
        _read_until(master, b"\x00never\x00", limit=20)  # drain, as a terminal does, to exit
        assert child.wait(timeout=5) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(master)
