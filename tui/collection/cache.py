"""A local SQLite cache of fetched pages and their analysis, so a briefing reopens at once
and offline.

Pages are kept with the validators and expiry the server sent (``ETag``,
``Last-Modified``, ``Cache-Control``/``Expires``); analyses are keyed by a hash of the page
bytes, so a page that did not change is never analysed twice. The cache is disposable: a
file SQLite cannot read is renamed aside and a new one started with a warning on stderr,
and the total size is bounded by evicting what was used least recently.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

from tui import __version__
from tui.model import Briefing
from tui.render.json import SCHEMA
from tui.sources import RawDocument

from .serial import dumps_briefing, loads_briefing
from .store import Warn, open_database, user_folder, warn_stderr

CACHE_ENV = "BRIEFING_CACHE_DIR"
MAX_ENV = "BRIEFING_CACHE_MAX_MB"
CACHE_FILE = "cache.sqlite3"
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_FRESHNESS = 3600.0
"""Seconds a page counts as fresh when the server says nothing about it."""
MAX_HEURISTIC_FRESHNESS = 86400.0
_USER_VERSION = 1
_ANALYSIS_VERSION = f"{__version__}/{SCHEMA}"


def default_cache_dir() -> Path:
    """``$BRIEFING_CACHE_DIR`` or the platform's user cache folder for briefing."""
    return user_folder(CACHE_ENV, "cache")


