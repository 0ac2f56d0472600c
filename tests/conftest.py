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
