"""The `pledgeflow` command line: argument checks that need no Prefect run."""
from __future__ import annotations

import pytest

from flows.cli import main


@pytest.mark.parametrize("value", ["0", "-2", "65", "1.5", "two"])
def test_bad_workers_are_a_usage_error(value, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["run", "seeds/documents", "--workers", value])
    assert exit_.value.code == 2
    assert f"argument --workers: expected a whole number from 1 to 64, got '{value}'" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-1", "1.5", "many"])
def test_bad_batch_sizes_are_a_usage_error(value, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["run", "seeds/documents", "--batch-size", value])
    assert exit_.value.code == 2
    assert f"argument --batch-size: expected a whole number of documents, at least 1, got '{value}'" in \
        capsys.readouterr().err


def test_workers_reach_the_flow(monkeypatch):
    """`--workers N` is passed to the flow (stopped before it runs: no Prefect server needed)."""
    import flows.pipeline

    seen = {}

    class Stop(Exception):
        pass

    def fake_flow(**kwargs):
        seen.update(kwargs)
        raise Stop

    monkeypatch.setattr(flows.pipeline, "pipeline_flow", fake_flow)
    monkeypatch.setattr("transforms.storage.use_system_memory_pool", lambda: None)  # Arrow's pool: this process's
    with pytest.raises(Stop):
        main(["run", "seeds/documents", "--workers", "2"])
    assert seen["workers"] == 2
    with pytest.raises(Stop):
        main(["run", "seeds/documents"])
    assert seen["workers"] == 1
