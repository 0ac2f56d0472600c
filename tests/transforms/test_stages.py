"""The stages as plain functions: extraction across batches."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms import stages
from transforms.storage import Store


def test_entity_spelled_two_ways_is_one_row_whatever_the_batches(tmp_path):
    docs = [
        {"id": "a", "published_date": "2007-03-01",
         "text": "The Abu Ali Mustafa Martyrs Brigades said the truce would hold. Israel rejected the offer."},
        {"id": "b", "published_date": "2007-03-02",
         "text": "The Abu Ali Mustafa Martyrs’ Brigades rejected the truce. Egypt called on both sides to talk."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    store = Store(tmp_path / "out")
    run_id = stages.new_run_id(stages.utc_now())
    summary = stages.ingest([str(src)], store=store, run_id=run_id,
                            config=stages.RunConfig(batch_size=1))
    stages.extract(store=store, run_id=run_id, config=stages.RunConfig(batch_size=1))
    entities = store.read_staged(run_id, "entities").to_pandas()
    brigades = entities[entities.entity_id == "org:abu-ali-mustafa-martyrs-brigades"]
    assert summary.documents_new == 2
    assert len(brigades) == 1 and brigades.name.iloc[0] == "Abu Ali Mustafa Martyrs Brigades"
    assert entities.entity_id.is_unique
    mentions = store.read_staged(run_id, "mentions").to_pandas()
    assert (mentions.entity_id == "org:abu-ali-mustafa-martyrs-brigades").sum() == 2


def test_a_document_an_extractor_fails_on_is_quarantined_and_the_others_go_on(tmp_path, monkeypatch):
    """An extractor bug on one document (simulated by a document-specific failure in the real extractor) leaves
    that document published without extracted rows, quarantined as PF401 with the reason, counted in `runs`;
    the other documents of the same batch keep all their rows."""
    import pandas as pd

    from transforms.extraction import Extractor

    docs = [{"id": "ok-1", "published_date": "2025-03-02", "text": "Kenya pledged 1,000 police officers to Haiti."},
            {"id": "bad", "published_date": "2025-03-02", "text": "Ghana signed the cocoa accord with Ivory Coast."},
            {"id": "ok-2", "published_date": "2025-03-03", "text": "France ruled out sending troops to Niger."}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    real = Extractor.document_mentions

    def failing(self, text, day):
        if text.startswith("Ghana"):
            raise ValueError("simulated extractor bug")
        return real(self, text, day)

    monkeypatch.setattr(Extractor, "document_mentions", failing)
    out = tmp_path / "out"
    result = stages.run_pipeline([src], store=Store(out))
    assert result.extracted.quarantined == 1 and "simulated extractor bug" in result.extracted.messages[0]
    q = pd.read_parquet(out / "quarantine" / "inputs")
    assert list(q.code) == ["PF401"] and list(q.source_id) == ["bad"]
    assert "extraction failed on document" in q.reason.iloc[0] and q.raw.iloc[0].startswith("Ghana")
    documents = pd.read_parquet(out / "documents")
    assert sorted(documents.source_id) == ["bad", "ok-1", "ok-2"]  # the document itself is kept
    bad_id = documents.set_index("source_id").loc["bad", "document_id"]
    mentions = pd.read_parquet(out / "mentions")
    assert bad_id not in set(mentions.document_id) and len(set(mentions.document_id)) == 2
    assert set(pd.read_parquet(out / "commitments").kind) == {"pledge", "refusal"}
    assert "country:GHA" not in set(pd.read_parquet(out / "entities").entity_id)
    assert pd.read_parquet(out / "runs").quarantined.tolist() == [1]


def test_entity_rows_keep_one_row_per_id_with_the_smallest_name_first_seen_on_a_tie():
    """`entity_rows` (Arrow, bounded by the distinct entities) keeps what the dict of Python rows it replaced kept:
    per id the smallest name (Python's code point order), the row seen first on a tie, sorted by id."""
    import random

    import pyarrow as pa

    from transforms.schemas import ENTITIES

    names = ["Martyrs Brigades", "Martyrs’ Brigades", "Ärzte", "Zeta", "zeta", "a", "ä", "é", "e\u0301", "𝔘nion"]
    rng = random.Random(7)
    for _ in range(200):
        kept, expected = None, {}
        for _batch in range(rng.randint(1, 5)):
            rows = [{"entity_id": f"org:{rng.randint(0, 6)}", "entity_type": "organisation", "name": rng.choice(names),
                     "iso3": None, "country_iso3": rng.choice([None, "GBR"]), "wikidata_id": str(rng.randint(0, 3)),
                     "source": "extracted"} for _ in range(rng.randint(0, 12))]
            kept = stages.entity_rows(kept, pa.Table.from_pylist(rows, schema=ENTITIES.schema))
            for row in rows:
                if row["entity_id"] not in expected or row["name"] < expected[row["entity_id"]]["name"]:
                    expected[row["entity_id"]] = row
        assert kept.to_pylist() == [expected[k] for k in sorted(expected)]
        assert kept.schema.equals(ENTITIES.schema)


# --- extraction in worker processes (RunConfig.workers) ---------------------------------------------------------

FAILING_DOCS = [
    {"id": "ok-1", "published_date": "2025-03-02", "text": "Kenya pledged 1,000 police officers to Haiti."},
    {"id": "bad", "published_date": "2025-03-02", "text": "Ghana signed the cocoa accord with Ivory Coast."},
    {"id": "ok-2", "published_date": "2025-03-03", "text": "France ruled out sending troops to Niger."},
]


def _fails_on_ghana(text: str) -> None:
    if text.startswith("Ghana"):
        raise ValueError("simulated extractor bug")


def _dies_on_ghana(text: str) -> None:
    if text.startswith("Ghana"):
        import os

        os._exit(3)  # a worker killed mid-batch (out of memory, a crash in native code)


def failing_extractor(fault=_fails_on_ghana):
    """An extractor with a document-specific fault (module level: worker processes build it by name)."""
    from transforms.extraction import Extractor

    class Faulty(Extractor):
        def document_mentions(self, text, day):
            fault(text)
            return super().document_mentions(text, day)

    real = Extractor.from_reference()
    return Faulty(reference=real.reference, entities=real.entities, commitments=real.commitments,
                  lexicon_version=real.lexicon_version)


def dying_extractor():
    return failing_extractor(_dies_on_ghana)


def _no_extraction_here(monkeypatch) -> None:
    """Make extraction in this (the parent) process fail: what follows must extract in worker processes, which
    import the real extractor afresh."""
    from transforms.extraction import Extractor

    def refuse(self, docs):
        raise AssertionError("extracted in the parent process, not in the workers")

    monkeypatch.setattr(Extractor, "tables_and_failures", refuse)


def test_two_workers_publish_the_same_tables_as_one(tmp_path, monkeypatch):
    """The sample documents in batches of 3 (four batches, several months, entities named in several batches):
    with two worker processes every extracted table's Parquet files are byte-identical to one process's, and every
    other table holds the same rows in the same order (run ids and timestamps aside)."""
    from tests.conftest import SAMPLES, extracted_files, run_free_tables

    one = stages.run_pipeline([SAMPLES], store=Store(tmp_path / "one"), config=stages.RunConfig(batch_size=3))
    _no_extraction_here(monkeypatch)
    two = stages.run_pipeline([SAMPLES], store=Store(tmp_path / "two"),
                              config=stages.RunConfig(batch_size=3, workers=2))
    assert two.extracted.counts == one.extracted.counts and one.extracted.counts["mentions"] > 100
    assert two.extracted.lexicon_version == one.extracted.lexicon_version is not None
    files = extracted_files(tmp_path / "one")
    assert len(files) >= 5 and extracted_files(tmp_path / "two") == files
    a, b = run_free_tables(tmp_path / "one"), run_free_tables(tmp_path / "two")
    assert a.keys() == b.keys()
    for name in a:
        assert a[name].equals(b[name]), name


def test_a_document_an_extractor_fails_on_is_quarantined_with_two_workers(tmp_path, monkeypatch):
    """As in one process: the document a worker's extractor fails on is published without extracted rows and
    quarantined as PF401 with the reason; the same rows as a run in one process."""
    import pandas as pd

    from tests.conftest import extracted_files, run_free_tables

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in FAILING_DOCS) + "\n")
    one = stages.run_pipeline([src], store=Store(tmp_path / "one"), config=stages.RunConfig(batch_size=1),
                              extractor_factory=failing_extractor)
    _no_extraction_here(monkeypatch)
    out = tmp_path / "two"
    result = stages.run_pipeline([src], store=Store(out), config=stages.RunConfig(batch_size=1, workers=2),
                                 extractor_factory=failing_extractor)
    assert result.extracted.quarantined == 1 and "simulated extractor bug" in result.extracted.messages[0]
    assert result.extracted.messages == one.extracted.messages
    q = pd.read_parquet(out / "quarantine" / "inputs")
    assert list(q.code) == ["PF401"] and list(q.source_id) == ["bad"]
    assert "ValueError: simulated extractor bug" in q.reason.iloc[0] and q.raw.iloc[0].startswith("Ghana")
    assert "country:GHA" not in set(pd.read_parquet(out / "entities").entity_id)
    assert set(pd.read_parquet(out / "commitments").kind) == {"pledge", "refusal"}
    assert pd.read_parquet(out / "runs").quarantined.tolist() == [1]
    assert extracted_files(out) == extracted_files(tmp_path / "one")
    assert run_free_tables(out)["quarantine/inputs"].equals(run_free_tables(tmp_path / "one")["quarantine/inputs"])


