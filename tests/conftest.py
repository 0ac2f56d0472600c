"""Test settings: an isolated, quiet Prefect home for the whole session; `shared_dir` for ../shared (skippable)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "seeds" / "documents"

_PREFECT_HOME = tempfile.mkdtemp(prefix="pledgeflow-test-prefect-")
for key, value in {
    "PREFECT_HOME": _PREFECT_HOME,
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    # Prefect's 20 s wait for its temporary server is too short on a loaded 2-core machine
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}.items():
    os.environ.setdefault(key, value)
os.environ.pop("PREFECT_API_URL", None)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: integration test (real Prefect server, whole flows)")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` beside the repository (evaluation data and corpus); tests using it skip when it is absent."""
    path = Path(os.environ.get("PLEDGEFLOW_SHARED", REPO.parent / "shared"))
    if not path.is_dir():
        pytest.skip(f"{path} not present (only developers' machines have ../shared)")
    return path


@pytest.fixture
def in_tmp_cwd(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


EXTRACTED_TABLES = ("entities", "mentions", "commitments", "commitment_parties", "quotes")


def extracted_files(out: Path) -> dict[str, bytes]:
    """The published Parquet files of the extracted tables (path under `out` -> bytes): equal when two runs wrote
    the same rows in the same order."""
    files = {}
    for name in EXTRACTED_TABLES:
        folder = (out / name).resolve()  # the symlink into the run's snapshot
        files.update({f"{name}/{f.relative_to(folder)}": f.read_bytes() for f in sorted(folder.rglob("*.parquet"))})
    return files


def run_free_tables(out: Path) -> dict:
    """Every published table as pandas reads it, in its stored order, without the columns that differ from run to
    run (run ids and timestamps)."""
    import pandas as pd
    import pyarrow as pa

    from transforms.schemas import TABLES

    tables = {}
    for name, table in TABLES.items():
        drop = [f.name for f in table.schema if "run_id" in f.name or pa.types.is_timestamp(f.type)]
        tables[name] = pd.read_parquet(out / name).drop(columns=drop)
    return tables
