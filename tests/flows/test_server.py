"""Against a REAL Prefect server on 127.0.0.1: `pledgeflow serve` registers the deployments, the cron schedule
produces scheduled runs, a triggered ingestion fetches feeds and pages from a loopback HTTP server and completes, and
the outputs hold the fetched documents; prefect.yaml deploys the same two deployments to a work pool and a process
worker runs one. Every process is started in its own session and killed at the end, even on failure."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pandas as pd
import pytest

from tests.conftest import REPO
from tests.loopback import Loopback

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _process(args: list[str], *, env: dict, log: Path, cwd: Path = REPO):
    """A subprocess in its own process group; SIGTERM (twice: workers ignore the first), then SIGKILL, on exit."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            if proc.poll() is not None:
                break
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                pass
        try:  # children left in the group (flow-run subprocesses)
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _wait(what: str, check, *, timeout: float, log: Path | None = None, every: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}\n{tail}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`prefect server start` on a free loopback port with a temporary PREFECT_HOME; yields (api_url, env)."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    log = home / "server.log"
    with _process([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                  log=log):
        def healthy():
            try:
                return httpx.get(f"{api}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False
        _wait("the Prefect server to be healthy", healthy, timeout=90, log=log)
        client_env = {**env, "PREFECT_API_URL": api, "PREFECT_RUNNER_POLL_FREQUENCY": "1",
                      "PREFECT_WORKER_QUERY_SECONDS": "1", "PREFECT_LOGGING_TO_API_ENABLED": "true"}
        yield api, client_env


def _api(api: str, method: str, path: str, *, attempts: int = 8, **kw):
    """One API call. The server answers 503 (with Retry-After) when its SQLite database is locked by concurrent
    writers (the runner, the scheduler and the flow run all write at once on a 2-core machine); the transaction was
    rolled back, so the call is retried with backoff, as Prefect's own client does. Other errors raise at once."""
    for attempt in range(attempts):
        response = httpx.request(method, api + path, timeout=10, **kw)
        if response.status_code not in (429, 503) or attempt == attempts - 1:
            break
        time.sleep(min(float(response.headers.get("Retry-After") or 0) or 0.5 * 2 ** attempt, 8))
    response.raise_for_status()
    return response.json()


def _deployments(api: str) -> dict[str, dict]:
    """Deployments by 'flow name/deployment name'."""
    return {_api(api, "GET", f"/flows/{d['flow_id']}")["name"] + "/" + d["name"]: d
            for d in _api(api, "POST", "/deployments/filter", json={})}


def _run_to_end(api: str, deployment_id: str, *, parameters: dict | None = None, log: Path,
                timeout: float = 120) -> dict:
    run = _api(api, "POST", f"/deployments/{deployment_id}/create_flow_run", json={"parameters": parameters or {}})

    def finished():
        state = _api(api, "GET", f"/flow_runs/{run['id']}")
        return state if state["state_type"] in TERMINAL else None
    return _wait(f"flow run {run['name']} to finish", finished, timeout=timeout, log=log)


def _write_sources(path: Path, web: Loopback, output: Path) -> Path:
    path.write_text(f"""
output = "{output}"
folders = ["{REPO / 'seeds' / 'documents' / '2026-01-07-paris-summit.txt'}"]
[[feeds]]
url = "{web.url('/world.rss')}"
[[feeds]]
url = "{web.url('/desk.atom')}"
[[feeds]]
url = "{web.url('/down.rss')}"
[[pages]]
url = "{web.url('/articles/ghana-cocoa-page.html')}"
[fetch]
min_interval_s = 0.05
retries = 0
timeout_s = 5
""")
    return path


def test_serve_schedules_and_runs_ingestion_from_http_sources(server, tmp_path):
    api, env = server
    output = tmp_path / "out"
    with Loopback() as web:
        web.fail["/down.rss"] = 503
        sources = _write_sources(tmp_path / "sources.toml", web, output)
        log = tmp_path / "serve.log"
        args = [sys.executable, "-m", "flows.cli", "serve", "--sources", str(sources), "--cron", "*/5 * * * *",
                "--paths", str(REPO / "seeds" / "documents" / "2025-06-12-sahel-grain-corridor.txt"),
                "--output", str(tmp_path / "pipeline-out")]
        with _process(args, env=env, log=log):
            deployments = _wait("both deployments", lambda: (lambda d: d if len(d) >= 2 else None)(
                _deployments(api)), timeout=60, log=log)
            ingest = deployments["pledgeflow-ingest/scheduled-ingest"]
            pipeline = deployments["pledgeflow-run/pipeline"]
            assert [s["schedule"]["cron"] for s in ingest["schedules"]] == ["*/5 * * * *"]
            assert ingest["global_concurrency_limit"]["limit"] == 1
            limits = {x["name"]: x["limit"] for x in _api(api, "POST", "/v2/concurrency_limits/filter", json={})}
            assert limits["pledgeflow-output"] == 1

            def scheduled():
                runs = _api(api, "POST", "/flow_runs/filter", json={
                    "deployments": {"id": {"any_": [ingest["id"]]}},
                    "flow_runs": {"state": {"type": {"any_": ["SCHEDULED"]}}}})
                return runs if runs else None
            runs = _wait("the schedule to produce scheduled runs", scheduled, timeout=60, log=log)
            starts = sorted(r["expected_start_time"] for r in runs)
            assert len(runs) >= 2 and all(s[14:16] in {f"{m:02d}" for m in range(0, 60, 5)} for s in starts)

            done = _run_to_end(api, ingest["id"], log=log)
            assert done["state_type"] == "COMPLETED", done["state"]
            # the same deployment again: feeds answer 304, nothing new, still Completed
            again = _run_to_end(api, ingest["id"], log=log)
            assert again["state_type"] == "COMPLETED", again["state"]
            piped = _run_to_end(api, pipeline["id"], log=log)
            assert piped["state_type"] == "COMPLETED", piped["state"]

        docs = pd.read_parquet(output / "documents").set_index("source_id")
        assert docs.loc["loopback-world-0002", "source_path"] == web.url("/articles/kenya-haiti-police.html")
        assert docs.loc["loopback-world-0002", "text"].startswith("NAIROBI, September 3")
        assert docs.loc["loopback-world-0001", "source_path"] == web.url("/world.rss")
        assert web.url("/articles/ghana-cocoa-page.html") in set(docs.source_path)
        assert "seed-paris-summit-2026-01-07" in docs.index
        assert len(docs) == 5
        q = pd.read_parquet(output / "quarantine" / "inputs")
        assert list(q.source_path) == [web.url("/down.rss")] and "HTTP 503" in q.reason.iloc[0]
        runs_log = pd.read_parquet(output / "runs").sort_values("started_at")
        # the two triggered runs, plus any run the */5 schedule itself started meanwhile (a test crossing a
        # five-minute boundary): one run brought the 5 documents, every other found nothing new
        assert len(runs_log) >= 2 and sorted(runs_log.documents_new) == [0] * (len(runs_log) - 1) + [5]
        statuses = [h.status for h in web.hits("/world.rss")]
        # the first fetch gets the feed, every later one is conditional; a scheduled run the server's shutdown
        # stopped after its fetch and before its runs row (a test crossing a five-minute boundary) adds one fetch
        assert statuses[0] == 200 and set(statuses[1:]) <= {304}
        assert len(runs_log) <= len(statuses) <= len(runs_log) + 1
        assert (output / ".fetch_state.json").exists()
        assert len(pd.read_parquet(tmp_path / "pipeline-out" / "documents")) == 1


def test_prefect_yaml_deploys_to_a_work_pool_and_a_worker_runs_it(server, tmp_path):
    api, env = server
    prefect = str(BIN / "prefect")
    subprocess.run([prefect, "work-pool", "create", "pledgeflow", "--type", "process", "--overwrite"], env=env,
                   cwd=REPO, check=True, capture_output=True, timeout=60)
    deploy = subprocess.run([prefect, "--no-prompt", "deploy", "--all"], env=env, cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert deploy.returncode == 0, deploy.stdout[-3000:] + deploy.stderr[-3000:]
    deployments = _deployments(api)
    ingest = deployments["pledgeflow-ingest/scheduled-ingest"]
    assert ingest["work_pool_name"] == "pledgeflow"
    assert [s["schedule"]["cron"] for s in ingest["schedules"]] == ["0 * * * *"]
    assert deployments["pledgeflow-run/pipeline"]["parameters"]["paths"] == ["seeds/documents"]
    output = tmp_path / "out"
    with Loopback() as web:
        sources = _write_sources(tmp_path / "sources.toml", web, output)
        log = tmp_path / "worker.log"
        with _process([prefect, "worker", "start", "--pool", "pledgeflow"], env=env, log=log):
            done = _run_to_end(api, ingest["id"], parameters={"sources": str(sources)}, log=log)
            assert done["state_type"] == "COMPLETED", done["state"]
    assert len(pd.read_parquet(output / "documents")) == 5
