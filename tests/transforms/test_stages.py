"""The stages as plain functions: extraction across batches."""
from __future__ import annotations

import json

from transforms import stages
from transforms.storage import Store


def test_entity_spelled_two_ways_is_one_row_whatever_the_batches(tmp_path):
    docs = [
        {"id": "a", "published_date": "2007-03-01",
         "text": "The Al-Aqsa Martyrs Brigades said the truce would hold. Israel rejected the offer."},
        {"id": "b", "published_date": "2007-03-02",
         "text": "The Al-Aqsa Martyrs’ Brigades rejected the truce. Egypt called on both sides to talk."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    store = Store(tmp_path / "out")
    run_id = stages.new_run_id(stages.utc_now())
    summary = stages.ingest([str(src)], store=store, run_id=run_id,
                            config=stages.RunConfig(batch_size=1))
    stages.extract(store=store, run_id=run_id, config=stages.RunConfig(batch_size=1))
    entities = store.read_staged(run_id, "entities").to_pandas()
    brigades = entities[entities.entity_id == "org:al-aqsa-martyrs-brigades"]
    assert summary.documents_new == 2
    assert len(brigades) == 1 and brigades.name.iloc[0] == "Al-Aqsa Martyrs Brigades"
    assert entities.entity_id.is_unique
    mentions = store.read_staged(run_id, "mentions").to_pandas()
    assert (mentions.entity_id == "org:al-aqsa-martyrs-brigades").sum() == 2


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
