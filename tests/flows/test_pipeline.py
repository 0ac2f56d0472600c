"""End-to-end: the real Prefect flow (temporary local API server) over real files into real Parquet datasets."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from flows.pipeline import pipeline_flow
from transforms.schemas import TABLES
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow


def run(paths, out: Path) -> dict:
    return pipeline_flow(paths=[str(p) for p in paths], output=str(out))


def dataset_digest(out: Path) -> dict[str, str]:
    """Content of every data table (not the runs log) as a digest of its sorted rows."""
    digests = {}
    for name, table in TABLES.items():
        if name == "runs":
            continue
        df = pd.read_parquet(out / name)
        df = df[table.columns].astype(str).sort_values(list(table.key)).reset_index(drop=True)
        digests[name] = hashlib.sha256(df.to_csv(index=False).encode()).hexdigest()
    return digests


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run([SAMPLES], out)
    return out


def test_every_table_reads_back_with_pandas_and_duckdb(sample_output):
    con = duckdb.connect()
    for name, table in TABLES.items():
        df = pd.read_parquet(sample_output / name)
        assert set(table.columns) <= set(df.columns), name
        glob = (sample_output / name / "**" / "*.parquet").as_posix()
        [(n,)] = con.execute(f"select count(*) from read_parquet('{glob}', hive_partitioning=true)").fetchall()
        assert n == len(df), name
    docs = pd.read_parquet(sample_output / "documents")
    n_inputs = len(list(SAMPLES.glob("*.txt"))) + len(list(SAMPLES.glob("*.html")))
    assert len(docs) >= n_inputs + 4  # jsonl/csv/feeds add several each
    assert docs.document_id.is_unique
    assert (docs.text.str.len() == docs.n_chars).all()
    seed = docs[docs.source_id == "seed-paris-summit-2026-01-07"].iloc[0]
    assert str(seed.published_date)[:10] == "2026-01-07" and seed.published_month == "2026-01"
    assert seed.text.startswith("The United States publicly endorsed")


def test_second_run_changes_nothing_but_the_runs_log(sample_output, tmp_path):
    before = dataset_digest(sample_output)
    result = run([SAMPLES], sample_output)
    assert result["ingest"].documents_new == 0 and result["ingest"].documents_duplicate > 0
    assert dataset_digest(sample_output) == before
    runs = pd.read_parquet(sample_output / "runs")
    assert len(runs) == 2 and runs.run_id.is_unique
    assert runs.sort_values("started_at").iloc[-1].documents_new == 0


def test_incremental_new_and_changed_inputs(tmp_path):
    out = tmp_path / "out"
    src = tmp_path / "in"
    src.mkdir()
    lines = [{"id": "n1", "published_date": "2025-02-03", "text": "Kenya pledged 1,000 police officers to Haiti."},
             {"id": "n2", "published_date": "2025-03-04", "text": "Japan offered $5 million for flood relief."}]
    (src / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines[:1]) + "\n")
    run([src], out)
    (src / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    result = run([src], out)
    assert (result["ingest"].documents_new, result["ingest"].documents_duplicate) == (1, 1)
    docs = pd.read_parquet(out / "documents")
    assert sorted(docs.source_id) == ["n1", "n2"]
    # a changed input replaces its own row
    lines[0]["text"] = "Kenya pledged 1,500 police officers to Haiti."
    (src / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    result = run([src], out)
    assert result["ingest"].documents_changed == 1
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 2 and "1,500" in docs.set_index("source_id").loc["n1", "text"]


def test_bad_inputs_are_quarantined_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    good = {"id": "g1", "published_date": "2025-06-01", "text": "France agreed to send 40 trucks of aid."}
    (src / "mixed.jsonl").write_text("\n".join([
        json.dumps(good),
        '{"id": "broken", ',
        json.dumps({"id": "nodate", "text": "Germany backed the plan."}),
        json.dumps({"id": "baddate", "published_date": "2025-02-30", "text": "Italy refused."}),
        json.dumps({"id": "empty", "published_date": "2025-06-01", "text": "   "}),
        json.dumps({"id": "g1", "published_date": "2025-06-01", "text": "Different text, same id."}),
    ]) + "\n")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (src / "latin1.txt").write_bytes("Bogot\u00e1 signed.".encode("latin-1"))
    out = tmp_path / "out"
    result = run([src], out)
    s = result["ingest"]
    assert (s.documents_new, s.documents_undated, s.quarantined) == (2, 1, 6)
    q = pd.read_parquet(out / "quarantine" / "inputs")
    assert sorted(q.code) == ["PF102", "PF103", "PF201", "PF301", "PF302", "PF304"]
    assert q.set_index("code").loc["PF201", "line"] == 2
    assert q.set_index("code").loc["PF302", "raw"].startswith('{"id": "baddate"')
    assert all(q.reason.str.len() > 10)
    docs = pd.read_parquet(out / "documents")
    assert sorted(docs.source_id) == ["g1", "nodate"]
    assert docs.set_index("source_id").loc["nodate", "published_month"] == "unknown"
    # same bad inputs again: quarantine does not grow
    run([src], out)
    assert len(pd.read_parquet(out / "quarantine" / "inputs")) == 6


def test_output_is_the_same_wherever_the_input_folder_sits(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(SAMPLES, a / "docs")
    shutil.copytree(SAMPLES, b / "docs")
    run([a / "docs"], a / "out")
    run([b / "docs"], b / "out")
    da = pd.read_parquet(a / "out" / "documents").set_index("document_id").sort_index()
    db = pd.read_parquet(b / "out" / "documents").set_index("document_id").sort_index()
    assert list(da.index) == list(db.index)
    assert (da.text == db.text).all()


def test_two_workers_give_the_same_datasets(tmp_path):
    """The flow passes `workers` on: two extraction processes publish what one does (samples in batches of 3)."""
    from tests.conftest import extracted_files, run_free_tables

    pipeline_flow(paths=[str(SAMPLES)], output=str(tmp_path / "one"), batch_size=3)
    result = pipeline_flow(paths=[str(SAMPLES)], output=str(tmp_path / "two"), batch_size=3, workers=2)
    assert result["tables"]["mentions"] > 100
    assert extracted_files(tmp_path / "two") == extracted_files(tmp_path / "one")
    a, b = run_free_tables(tmp_path / "one"), run_free_tables(tmp_path / "two")
    assert all(a[name].equals(b[name]) for name in a)
