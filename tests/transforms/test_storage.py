"""Atomic, idempotent publishing of Parquet snapshots (no Prefect: the stages are plain functions)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from transforms import stages
from transforms.schemas import TABLES
from transforms.storage import Store, StoreError


def run_stages(paths, out: Path) -> dict:
    """ingest -> extract -> publish (no validation: these tests are about storage)."""
    return stages.run_pipeline(paths, store=Store(out), with_validation=False).published


def write_docs(folder: Path, docs: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "docs.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    return path


def snapshot_bytes(out: Path) -> dict[str, bytes]:
    current = (out / ".store" / "current").resolve()
    return {str(p.relative_to(current)): p.read_bytes() for p in sorted(current.rglob("*.parquet"))}


DOCS = [{"id": f"d{i}", "published_date": f"2025-0{1 + i % 3}-10", "text": f"Article {i}: Chile pledged aid."}
        for i in range(6)]


def test_publish_then_failure_mid_write_leaves_previous_snapshot_intact(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_stages([write_docs(tmp_path / "in1", DOCS[:3])], out)
    before = snapshot_bytes(out)
    before_docs = pd.read_parquet(out / "documents")

    import transforms.storage as storage
    real_write = pq.write_table
    calls = {"n": 0}

    def failing_write(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full (injected)")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(storage.pq, "write_table", failing_write)
    with pytest.raises(OSError, match="injected"):
        run_stages([write_docs(tmp_path / "in2", DOCS)], out)
    monkeypatch.setattr(storage.pq, "write_table", real_write)

    assert snapshot_bytes(out) == before
    pd.testing.assert_frame_equal(pd.read_parquet(out / "documents"), before_docs)
    assert not (out / ".staging").exists()
    # the next good run succeeds and cleans the half-built snapshot
    run_stages([write_docs(tmp_path / "in2", DOCS)], out)
    assert len(pd.read_parquet(out / "documents")) == 6
    assert len([p for p in (out / ".store").iterdir() if p.name.startswith("snap-")]) == 2


def test_incremental_run_rewrites_only_touched_partitions(tmp_path):
    out = tmp_path / "out"
    run_stages([write_docs(tmp_path / "in", DOCS)], out)
    current = (out / ".store" / "current").resolve()
    inode = {p.parent.name: p.stat().st_ino for p in (current / "documents").rglob("*.parquet")}
    run_stages([write_docs(tmp_path / "in2", [{"id": "x", "published_date": "2025-01-20", "text": "New one."}])], out)
    current2 = (out / ".store" / "current").resolve()
    inode2 = {p.parent.name: p.stat().st_ino for p in (current2 / "documents").rglob("*.parquet")}
    assert current2 != current
    assert inode2["published_month=2025-02"] == inode["published_month=2025-02"]  # hard link: untouched
    assert inode2["published_month=2025-01"] != inode["published_month=2025-01"]  # rewritten
    assert len(pd.read_parquet(out / "documents")) == 7


def test_empty_output_tables_are_readable(tmp_path):
    out = tmp_path / "out"
    run_stages([write_docs(tmp_path / "in", DOCS[:1])], out)
    for name in ("mentions", "commitments", "commitment_parties", "quotes", "quarantine/inputs"):
        assert isinstance(pd.read_parquet(out / name), pd.DataFrame)


def test_lock_refuses_a_second_concurrent_run(tmp_path):
    store = Store(tmp_path / "out")
    with store.lock():
        with pytest.raises(StoreError, match="another pledgeflow run"):
            with Store(tmp_path / "out").lock(timeout_s=0.3):
                pass


def test_a_real_folder_where_a_table_link_belongs_is_an_error(tmp_path):
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    with pytest.raises(StoreError, match="not a pledgeflow dataset link"):
        run_stages([write_docs(tmp_path / "in", DOCS[:1])], out)


# ---- staging: one file per batch, one row group per month ----------------------------------------------------

def _mention_rows(months: list[str], tag: str) -> pa.Table:
    """Mention rows, one per month given (in that order), with ids that say which batch and position they are."""
    n = len(months)
    return pa.table({"mention_id": [f"m-{tag}-{i}" for i in range(n)], "document_id": [f"doc-{tag}"] * n,
                     "entity_id": ["country:CHL"] * n, "sentence_index": [0] * n, "start_char": list(range(n)),
                     "end_char": [i + 1 for i in range(n)], "surface": ["x"] * n, "mention_type": ["name"] * n,
                     "confidence": [1.0] * n, "published_month": months})


def test_a_staged_batch_is_one_file_with_one_row_group_per_month(tmp_path):
    store = Store(tmp_path / "out")
    store.stage("r", "mentions", _mention_rows(["2025-02", "2025-01", "2025-02", "unknown", "2025-01"], "a"),
                batch=1)
    store.stage("r", "mentions", _mention_rows(["2025-01", "2025-03"], "b"), batch=2)
    folder = store.staging("r") / "mentions"
    files = sorted(p.name for p in folder.rglob("*.parquet"))
    assert files == ["batch-000001.parquet", "batch-000002.parquet"]  # no folder per month
    meta = pq.ParquetFile(folder / files[0]).metadata
    groups = [pq.ParquetFile(folder / files[0]).read_row_group(i)["published_month"].to_pylist()
              for i in range(meta.num_row_groups)]
    assert groups == [["2025-01", "2025-01"], ["2025-02", "2025-02"], ["unknown"]]
    assert store.staged_months("r", "mentions") == {"2025-01", "2025-02", "2025-03", "unknown"}
    # a month: its rows of every batch, in the order staged
    assert store.read_staged("r", "mentions", month="2025-01")["mention_id"].to_pylist() == \
        ["m-a-1", "m-a-4", "m-b-0"]
    assert store.read_staged("r", "mentions", month="1999-01").num_rows == 0
    # everything: month after month, as one folder per month listed them
    assert store.read_staged("r", "mentions")["mention_id"].to_pylist() == \
        ["m-a-1", "m-a-4", "m-b-0", "m-a-0", "m-a-2", "m-b-1", "m-a-3"]
    assert store.read_staged("r", "mentions").schema.equals(TABLES["mentions"].schema)


def test_dropping_staged_rows_rewrites_only_the_files_holding_their_months(tmp_path):
    import os

    import pyarrow.compute as pc

    store = Store(tmp_path / "out")
    store.stage("r", "mentions", _mention_rows(["2025-01", "2025-02", "2025-01"], "a"), batch=1)
    store.stage("r", "mentions", _mention_rows(["2025-03"], "b"), batch=2)
    folder = store.staging("r") / "mentions"
    for p in folder.glob("*.parquet"):
        os.utime(p, ns=(0, 0))
    store.drop_staged("r", "mentions", months={"2025-01"},
                      keep=lambda rows: pc.not_equal(rows["mention_id"], "m-a-2"))
    assert {p.name for p in folder.glob("*.parquet") if p.stat().st_mtime_ns} == {"batch-000001.parquet"}
    assert store.read_staged("r", "mentions")["mention_id"].to_pylist() == ["m-a-0", "m-a-1", "m-b-0"]


def test_publishing_a_staging_of_many_batches_gives_one_sorted_file_per_month(tmp_path):
    out = tmp_path / "out"
    docs = [{"id": f"d{i}", "published_date": f"2025-0{1 + i % 3}-1{i % 10}", "text": f"Article {i}: Chile pledged aid."}
            for i in range(12)]
    store = Store(out)
    with store.lock():
        run_id = "r-many"
        config = stages.RunConfig(batch_size=5)  # three ingest batches, each touching the three months
        summary = stages.ingest([str(write_docs(tmp_path / "in", docs))], store=store, run_id=run_id, config=config)
        stages.extract(store=store, run_id=run_id, config=config)
        staged = sorted(p.name for p in (store.staging(run_id) / "documents").rglob("*.parquet"))
        assert staged == ["batch-000000.parquet", "batch-000001.parquet", "batch-000002.parquet"]
        stages.publish(store=store, run_id=run_id, summary=summary, started=stages.utc_now(), inputs=[],
                       lexicon_version=None)
    current = (out / ".store" / "current").resolve() / "documents"
    assert sorted(p.parent.name for p in current.rglob("*.parquet")) == \
        ["published_month=2025-01", "published_month=2025-02", "published_month=2025-03"]
    for f in current.rglob("*.parquet"):
        ids = pq.read_table(f)["document_id"].to_pylist()
        assert ids == sorted(ids) and len(ids) == 4
    assert not (out / ".staging").exists()


def test_staged_files_hold_statistics_of_the_month_only_and_their_index_makes_no_cycles(tmp_path):
    """Staged footers stay small (no min/max of every text column per row group), and indexing them leaves no
    reference cycle behind (a FileMetaData and its ParquetSchema refer to each other): footers are freed as soon
    as a table is read, not at the next full garbage collection."""
    import gc

    from transforms.storage import StagedFiles

    store = Store(tmp_path / "out")
    store.stage("r1", "mentions", _mention_rows([["2024-01", "2024-02", "2024-03"][i % 3] for i in range(30)], "a"),
                batch=0)
    path = store.staging("r1") / "mentions"
    meta = pq.read_metadata(next(path.glob("*.parquet")))
    month = meta.schema.to_arrow_schema().get_field_index("published_month")
    for g in range(meta.num_row_groups):
        for c in range(meta.num_columns):
            assert meta.row_group(g).column(c).is_stats_set == (c == month)
    del meta
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        staged = StagedFiles(TABLES["mentions"], path)
        assert staged.months() == {"2024-01": 10, "2024-02": 10, "2024-03": 10}
        assert len(staged.read("2024-02")) == 10
        del staged
        gc.collect()
        assert gc.garbage == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
