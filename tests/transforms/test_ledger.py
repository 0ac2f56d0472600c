"""The ledger loader over a small published store: names joined per role, pandas and DuckDB agree, empties work."""
from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa
import pytest

from transforms.documents import Document, month_of
from transforms.ledger import duckdb_views, ledger_views_sql, load_ledger, load_tables, sentence_of
from transforms.stages import document_rows
from transforms.storage import Store
from transforms.text import document_id, stable_id

TEXT = ("Kenya pledged 1,000 police officers to Haiti on Monday. "
        "Norway refused to join the levy. The talks ended.")
DAY = dt.date(2025, 9, 3)
MONTH = month_of(DAY)
DOC = document_id(TEXT)
PLEDGE = (0, TEXT.index("Monday.") + len("Monday."))
REFUSAL = (PLEDGE[1] + 1, TEXT.index("levy.") + len("levy."))


def _commitment(span: tuple[int, int], kind: str, polarity: str) -> dict:
    return {"commitment_id": stable_id("c", DOC, *span), "document_id": DOC, "sentence_index": 0,
            "start_char": span[0], "end_char": span[1], "evidence_text": TEXT[span[0]:span[1]], "kind": kind,
            "polarity": polarity, "confidence": 0.9, "published_month": MONTH}


def small_ledger_store(root) -> None:
    """A published output with one document, three countries, a pledge and a refusal (also used by the notebook
    test, so the notebook runs over real commitment rows even while extraction finds none)."""
    store = Store(root)
    doc = Document(DOC, "s1", "news/kenya.txt", "https://example.org/kenya", "Kenya and Haiti", DAY, TEXT,
                   len(TEXT), "0" * 64, "txt", "body", MONTH)
    store.stage("r1", "documents", document_rows([doc], at=dt.datetime(2025, 9, 4, tzinfo=dt.timezone.utc)), batch=0)
    store.stage("r1", "entities", pa.Table.from_pylist([
        {"entity_id": "country:KEN", "entity_type": "country", "name": "Kenya", "iso3": "KEN", "source": "seed"},
        {"entity_id": "country:HTI", "entity_type": "country", "name": "Haiti", "iso3": "HTI", "source": "seed"},
        {"entity_id": "country:NOR", "entity_type": "country", "name": "Norway", "iso3": "NOR", "source": "seed"},
    ]), batch=1)
    pledge, refusal = _commitment(PLEDGE, "pledge", "positive"), _commitment(REFUSAL, "refusal", "negative")
    store.stage("r1", "commitments", pa.Table.from_pylist([pledge, refusal]), batch=2)
    parties = [(pledge, "country:KEN", "actor"), (pledge, "country:HTI", "beneficiary"),
               (refusal, "country:NOR", "actor"), (refusal, "country:XXX", "target")]  # XXX: unresolved entity
    store.stage("r1", "commitment_parties", pa.Table.from_pylist([
        {"commitment_id": c["commitment_id"], "entity_id": e, "role": r, "document_id": DOC, "published_month": MONTH}
        for c, e, r in parties]), batch=3)
    store.publish("r1", replaced={}, appended={}, snapshot_name="snap-r1")


@pytest.fixture
def output(tmp_path):
    small_ledger_store(tmp_path / "out")
    return tmp_path / "out"


def test_one_row_per_commitment_with_names_per_role(output):
    ledger = load_ledger(output).set_index("kind")
    assert sorted(ledger.index) == ["pledge", "refusal"]
    pledge, refusal = ledger.loc["pledge"], ledger.loc["refusal"]
    assert (pledge.actors, pledge.actor_ids, pledge.beneficiaries) == ("Kenya", "country:KEN", "Haiti")
    assert refusal.actors == "Norway" and refusal.targets == "country:XXX"  # an unknown entity keeps its id
    assert str(pledge.published_date)[:10] == "2025-09-03" and pledge.document_title == "Kenya and Haiti"
    assert pledge.source_path == "news/kenya.txt" and pledge.published_month == "2025-09"


def test_every_row_leads_back_to_its_sentence(output):
    ledger = load_ledger(output)
    documents = load_tables(output)["documents"]
    for _, row in ledger.iterrows():
        assert sentence_of(row, documents) == row.evidence_text


def test_duckdb_views_match_the_pandas_loader(output):
    con = duckdb.connect()
    duckdb_views(con, output)
    [(n,)] = con.execute("select count(*) from ledger").fetchall()
    assert n == len(load_ledger(output)) == 2
    rows = con.execute("select entity_name, role from ledger_parties order by entity_name").fetchall()
    assert rows == [("Haiti", "beneficiary"), ("Kenya", "actor"), ("Norway", "actor"), ("country:XXX", "target")]
    [(q,)] = con.execute("select count(*) from quarantine_inputs").fetchall()
    assert q == 0
    assert "create or replace view ledger as" in ledger_views_sql(output)


def test_empty_store_gives_an_empty_ledger_with_its_columns(tmp_path):
    store = Store(tmp_path / "out")
    store.publish("r0", replaced={}, appended={}, snapshot_name="snap-r0")
    ledger = load_ledger(tmp_path / "out")
    assert ledger.empty
    assert {"actors", "beneficiaries", "targets", "evidence_text", "published_date"} <= set(ledger.columns)


def test_missing_output_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="make run"):
        load_ledger(tmp_path / "nothing")
