"""notebooks/ledger.ipynb runs top to bottom (nbclient, the venv's python3 kernel) on freshly produced outputs of the
sample documents, and on a small output with commitments; any error in any cell fails the test."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from flows.pipeline import pipeline_flow
from tests.conftest import REPO, SAMPLES
from tests.transforms.test_ledger import small_ledger_store

pytestmark = pytest.mark.slow
NOTEBOOK = REPO / "notebooks" / "ledger.ipynb"


def execute(output: Path, monkeypatch) -> list[str]:
    """Run the notebook against `output`; returns the text printed by its cells."""
    monkeypatch.setenv("PLEDGEFLOW_OUTPUT", str(output))
    monkeypatch.setenv("MPLBACKEND", "agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def test_notebook_runs_on_fresh_outputs_of_the_samples(tmp_path, monkeypatch):
    output = tmp_path / "out"
    pipeline_flow(paths=[str(SAMPLES)], output=str(output))
    printed = "".join(execute(output, monkeypatch))
    assert f"reading {output.resolve()}" in printed


def test_notebook_shows_commitments_when_there_are_some(tmp_path, monkeypatch):
    small_ledger_store(tmp_path / "out")
    printed = "".join(execute(tmp_path / "out", monkeypatch))
    assert "pledge by Kenya" in printed and "no commitments yet" not in printed
