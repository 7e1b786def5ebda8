"""The history of articles the reader opened, for ``briefing history`` and read/unread marks.

Kept apart from the cache (in the platform's user data folder, or ``$BRIEFING_DATA_DIR``):
clearing or recreating the cache must not forget what was read.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tui.model import Briefing
from tui.sources import is_url

from .store import Warn, open_database, user_folder, warn_stderr

DATA_ENV = "BRIEFING_DATA_DIR"
HISTORY_FILE = "history.sqlite3"
_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS history (
    location TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    site TEXT,
    url TEXT,
    first_read REAL NOT NULL,
    last_read REAL NOT NULL,
    times INTEGER NOT NULL
);
"""


def default_data_dir() -> Path:
    """``$BRIEFING_DATA_DIR`` or the platform's user data folder for briefing."""
    return user_folder(DATA_ENV, "data")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    location: str
    title: str
    site: str | None
    url: str | None
    first_read: float
    last_read: float
    times: int


def history_key(location: str) -> str:
    """How a source is remembered: URLs as given, files by absolute path, so that
    ``briefing history`` names a file that opens from anywhere."""
    if location == "-" or is_url(location):
        return location
    return str(Path(location).expanduser().absolute())


class History:
    """Thread-safe reading history in one SQLite file."""

    def __init__(self, directory: Path | None = None, *, warn: Warn = warn_stderr) -> None:
        self.path = (directory or default_data_dir()) / HISTORY_FILE
        self._lock = threading.Lock()
        self._conn = open_database(self.path, _SCHEMA, _VERSION, warn)
        self._warn = warn

    def record(self, location: str, briefing: Briefing, when: float | None = None) -> None:
        """Remember that ``location`` was read now (a failure to write only warns)."""
        meta = briefing.article.meta
        when = time.time() if when is None else when
        try:
            with self._lock, self._conn:
                self._conn.execute(
                    "INSERT INTO history VALUES (?, ?, ?, ?, ?, ?, 1) "
                    "ON CONFLICT(location) DO UPDATE SET title = excluded.title, "
                    "site = excluded.site, url = excluded.url, last_read = excluded.last_read, "
                    "times = times + 1",
                    (
                        history_key(location),
                        meta.title or location,
                        meta.site,
                        meta.url,
                        when,
                        when,
                    ),
                )
        except Exception as error:  # sqlite3.Error; the history is a convenience
            self._warn(f"could not record the reading history ({error})")

    def read_locations(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._conn.execute("SELECT location FROM history")}

    def entries(self, limit: int | None = None) -> list[HistoryEntry]:
        """Most recently read first."""
        query = "SELECT * FROM history ORDER BY last_read DESC"
        with self._lock:
            rows = self._conn.execute(
                query + " LIMIT ?" if limit else query, (limit,) if limit else ()
            ).fetchall()
        return [HistoryEntry(*row) for row in rows]

    def clear(self) -> int:
        with self._lock, self._conn:
            return self._conn.execute("DELETE FROM history").rowcount

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def record_read(location: str, briefing: Briefing) -> None:
    """Record one read article in the default history (for the single-article reader)."""
    history = History()
    try:
        history.record(location, briefing)
    finally:
        history.close()
