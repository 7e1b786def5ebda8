"""Open a small SQLite file that may be damaged or unwritable, without ever crashing.

Used by the cache and the reading history: a file SQLite cannot read is renamed aside
(so the user can look at it) and a new one is started, with a one-line warning on stderr;
when the folder cannot be written at all, an in-memory database stands in.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

Warn = Callable[[str], None]


def user_folder(env: str, kind: str) -> Path:
    """``$env`` when set, else the platform's user ``kind`` folder ("cache" or "data")."""
    override = os.environ.get(env)
    if override:
        return Path(override).expanduser()
    import platformdirs

    finder = platformdirs.user_cache_dir if kind == "cache" else platformdirs.user_data_dir
    return Path(finder("briefing", appauthor=False))


def warn_stderr(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr)


def _connect(target: str, schema: str, version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(target, timeout=10, check_same_thread=False)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check and check[0]}")
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found not in (0, version):
            raise sqlite3.DatabaseError(f"written by another version ({found})")
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # only takes on a new file
        if target != ":memory:":
            # A cache, not a ledger: WAL without a sync per commit is safe against crashes
            # of the program (the file stays consistent) and keeps reads cheap.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.executescript(schema)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    except BaseException:
        conn.close()
        raise
    return conn


def set_aside(path: Path, reason: object, warn: Warn) -> None:
    """Rename an unreadable database file (and its journal files) out of the way."""
    aside: Path | None = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
    try:
        path.replace(aside)
        for suffix in ("-wal", "-shm", "-journal"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                extra.replace(aside.with_name(aside.name + suffix))
    except OSError:
        path.unlink(missing_ok=True)
        aside = None
    where = f"; the old file is {aside}" if aside else ""
    warn(f"{path} was unreadable ({reason}); started a new one{where}")


def open_database(path: Path, schema: str, version: int, warn: Warn) -> sqlite3.Connection:
    """A working connection to ``path``, recreated when damaged, in memory when unwritable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _connect(str(path), schema, version)
    except sqlite3.DatabaseError as error:
        set_aside(path, error, warn)
    except OSError as error:
        warn(f"cannot use {path} ({error}); keeping it in memory for this run")
        return _connect(":memory:", schema, version)
    try:
        return _connect(str(path), schema, version)
    except (sqlite3.DatabaseError, OSError) as error:
        warn(f"cannot recreate {path} ({error}); keeping it in memory for this run")
        return _connect(":memory:", schema, version)
