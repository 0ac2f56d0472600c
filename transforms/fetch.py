"""Fetching documents over HTTP: RSS/Atom feed URLs and article URLs in, `RawRecord`s (or `Rejected`s) out.

No Prefect here: `flows/ingest.py` wraps `fetch_all` in one task. What it does:

- **Polite**: one `User-Agent` naming pledgeflow, at most one request per `min_interval_s` per host (requests to
  different hosts do not wait for each other), timeouts on connect and read, response size capped.
- **Conditional**: the `ETag` / `Last-Modified` of every feed and page is remembered in a small state file
  (`<output>/.fetch_state.json`, written atomically) and sent back as `If-None-Match` / `If-Modified-Since`;
  a `304 Not Modified` costs one small request and yields nothing.
- **Items already seen are skipped**: the ids of feed items already ingested are remembered per feed, so an
  article page is fetched once, not on every run.
- **Full text**: a feed item that carries only a summary (no `content:encoded`/`content`) is completed by
  fetching its link and reducing the page to its main text (the HTML reader, trafilatura). When the page cannot be
  fetched or has no article, the summary is kept, the failure is quarantined, and the page is tried again next run.
- **Failures are isolated**: a feed that is down, slow, returns an error or cannot be parsed becomes one `Rejected`
  (quarantined as PF101/PF204 with the URL as `source_path`); the other sources go on.

The new state is returned with the records and saved by the caller only after the records were published, so a run
that fails later does not lose items (they are fetched again).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import tempfile
import time
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin, urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from transforms import PIPELINE_VERSION
from transforms.errors import ErrorCode
from transforms.readers import RawRecord, Rejected, records_from_bytes
from transforms.text import stable_id

USER_AGENT = f"pledgeflow/{PIPELINE_VERSION} (+https://github.com/pledgeflow)"
STATE_FILE = ".fetch_state.json"
STATE_VERSION = 1
MAX_SEEN_PER_FEED = 5000
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SUMMARY_ONLY = "summary->text"  # in `RawRecord.fields_used` of a feed item that carries no full text


# ---- configuration ---------------------------------------------------------------------------------------------
def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"'{value}' is not an http(s) URL")
    return value


class FeedConfig(BaseModel):
    """An RSS or Atom feed to poll."""

    model_config = ConfigDict(extra="forbid")
    url: str = Field(description="URL of the RSS/Atom feed (http or https).")
    fetch_articles: bool = Field(True, description="Fetch the linked article page of items that carry only a "
                                                   "summary, and keep the page's main text.")

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        return _http_url(value)


class PageConfig(BaseModel):
    """A single article page to fetch (re-fetched conditionally: unchanged pages cost a 304)."""

    model_config = ConfigDict(extra="forbid")
    url: str = Field(description="URL of the article page (http or https).")

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        return _http_url(value)


class FetchSettings(BaseModel):
    """How politely and patiently to fetch."""

    model_config = ConfigDict(extra="forbid")
    user_agent: str = Field(USER_AGENT, description="User-Agent header sent with every request.")
    timeout_s: float = Field(20.0, gt=0, description="Connect and read timeout of one request, in seconds.")
    min_interval_s: float = Field(1.0, ge=0, description="Minimum time between two requests to the same host.")
    retries: int = Field(2, ge=0, description="Retries of a request after a network error or HTTP 429/5xx.")
    backoff_s: float = Field(2.0, ge=0, description="First retry delay; doubles on every retry (Retry-After wins, "
                                                    "capped at 60 s).")
    max_bytes: int = Field(20 * 1024 * 1024, gt=0, description="Largest response body accepted.")


class SourcesConfig(BaseModel):
    """What the scheduled ingestion reads (a `sources.toml`). Relative paths are relative to the config file."""

    model_config = ConfigDict(extra="forbid")
    output: str = Field("output", description="Output folder of the Parquet datasets.")
    folders: list[str] = Field(default_factory=list, description="Files or folders read like `pledgeflow run` "
                                                                 "arguments.")
    feeds: list[FeedConfig] = Field(default_factory=list, description="RSS/Atom feeds to poll.")
    pages: list[PageConfig] = Field(default_factory=list, description="Article pages to fetch.")
    fetch: FetchSettings = Field(default_factory=FetchSettings, description="HTTP client settings.")

    def inputs(self) -> list[str]:
        """Every configured input, as written in the `runs` log."""
        return [*self.folders, *(f.url for f in self.feeds), *(p.url for p in self.pages)]


def load_sources(path: str | Path) -> SourcesConfig:
    """The config in `path` (TOML), with `output` and `folders` made absolute against the file's folder."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read the sources file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML: {exc}") from None
    config = SourcesConfig.model_validate(raw)
    base = path.resolve().parent
    return config.model_copy(update={
        "output": str(base / config.output),
        "folders": [str(base / f) for f in config.folders],
    })


