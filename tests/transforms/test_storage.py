"""Atomic, idempotent publishing of Parquet snapshots (no Prefect: the stages are plain functions)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from transforms import stages
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
