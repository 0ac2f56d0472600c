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