def test_a_worker_that_dies_fails_the_run_and_publishes_nothing(tmp_path):
    """A worker process killed mid-run (here: it exits on one document) fails the run with a clear error; the
    previous datasets stay byte-identical and no staging is left behind."""
    import pytest

    from transforms.parallel import ExtractionWorkersFailed

    out = tmp_path / "out"
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(FAILING_DOCS[0]) + "\n")
    stages.run_pipeline([first], store=Store(out))
    before = {str(f.relative_to(out)): f.read_bytes() for f in sorted(out.rglob("*.parquet"))}
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in FAILING_DOCS[1:]) + "\n")
    with pytest.raises(ExtractionWorkersFailed, match=r"worker process stopped abruptly .* documents 1-1 .* "
                                                      r"publishes nothing"):
        stages.run_pipeline([src], store=Store(out), config=stages.RunConfig(batch_size=1, workers=2),
                            extractor_factory=dying_extractor)
    assert {str(f.relative_to(out)): f.read_bytes() for f in sorted(out.rglob("*.parquet"))} == before
    assert not (out / ".staging").exists() or not any((out / ".staging").iterdir())


@pytest.mark.parametrize("bad", [0, -1, 65, 2.0, "2", True, None])
def test_bad_numbers_of_workers_are_rejected(bad):
    with pytest.raises(ValueError, match=rf"workers must be a whole number from 1 to 64 .*got {re.escape(repr(bad))}"):
        stages.RunConfig(workers=bad)


