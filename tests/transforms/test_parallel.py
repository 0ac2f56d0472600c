"""Extraction in worker processes: results in chunk order, bounded memory (chunks in flight)."""
from __future__ import annotations

import pyarrow as pa

from transforms.extraction import Extractor
from transforms.parallel import extracted_in_pool

WORKERS = 2


def test_results_come_in_chunk_order_with_at_most_workers_plus_one_chunks_in_flight():
    """The parent reads the next chunk only once the oldest result is taken back: never more than workers + 1
    chunks read and not yet returned, whatever the workers' speed; each result is its own chunk's."""
    texts = ["Kenya pledged 1,000 police officers to Haiti.", "France ruled out sending troops to Niger.",
             "Japan offered $5 million for flood relief."]
    chunks = [pa.table({"document_id": [f"doc-{i}-{j}" for j in range(i % 3 + 1)],
                        "text": [texts[j % 3] for j in range(i % 3 + 1)],
                        "published_date": pa.array([None] * (i % 3 + 1), pa.date32()),
                        "published_month": ["unknown"] * (i % 3 + 1),
                        "source_path": ["in.jsonl"] * (i % 3 + 1), "source_id": [None] * (i % 3 + 1)})
              for i in range(9)]
    read = 0

    def reading():
        nonlocal read
        for chunk in chunks:
            read += 1
            yield chunk

    results = []
    for result in extracted_in_pool(reading(), workers=WORKERS, factory=Extractor.from_reference):
        in_flight = read - len(results)  # read, not yet returned, this result included
        assert in_flight <= WORKERS + 1
        results.append(result)
    assert [r.documents for r in results] == [len(c) for c in chunks]
    assert [sorted(set(r.tables["mentions"]["document_id"].to_pylist())) for r in results] == \
        [sorted(c["document_id"].to_pylist()) for c in chunks]
    assert all(not r.rejects and r.lexicon_version for r in results)


def test_an_early_stop_shuts_the_pool_down():
    """A caller that stops taking results (an error while staging) leaves no worker process behind."""
    import multiprocessing

    chunks = [pa.table({"document_id": [f"d{i}"], "text": ["Kenya pledged aid."],
                        "published_date": pa.array([None], pa.date32()), "published_month": ["unknown"],
                        "source_path": ["x"], "source_id": [None]}) for i in range(6)]
    results = extracted_in_pool(iter(chunks), workers=WORKERS, factory=Extractor.from_reference)
    assert next(results).documents == 1
    results.close()
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]