# ---- state -----------------------------------------------------------------------------------------------------
@dataclass
class FetchState:
    """What earlier runs learnt: validators (ETag, Last-Modified) per URL and the item ids seen per feed."""

    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    seen: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> "FetchState":
        """The state saved in `path`; an empty state when the file is missing or unreadable (then every feed is
        fetched in full once, and the documents table deduplicates what was already ingested)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            return cls()
        return cls(validators=dict(data.get("validators") or {}), seen=dict(data.get("seen") or {}))

    def copy(self) -> "FetchState":
        return FetchState(validators={k: dict(v) for k, v in self.validators.items()},
                          seen={k: list(v) for k, v in self.seen.items()})

    def save(self, path: str | Path) -> None:
        """Write the state atomically (temporary file in the same folder, fsync, rename)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": STATE_VERSION, "validators": self.validators, "seen": self.seen},
                             indent=1, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def remember(self, url: str, response: "Fetched") -> None:
        kept = {k: v for k, v in (("etag", response.etag), ("last_modified", response.last_modified)) if v}
        if kept:
            self.validators[url] = kept
        else:
            self.validators.pop(url, None)

    def mark_seen(self, feed_url: str, keys: Sequence[str]) -> None:
        if keys:
            self.seen[feed_url] = (self.seen.get(feed_url, []) + list(keys))[-MAX_SEEN_PER_FEED:]


def state_path(output: str | Path) -> Path:
    return Path(output) / STATE_FILE


# ---- HTTP ------------------------------------------------------------------------------------------------------
class FetchFailed(Exception):
    """A URL could not be fetched (network error, timeout, HTTP error, too large); the message says which."""


@dataclass(frozen=True)
class Fetched:
    """A response: status 200 with a body, or 304 (not modified) with none."""

    url: str
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


class Client(Protocol):
    """What sources need from an HTTP client (tests may substitute a recording one)."""

    def get(self, url: str, *, validators: dict[str, str] | None = None) -> Fetched: ...