def max_bytes_from_env(warn: Warn) -> int:
    """``$BRIEFING_CACHE_MAX_MB`` (a positive number of MiB), else 200 MiB."""
    value = os.environ.get(MAX_ENV)
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        megabytes = float(value)
        if megabytes <= 0:
            raise ValueError
    except ValueError:
        warn(f"ignoring {MAX_ENV}={value!r}: not a positive number of MiB")
        return DEFAULT_MAX_BYTES
    return int(megabytes * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class CachedPage:
    """A stored page: the document as fetched and what we need to revalidate it."""

    raw: RawDocument
    fetched_at: float
    expires: float
    etag: str | None = None
    last_modified: str | None = None

    def is_fresh(self, now: float | None = None) -> bool:
        return (now if now is not None else time.time()) < self.expires

    def validators(self) -> dict[str, str]:
        """Headers for a conditional request, empty when the server sent no validator."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _cache_control(headers: Mapping[str, str]) -> dict[str, str | None]:
    directives: dict[str, str | None] = {}
    for part in headers.get("cache-control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = value.strip('"') or None
    return directives


def may_store(headers: Mapping[str, str]) -> bool:
    """False when the server asked us not to keep the page (``Cache-Control: no-store``)."""
    return "no-store" not in _cache_control(headers)


def expiry(headers: Mapping[str, str], now: float) -> float:
    """When the page stops being fresh: max-age, then Expires, then a heuristic.

    ``no-cache`` makes it stale at once (it is revalidated every time); without any
    freshness header, a tenth of its age since Last-Modified (at most a day), or an hour.
    """
    directives = _cache_control(headers)
    if "no-cache" in directives:
        return now
    max_age = directives.get("max-age")
    if max_age is not None:
        try:
            return now + max(0, int(max_age))
        except ValueError:
            return now
    expires = _http_date(headers.get("expires"))
    if "expires" in headers:
        return expires if expires is not None else now
    last_modified = _http_date(headers.get("last-modified"))
    if last_modified is not None and last_modified < now:
        return now + min(MAX_HEURISTIC_FRESHNESS, (now - last_modified) / 10)
    return now + DEFAULT_FRESHNESS


def analysis_key(raw: RawDocument, mode: str = "article") -> str:
    """Same bytes, same extraction mode and same program version give the same analysis."""
    digest = hashlib.sha256(raw.data)
    digest.update(f"\0{mode}\0{raw.url or raw.location}\0{_ANALYSIS_VERSION}".encode())
    return digest.hexdigest()


_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS pages (
    location TEXT PRIMARY KEY,
    url TEXT,
    data BLOB NOT NULL,
    content_type TEXT,
    charset TEXT,
    etag TEXT,
    last_modified TEXT,
    fetched_at REAL NOT NULL,
    expires REAL NOT NULL,
    used_at REAL NOT NULL,
    size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    location TEXT NOT NULL,
    briefing TEXT NOT NULL,
    used_at REAL NOT NULL,
    size INTEGER NOT NULL
);
"""


class Cache:
    """Thread-safe access to one cache file (one connection behind a lock)."""

    def __init__(
        self,
        directory: Path | None = None,
        *,
        max_bytes: int | None = None,
        warn: Warn = warn_stderr,
    ) -> None:
        self.directory = directory if directory is not None else default_cache_dir()
        self.path = self.directory / CACHE_FILE
        self.max_bytes = max_bytes if max_bytes is not None else max_bytes_from_env(warn)
        self._warn = warn
        self._lock = threading.Lock()
        self._broken = False
        self._conn = open_database(self.path, _SCHEMA_SQL, _USER_VERSION, warn)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection | None]:
        """The connection under the lock, or None once the cache failed during this run."""
        with self._lock:
            if self._broken:
                yield None
                return
            try:
                yield self._conn
                self._conn.commit()
            except sqlite3.Error as error:
                self._broken = True
                self._warn(f"the cache stopped working ({error}); continuing without it")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- pages ----------------------------------------------------------------------

    def get_page(self, location: str) -> CachedPage | None:
        with self._db() as db:
            if db is None:
                return None
            row = db.execute(
                "SELECT url, data, content_type, charset, etag, last_modified, fetched_at, "
                "expires FROM pages WHERE location = ?",
                (location,),
            ).fetchone()
            if row is None:
                return None
            db.execute("UPDATE pages SET used_at = ? WHERE location = ?", (time.time(), location))
            url, data, content_type, charset, etag, last_modified, fetched_at, expires = row
            raw = RawDocument(bytes(data), location, url, content_type, charset)
            return CachedPage(raw, fetched_at, expires, etag, last_modified)

    def put_page(
        self, raw: RawDocument, headers: Mapping[str, str] | None = None, now: float | None = None
    ) -> None:
        """Store a freshly fetched page unless the server said ``no-store``."""
        headers = {k.lower(): v for k, v in (headers or {}).items()}
        if not may_store(headers):
            self.forget_page(raw.location)
            return
        now = time.time() if now is None else now
        with self._db() as db:
            if db is None:
                return
            db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    raw.location,
                    raw.url,
                    raw.data,
                    raw.content_type,
                    raw.charset,
                    headers.get("etag"),
                    headers.get("last-modified"),
                    now,
                    expiry(headers, now),
                    now,
                    len(raw.data),
                ),
            )
        self._evict()

    def refresh_page(self, location: str, headers: Mapping[str, str], now: float | None = None):
        """The server answered 304 Not Modified: the stored page is fresh again."""
        headers = {k.lower(): v for k, v in headers.items()}
        now = time.time() if now is None else now
        with self._db() as db:
            if db is not None:
                db.execute(
                    "UPDATE pages SET expires = ?, used_at = ?, "
                    "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified) "
                    "WHERE location = ?",
                    (
                        expiry(headers, now),
                        now,
                        headers.get("etag"),
                        headers.get("last-modified"),
                        location,
                    ),
                )

    def forget_page(self, location: str) -> None:
        with self._db() as db:
            if db is not None:
                db.execute("DELETE FROM pages WHERE location = ?", (location,))

    # -- analyses -------------------------------------------------------------------

    def get_analysis(self, key: str) -> Briefing | None:
        with self._db() as db:
            if db is None:
                return None
            row = db.execute("SELECT briefing FROM analyses WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            db.execute("UPDATE analyses SET used_at = ? WHERE key = ?", (time.time(), key))
        try:
            return loads_briefing(row[0])
        except (ValueError, KeyError, TypeError):
            return None  # written by another version: analyse again

    def put_analysis(self, key: str, location: str, briefing: Briefing) -> None:
        text = dumps_briefing(briefing)
        with self._db() as db:
            if db is not None:
                db.execute(
                    "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
                    (key, location, text, time.time(), len(text.encode())),
                )
        self._evict()

    # -- size bound -----------------------------------------------------------------

    def size(self) -> int:
        with self._db() as db:
            if db is None:
                return 0
            return db.execute(
                "SELECT (SELECT COALESCE(SUM(size), 0) FROM pages) + "
                "(SELECT COALESCE(SUM(size), 0) FROM analyses)"
            ).fetchone()[0]

    def _evict(self) -> None:
        """Drop the least recently used pages and analyses until the cache fits."""
        total = self.size()
        if total <= self.max_bytes:
            return
        with self._db() as db:
            if db is None:
                return
            rows = db.execute(
                "SELECT 'pages', location, used_at, size FROM pages "
                "UNION ALL SELECT 'analyses', key, used_at, size FROM analyses "
                "ORDER BY used_at"
            ).fetchall()
            for table, key, _used, size in rows:
                if total <= self.max_bytes:
                    break
                column = "location" if table == "pages" else "key"
                db.execute(f"DELETE FROM {table} WHERE {column} = ?", (key,))
                total -= size
        with self._db() as db:
            if db is not None:
                db.execute("PRAGMA incremental_vacuum")