@pytest.mark.parametrize("bad", [0, -1, 2.5, "100", True, None])
def test_bad_batch_sizes_are_rejected(bad):
    # 0 or a negative size would never fill a batch: the run would not end
    with pytest.raises(ValueError, match=rf"batch_size must be a whole number of documents, at least 1, got "
                                         rf"{re.escape(repr(bad))}"):
        stages.RunConfig(batch_size=bad)


def test_workers_is_keyword_only():
    with pytest.raises(TypeError):
        stages.RunConfig(2000, 2000, stages.ReaderConfig(), 2)
    assert stages.RunConfig().workers == 1


@given(sizes=st.lists(st.integers(0, 7), max_size=8), size=st.integers(1, 9))
def test_chunks_as_tables_are_the_chunks_as_rows(sizes, size):
    """The chunks sent to worker processes hold the rows, in the order, of the chunks one process extracts."""
    import pyarrow as pa

    start = [sum(sizes[:i]) for i in range(len(sizes))]
    batches = [pa.table({"document_id": [f"d{start[i] + j}" for j in range(n)]}) for i, n in enumerate(sizes)]
    as_rows = list(stages._chunks_of_rows(batches, size))
    assert [t.to_pylist() for t in stages._chunks_of_tables(batches, size)] == as_rows