class PoliteClient:
    """httpx client with a User-Agent, timeouts, a per-host minimum interval, retries with backoff and a size cap.

    Use as a context manager (closes the connection pool).
    """

    def __init__(self, settings: FetchSettings = FetchSettings(), *, sleep=time.sleep, clock=time.monotonic):
        import httpx

        self.settings = settings
        self._httpx = httpx
        self._client = httpx.Client(headers={"User-Agent": settings.user_agent}, follow_redirects=True,
                                    timeout=httpx.Timeout(settings.timeout_s))
        self._last: dict[str, float] = {}
        self._sleep = sleep
        self._clock = clock
        self.requests = 0
        self.waited_s = 0.0

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            pause = last + self.settings.min_interval_s - self._clock()
            if pause > 0:
                self._sleep(pause)
                self.waited_s += pause
        self._last[host] = self._clock()

    def get(self, url: str, *, validators: dict[str, str] | None = None) -> Fetched:
        """GET `url` (conditional when `validators` are given). Raises `FetchFailed` with a readable reason."""
        headers = {}
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        attempt = 0
        while True:
            self._wait_turn(url)
            self.requests += 1
            try:
                return self._get_once(url, headers)
            except _Retryable as exc:
                if attempt >= self.settings.retries:
                    raise FetchFailed(f"{exc} (after {attempt + 1} attempts)") from None
                delay = exc.retry_after if exc.retry_after is not None else self.settings.backoff_s * 2 ** attempt
                self._sleep(min(delay, 60.0))
                attempt += 1

    def _get_once(self, url: str, headers: dict[str, str]) -> Fetched:
        httpx = self._httpx
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(url, 304, etag=response.headers.get("etag"),
                                   last_modified=response.headers.get("last-modified"))
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {response.status_code} {response.reason_phrase}",
                                     _retry_after(response.headers.get("retry-after")))
                if response.status_code >= 400:
                    raise FetchFailed(f"HTTP {response.status_code} {response.reason_phrase}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                    raise FetchFailed(f"response is {int(declared):,} bytes, over the limit of "
                                      f"{self.settings.max_bytes:,}")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.settings.max_bytes:
                        raise FetchFailed(f"response is over the limit of {self.settings.max_bytes:,} bytes")
                    chunks.append(chunk)
                return Fetched(str(response.url), response.status_code, b"".join(chunks),
                               etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
        except httpx.TimeoutException:
            raise _Retryable(f"timed out after {self.settings.timeout_s:g} s", None) from None
        except httpx.TransportError as exc:
            raise _Retryable(f"network error: {exc or type(exc).__name__}", None) from None


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


# ---- sources ---------------------------------------------------------------------------------------------------
@dataclass
class FetchStats:
    """Counts of one fetch, for logs and tests."""

    requests: int = 0
    not_modified: int = 0
    items_new: int = 0
    items_seen: int = 0
    articles_fetched: int = 0
    failures: int = 0


class Source(Protocol):
    """Something that yields records fetched over HTTP, updating the (pending) fetch state."""

    url: str

    def records(self, client: Client, state: FetchState, stats: FetchStats) -> Iterator[RawRecord | Rejected]: ...


def _unreachable(url: str, what: str, exc: Exception) -> Rejected:
    return Rejected(url, None, None, ErrorCode.PF101, f"{what} could not be fetched: {exc}; it is tried again "
                                                      "next run", "", 0)


def item_key(record: RawRecord) -> str:
    """The identity of a feed item across runs: its guid/id, else its link, else a hash of its raw entry."""
    return record.own_id or record.url or stable_id("item", record.raw)


@dataclass(frozen=True)
class FeedSource:
    """An RSS/Atom feed: conditional GET, items already seen skipped, summary-only items completed from the page."""

    url: str
    fetch_articles: bool = True

    def records(self, client: Client, state: FetchState, stats: FetchStats) -> Iterator[RawRecord | Rejected]:
        try:
            response = client.get(self.url, validators=state.validators.get(self.url))
        except FetchFailed as exc:
            stats.failures += 1
            yield _unreachable(self.url, "feed", exc)
            return
        if response.status == 304:
            stats.not_modified += 1
            return
        seen = set(state.seen.get(self.url, ()))
        new_keys: list[str] = []
        parsed = False
        for rec in records_from_bytes(response.body, source_path=self.url, suffix=".xml"):
            if isinstance(rec, Rejected):
                stats.failures += 1
                yield rec
                continue
            parsed = True
            key = item_key(rec)
            if key in seen:
                stats.items_seen += 1
                continue
            seen.add(key)
            if self.fetch_articles and SUMMARY_ONLY in rec.fields_used and rec.url:
                article = self._article(client, rec, stats)
                if isinstance(article, Rejected):
                    stats.failures += 1
                    yield article
                    stats.items_new += 1
                    yield rec  # keep the summary; the page is tried again next run (the item is not marked seen)
                    continue
                rec = article
            stats.items_new += 1
            new_keys.append(key)
            yield rec
        if parsed:  # an unreadable feed is fetched in full again next time
            state.remember(self.url, response)
            state.mark_seen(self.url, new_keys)

    def _article(self, client: Client, item: RawRecord, stats: FetchStats) -> RawRecord | Rejected:
        link = urljoin(self.url, item.url)
        try:
            page = client.get(link)
        except FetchFailed as exc:
            return _unreachable(link, "article page", exc)
        stats.articles_fetched += 1
        for rec in records_from_bytes(page.body, source_path=link, suffix=".html"):
            if isinstance(rec, Rejected):
                return rec
            feed_fields = ",".join(f for f in item.fields_used.split(",") if "->text" not in f)
            return RawRecord(link, None, item.own_id, link, item.title or rec.title, item.published or rec.published,
                             rec.text, rec.reader, f"feed:{feed_fields};page:{rec.fields_used}", rec.raw)
        return Rejected(link, None, item.own_id, ErrorCode.PF305, "article page yielded no record", "", 0)


@dataclass(frozen=True)
class PageSource:
    """One article page: conditional GET, main text by the HTML reader."""

    url: str

    def records(self, client: Client, state: FetchState, stats: FetchStats) -> Iterator[RawRecord | Rejected]:
        try:
            response = client.get(self.url, validators=state.validators.get(self.url))
        except FetchFailed as exc:
            stats.failures += 1
            yield _unreachable(self.url, "page", exc)
            return
        if response.status == 304:
            stats.not_modified += 1
            return
        ok = False
        for rec in records_from_bytes(response.body, source_path=self.url, suffix=".html"):
            if isinstance(rec, Rejected):
                stats.failures += 1
            else:
                ok = True
                stats.items_new += 1
            yield rec
        if ok:
            state.remember(self.url, response)


def sources_from_config(config: SourcesConfig) -> list[Source]:
    return [*(FeedSource(f.url, f.fetch_articles) for f in config.feeds), *(PageSource(p.url) for p in config.pages)]


@dataclass
class FetchBatch:
    """What one fetch produced: records to ingest (and rejects to quarantine), the state to save once they are
    published, and counts."""

    records: list[RawRecord | Rejected]
    state: FetchState
    stats: FetchStats

    @property
    def rejected(self) -> list[Rejected]:
        return [r for r in self.records if isinstance(r, Rejected)]


def fetch_all(sources: Sequence[Source], *, state: FetchState, settings: FetchSettings = FetchSettings(),
              client: Client | None = None) -> FetchBatch:
    """Fetch every source in turn; one source failing (even unexpectedly) never stops the others.

    `state` is not modified: the returned batch carries the updated state, to be saved after publishing.
    """
    new_state = state.copy()
    stats = FetchStats()
    records: list[RawRecord | Rejected] = []
    own = client is None
    http = PoliteClient(settings) if own else client
    try:
        for source in sources:
            got: list[RawRecord | Rejected] = []
            try:
                got.extend(source.records(http, new_state, stats))
            except Exception as exc:  # a parser or client bug in one source must not lose the others
                stats.failures += 1
                got.append(Rejected(source.url, None, None, ErrorCode.PF204,
                                    f"fetching failed unexpectedly: {type(exc).__name__}: {exc}", "", 0))
            records.extend(got)
    finally:
        if isinstance(http, PoliteClient):
            stats.requests = http.requests
        if own:
            http.close()
    return FetchBatch(records, new_state, stats)
