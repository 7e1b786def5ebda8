"""Fetch and analyse many sources at once, with a bound on how many are in flight.

Fetching runs in a thread pool of ``concurrency`` workers (the httpx client is shared and
thread-safe), so at most that many requests are open at any moment. Extraction and
analysis are CPU work under the GIL, so one processing thread does them in turn, which also
keeps the entity model single-threaded. A source that fails is recorded with its one-line
reason and exit code; it never stops the others.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.errors import BriefingError, NetworkError, TLSError
from tui.model import Briefing
from tui.sources import FetchOptions, Progress, RawDocument, is_url, read_source

from .cache import Cache, analysis_key
from .feeds import is_feed, read_feed

DEFAULT_CONCURRENCY = 8

ORIGIN_NETWORK = "network"
ORIGIN_CACHE = "cache"  # fresh copy, or revalidated with 304
ORIGIN_STALE = "stale"  # the network failed: the stored copy stands in
ORIGIN_LOCAL = "local"  # a file or stdin


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one article source: a briefing, or the reason it failed.

    ``order`` sorts outcomes as the user listed them: ``(i,)`` for the i-th source,
    ``(i, j)`` for the j-th entry of a feed given as the i-th source.
    """

    location: str
    order: tuple[int, ...]
    briefing: Briefing | None = None
    error: str | None = None
    exit_code: int = 0
    origin: str = ORIGIN_NETWORK
    fetched_at: float | None = None
    feed: str | None = None
    entry_title: str | None = None  # what the feed called it, shown while loading or failed

    @property
    def ok(self) -> bool:
        return self.briefing is not None

    @property
    def title(self) -> str:
        if self.briefing and self.briefing.article.meta.title:
            return self.briefing.article.meta.title
        return self.entry_title or self.location


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """A source that turned out to be a feed, and how many entries it gave."""

    location: str
    order: tuple[int, ...]
    title: str
    entries: int


@dataclass(frozen=True, slots=True)
class Event:
    """A change a live view can show. ``kind``: "added", "stage", "feed" or "finished"."""

    kind: str
    location: str
    order: tuple[int, ...] = ()
    title: str | None = None
    stage: str | None = None  # "fetching" (amount = bytes), "extracting", "analysing"
    amount: int = 0
    outcome: Outcome | None = None
    feed: FeedInfo | None = None


Listener = Callable[[Event], None]


@dataclass(slots=True)
class CollectionResult:
    outcomes: list[Outcome] = field(default_factory=list)
    feeds: list[FeedInfo] = field(default_factory=list)

    @property
    def briefings(self) -> list[Briefing]:
        return [o.briefing for o in self.outcomes if o.briefing is not None]

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


class DaemonPool:
    """A fixed number of daemon worker threads taking jobs in order.

    Unlike ``ThreadPoolExecutor`` (whose threads the interpreter joins at exit), quitting
    never waits for a request still open on a slow server.
    """

    def __init__(self, workers: int, name: str) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._stopped = False
        for number in range(workers):
            threading.Thread(target=self._work, name=f"{name}-{number}", daemon=True).start()

    def submit(self, job: Callable, *args) -> None:
        if not self._stopped:
            self._jobs.put((job, args))

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None or self._stopped:
                return
            job, args = item
            job(*args)

    def shutdown(self, workers: int) -> None:
        """Drop queued jobs; each idle worker ends (a busy one ends after its job)."""
        self._stopped = True
        for _ in range(workers):
            self._jobs.put(None)


@dataclass(frozen=True, slots=True)
class Fetched:
    raw: RawDocument
    origin: str
    fetched_at: float | None = None


@functools.cache
def _fetch_accepts_headers() -> bool:
    """Whether ``tui.fetch.fetch_url`` can send extra request headers (conditional GET)."""
    try:
        from tui.fetch import fetch_url
    except ImportError:
        return False
    return "headers" in inspect.signature(fetch_url).parameters


def obtain(
    location: str,
    options: FetchOptions,
    cache: Cache | None,
    *,
    refresh: bool = False,
    progress: Progress | None = None,
) -> Fetched:
    """The page's bytes: from the cache while fresh, else the network (conditionally when
    the server gave validators); offline, the stored copy stands in for the page."""
    if not is_url(location) or cache is None:
        origin = ORIGIN_NETWORK if is_url(location) else ORIGIN_LOCAL
        return Fetched(read_source(location, options, progress), origin)
    cached = cache.get_page(location)
    if cached is not None and not refresh and cached.is_fresh():
        return Fetched(cached.raw, ORIGIN_CACHE, cached.fetched_at)
    validators = cached.validators() if cached is not None and not refresh else {}
    try:
        if validators and _fetch_accepts_headers():
            from tui.fetch import fetch_url

            raw = fetch_url(location, options, progress, headers=validators)
        else:
            raw = read_source(location, options, progress)
    except (NetworkError, TLSError):
        if cached is None:
            raise
        return Fetched(cached.raw, ORIGIN_STALE, cached.fetched_at)
    headers = dict(getattr(raw, "headers", None) or {})
    if getattr(raw, "status", 200) == 304 and cached is not None:
        cache.refresh_page(location, headers)
        return Fetched(cached.raw, ORIGIN_CACHE, cached.fetched_at)
    cache.put_page(raw, headers)
    return Fetched(raw, ORIGIN_NETWORK, time.time())


def _analyse_plain(article):
    from tui.pipeline import analyse

    return analyse(article)


