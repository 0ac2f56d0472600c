import datetime as dt
import re

import pytest

from transforms.documents import Deduplicator, Document, document_from_record, month_of, published_date
from transforms.errors import ErrorCode
from transforms.readers import RawRecord, Rejected


@pytest.mark.parametrize("value, expected", [
    ("2026-01-07", dt.date(2026, 1, 7)),
    ("2026-1-7", dt.date(2026, 1, 7)),
    ("2026-01-07T23:30:00+05:00", dt.date(2026, 1, 7)),  # the date as stated on the page
    ("Tue, 06 Jan 2026 08:00:00 GMT", dt.date(2026, 1, 6)),
    (dt.date(2009, 3, 1), dt.date(2009, 3, 1)),
    ("", None),
    (None, None),
])
def test_published_date(value, expected):
    assert published_date(value) == expected


@pytest.mark.parametrize("value, message", [
    ("2026-13-01", "is not a date (YYYY-MM-DD)"),
    ("2026-02-30", "is not a date"),
    ("yesterday", "is not a date"),
    ("1066-10-14", "outside"),
    ("2999-01-01", "outside"),
    (20260107, "expected a date string"),
])
def test_impossible_dates_are_errors(value, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        published_date(value)


def record(text, *, own_id="a1", published="2025-05-01", line=3):
    return RawRecord("in/docs.jsonl", line, own_id, None, None, published, text, "jsonl", "id,text", "{...}")


def test_document_from_record_normalises_and_derives_ids():
    doc = document_from_record(record("  Kyiv is unwilling.\r\n\r\nMoscow said no. "))
    assert isinstance(doc, Document)
    assert doc.text == "Kyiv is unwilling.\n\nMoscow said no."
    assert doc.n_chars == len(doc.text) and doc.published_month == "2025-05"
    assert doc.source_id == "a1"
    assert document_from_record(record(" Kyiv is unwilling.\n\nMoscow said no.")).document_id == doc.document_id


def test_record_without_id_gets_path_and_line():
    assert document_from_record(record("Text.", own_id=None)).source_id == "in/docs.jsonl:3"


@pytest.mark.parametrize("rec, code", [
    (record(None), ErrorCode.PF301),
    (record("  \n\x00 "), ErrorCode.PF301),
    (record("Text.", published="2026-13-01"), ErrorCode.PF302),
])
def test_bad_records_are_rejected(rec, code):
    out = document_from_record(rec)
    assert isinstance(out, Rejected) and out.code is code and out.line == 3 and out.source_path == "in/docs.jsonl"


def test_undated_document_is_kept():
    doc = document_from_record(record("Text.", published=None))
    assert isinstance(doc, Document) and doc.published_date is None and doc.published_month == month_of(None)


def test_deduplicator_new_duplicate_changed_and_conflict():
    old = document_from_record(record("Old text.", own_id="s1"))
    existing = {"s1": (old.document_id, "2025-05")}
    assert Deduplicator(existing=existing, existing_ids={old.document_id}).decide(
        document_from_record(record("Old text.", own_id="s1"))).status == "duplicate"
    dedup = Deduplicator(existing=existing, existing_ids={old.document_id})
    changed = dedup.decide(document_from_record(record("New text.", own_id="s1")))
    assert changed.status == "changed" and changed.replaces == (old.document_id, "2025-05")
    assert dedup.decide(document_from_record(record("Fresh.", own_id="s2"))).status == "new"
    assert dedup.decide(document_from_record(record("Fresh.", own_id="s3"))).status == "duplicate"
    conflict = dedup.decide(document_from_record(record("Other text for s2.", own_id="s2")))
    assert isinstance(conflict, Rejected) and conflict.code is ErrorCode.PF304


def test_empty_text_field_is_reported_as_empty_not_missing(tmp_path):
    from transforms.readers import records_from_bytes

    [rec] = records_from_bytes(b'{"id": "e1", "text": ""}\n', source_path="x.jsonl", suffix=".jsonl")
    out = document_from_record(rec)
    assert isinstance(out, Rejected) and out.code is ErrorCode.PF301 and "empty" in out.reason
