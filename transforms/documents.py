"""Records in, `documents` rows out: normalisation, dates, ids, and the new/changed/duplicate decision.

Identity: a document *is* its normalised text. `document_id` derives from the text alone, so the same article
arriving twice (another file, a feed and a page) is one row and the second arrival counts as a duplicate; a changed
title or date with identical text is not a new document. An input that comes back under the same `source_id` with
different text *replaces* its earlier version (its rows in every table are removed). Within one run, a second record
with the same `source_id` but different text is rejected (PF304): we cannot tell which one is right.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from typing import NamedTuple

from transforms.errors import ErrorCode
from transforms.readers import RawRecord, ReaderConfig, Rejected, _rejected
from transforms.schemas import UNKNOWN_MONTH
from transforms.text import document_id, normalized_text, text_sha256

EARLIEST_DATE = dt.date(1800, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$")


class Document(NamedTuple):
    """A `documents` row before run metadata (ingested_at, pipeline_version) is added."""

    document_id: str
    source_id: str
    source_path: str
    url: str | None
    title: str | None
    published_date: dt.date | None
    text: str
    n_chars: int
    content_sha256: str
    reader: str
    fields_used: str
    published_month: str


def published_date(value: object) -> dt.date | None:
    """The date of a `published_date` value: ISO date or datetime, RFC 822 (feeds), or a date object.

    Returns None for a missing/empty value. Raises ValueError, with a message saying what was expected, for a value
    that is not a possible date or lies outside 1800-01-01..2100-12-31.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        day = _date_from_string(value.strip())
    else:
        raise ValueError(f"`published_date` {value!r} is a {type(value).__name__}, expected a date string "
                         "(YYYY-MM-DD)")
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"`published_date` {value!r} is outside {EARLIEST_DATE}..{LATEST_DATE}")
    return day


def _date_from_string(value: str) -> dt.date:
    m = _ISO_DATE.match(value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValueError(f"`published_date` '{value}' is not a date (YYYY-MM-DD)") from None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is None:
        raise ValueError(f"`published_date` '{value}' is not a date (YYYY-MM-DD, ISO 8601 or RFC 822)")
    return parsed.date()


def month_of(day: dt.date | None) -> str:
    """Partition value of a date: 'YYYY-MM', or 'unknown'."""
    return day.strftime("%Y-%m") if day else UNKNOWN_MONTH


def document_from_record(record: RawRecord, *, config: ReaderConfig = ReaderConfig()) -> Document | Rejected:
    """A normalised `Document`, or a `Rejected` naming the file, line and reason."""
    source_id = record.own_id or (f"{record.source_path}:{record.line}" if record.line is not None
                                  else record.source_path)

    def reject(code: ErrorCode, reason: str) -> Rejected:
        return _rejected(record.source_path, record.line, record.own_id, code, reason, record.raw)

    if record.text is None or not isinstance(record.text, str):
        return reject(ErrorCode.PF301, "missing text (expected a field named one of text, body, content)")
    if len(record.text) > config.max_record_chars:
        return reject(ErrorCode.PF303, f"text is {len(record.text):,} characters, over the limit of "
                                       f"{config.max_record_chars:,}")
    text = normalized_text(record.text)
    if not text:
        return reject(ErrorCode.PF301, "text is empty after normalisation")
    try:
        day = published_date(record.published)
    except ValueError as exc:
        return reject(ErrorCode.PF302, str(exc))
    return Document(
        document_id=document_id(text), source_id=source_id, source_path=record.source_path,
        url=(record.url or "").strip() or None, title=normalized_text(record.title) if record.title else None,
        published_date=day, text=text, n_chars=len(text), content_sha256=text_sha256(text), reader=record.reader,
        fields_used=record.fields_used, published_month=month_of(day))


class Decision(NamedTuple):
    """What to do with a document: 'new', 'changed' (replaces `replaces`), or 'duplicate'."""

    status: str
    replaces: tuple[str, str] | None = None  # (old document_id, its published_month)


class Deduplicator:
    """Decides, one document at a time, whether it is new, changed or a duplicate (see the module docstring).

    `existing` maps source_id -> (document_id, published_month) of the published dataset; `existing_ids` is the
    set of published document ids. The object keeps only ids, so memory stays small on long runs.
    """

    def __init__(self, *, existing: Mapping[str, tuple[str, str]], existing_ids: set[str]) -> None:
        self._existing = existing
        self._existing_ids = existing_ids
        self._seen_ids: set[str] = set()
        self._seen_sources: dict[str, str] = {}

    def decide(self, doc: Document) -> Decision | Rejected:
        earlier = self._seen_sources.get(doc.source_id)
        if earlier is not None and earlier != doc.document_id:
            return _rejected(doc.source_path, None, doc.source_id, ErrorCode.PF304,
                             f"id '{doc.source_id}' was already read in this run with different text "
                             f"(document {earlier}); give each document a unique id", doc.text)
        self._seen_sources[doc.source_id] = doc.document_id
        if doc.document_id in self._seen_ids or doc.document_id in self._existing_ids:
            return Decision("duplicate")
        self._seen_ids.add(doc.document_id)
        previous = self._existing.get(doc.source_id)
        if previous is not None and previous[0] != doc.document_id:
            return Decision("changed", previous)
        return Decision("new")