class CollectionRunner:
    """One briefing run. Create it, then call ``run(sources)`` once (from any thread)."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        cache: Cache | None = None,
        refresh: bool = False,
        listener: Listener | None = None,
        analyse: Callable = _analyse_plain,
        already_read: dict[str, RawDocument] | None = None,
    ) -> None:
        """``already_read``: sources the caller has read (a feed it had to look at to know
        it was one), used as they are instead of being read a second time."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.options = options or FetchOptions()
        self.concurrency = concurrency
        self.cache = cache
        self.refresh = refresh
        self._listener = listener
        self._analyse = analyse
        self._already_read = dict(already_read or {})
        self._result = CollectionResult()
        self._seen: set[str] = set()
        self._pending = 0
        self._done = threading.Condition()
        self._fetchers: DaemonPool | None = None
        self._processor: DaemonPool | None = None
        self._cancelled = threading.Event()

    # -- public ---------------------------------------------------------------------

    def run(self, sources: list[str]) -> CollectionResult:
        """Fetch, extract and analyse every source; outcomes come back in the user's order."""
        if any(is_url(source) for source in sources):
            # Import the HTTP stack once here, not in eight workers racing for it.
            with contextlib.suppress(ImportError):
                import tui.fetch  # noqa: F401
        self._fetchers = DaemonPool(self.concurrency, "fetch")
        self._processor = DaemonPool(1, "analyse")
        try:
            for index, location in enumerate(sources):
                self._add(location, (index,), expand_feeds=True)
            with self._done:
                while self._pending:
                    self._done.wait(0.25)
        except BaseException:
            self.cancel()
            raise
        finally:
            self._fetchers.shutdown(self.concurrency)
            self._processor.shutdown(1)
        self._result.outcomes.sort(key=lambda o: o.order)
        self._result.feeds.sort(key=lambda f: f.order)
        return self._result

    def cancel(self) -> None:
        """Stop starting new work (requests already open end by their deadline)."""
        self._cancelled.set()
        with self._done:
            self._pending = 0
            self._done.notify_all()

    # -- bookkeeping ----------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        if self._listener is not None and not self._cancelled.is_set():
            self._listener(event)

    def _add(
        self,
        location: str,
        order: tuple[int, ...],
        *,
        expand_feeds: bool,
        feed: str | None = None,
        title: str | None = None,
    ) -> None:
        with self._done:
            if location in self._seen or self._cancelled.is_set():
                return
            self._seen.add(location)
            self._pending += 1
        self._emit(Event("added", location, order, title=title))
        assert self._fetchers is not None
        self._fetchers.submit(
            self._guarded, self._fetch_stage, location, order, expand_feeds, feed, title
        )

    def _finish(self, outcome: Outcome) -> None:
        with self._done:
            if self._cancelled.is_set():
                return
            self._result.outcomes.append(outcome)
        self._emit(Event("finished", outcome.location, outcome.order, outcome=outcome))
        self._release()

    def _release(self) -> None:
        with self._done:
            self._pending = max(0, self._pending - 1)
            self._done.notify_all()

    def _guarded(self, stage, location, order, expand_feeds, feed, title, *rest) -> None:
        """Run a stage; any failure becomes that source's outcome, never the run's."""
        if self._cancelled.is_set():
            return
        try:
            stage(location, order, expand_feeds, feed, title, *rest)
        except BriefingError as error:
            self._finish(
                Outcome(
                    location,
                    order,
                    error=str(error),
                    exit_code=error.exit_code,
                    feed=feed,
                    entry_title=title,
                )
            )
        except Exception as error:  # a bug in one page's processing must not end the run
            self._finish(
                Outcome(
                    location,
                    order,
                    error=f"internal error: {type(error).__name__}: {error}",
                    exit_code=1,
                    feed=feed,
                    entry_title=title,
                )
            )

    # -- stages ---------------------------------------------------------------------

    def _fetch_stage(self, location, order, expand_feeds, feed, title) -> None:
        def progress(stage: str, amount: int) -> None:
            self._emit(Event("stage", location, order, stage=stage, amount=amount))

        known = self._already_read.pop(location, None)
        if known is not None:
            fetched = Fetched(known, ORIGIN_LOCAL if not is_url(location) else ORIGIN_NETWORK)
        else:
            progress("fetching" if is_url(location) else "reading", 0)
            fetched = obtain(
                location, self.options, self.cache, refresh=self.refresh, progress=progress
            )
        if expand_feeds and is_feed(fetched.raw):
            self._expand(location, order, fetched.raw)
            return
        assert self._processor is not None
        self._processor.submit(
            self._guarded, self._process_stage, location, order, False, feed, title, fetched
        )

    def _expand(self, location: str, order: tuple[int, ...], raw: RawDocument) -> None:
        feed = read_feed(raw)
        info = FeedInfo(location, order, feed.title or location, len(feed.entries))
        with self._done:
            self._result.feeds.append(info)
        self._emit(Event("feed", location, order, title=info.title, feed=info))
        for j, entry in enumerate(feed.entries):
            self._add(
                entry.link,
                (*order, j),
                expand_feeds=False,
                feed=location,
                title=entry.title or None,
            )
        self._release()

    def _process_stage(self, location, order, _expand, feed, title, fetched: Fetched) -> None:
        from tui.pipeline import article_from_document

        key = analysis_key(fetched.raw)
        briefing = None
        if self.cache is not None and not self.refresh:
            briefing = self.cache.get_analysis(key)
        if briefing is None:
            self._emit(Event("stage", location, order, stage="extracting"))
            article = article_from_document(fetched.raw)
            self._emit(Event("stage", location, order, stage="analysing"))
            briefing = self._analyse(article)
            if self.cache is not None:
                self.cache.put_analysis(key, location, briefing)
        self._finish(
            Outcome(
                location,
                order,
                briefing=briefing,
                origin=fetched.origin,
                fetched_at=fetched.fetched_at,
                feed=feed,
                entry_title=title,
            )
        )
