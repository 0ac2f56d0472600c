"""Scheduled ingestion: configured folders, RSS/Atom feeds and article pages -> the pipeline's stages -> Parquet.

One flow run: fetch every feed and page (`transforms.fetch`: conditional requests, per-host rate limit, items already
seen skipped), then the pipeline's stages over the configured folders plus the fetched records (ingest, extract,
publish: the same plain functions `pledgeflow run` uses), then save the fetch state (ETags, seen items) once the
run is published. Fetched documents keep their URL as `source_path`; a feed that fails is quarantined, the others
go on.

Two runs never write one output folder at once: the Prefect global concurrency limit `pledgeflow-output` (created
by `pledgeflow serve`, see docs/orchestration.md) is held around the whole run, and under it the output folder's
lock file (`Store.lock`), which also covers `pledgeflow run` started by hand.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import INPUTS, RUN_ID
from prefect.concurrency.sync import concurrency
from prefect.tasks import exponential_backoff

from flows import pipeline
from transforms import fetch, stages
from transforms.storage import Store

OUTPUT_CONCURRENCY_LIMIT = "pledgeflow-output"
FETCH_TIMEOUT_S = 900  # the whole fetch task; every request also has its own timeout (sources.toml [fetch])


@task(name="fetch", retries=2, retry_delay_seconds=exponential_backoff(backoff_factor=10),
      timeout_seconds=FETCH_TIMEOUT_S, cache_policy=INPUTS + RUN_ID, cache_expiration=dt.timedelta(hours=6),
      persist_result=True)
def fetch_task(config: fetch.SourcesConfig, output: str) -> fetch.FetchBatch:
    """Fetch every feed and page. Cached per flow run: a retried flow run does not fetch again."""
    state = fetch.FetchState.load(fetch.state_path(output))
    batch = fetch.fetch_all(fetch.sources_from_config(config), state=state, settings=config.fetch)
    s = batch.stats
    get_run_logger().info("fetched %d sources: %d requests, %d not modified, %d new items (%d already seen), "
                          "%d article pages, %d failures", len(config.feeds) + len(config.pages), s.requests,
                          s.not_modified, s.items_new, s.items_seen, s.articles_fetched, s.failures)
    return batch


@task(name="ingest", retries=2, retry_delay_seconds=exponential_backoff(backoff_factor=5))
def ingest_task(paths: list[str], records: list, output: str, run_id: str,
                config: stages.RunConfig) -> stages.IngestSummary:
    store = Store(output)
    store.discard_staging(run_id)  # a retry starts from a clean staging area
    summary = stages.ingest(paths, store=store, run_id=run_id, config=config, records=records)
    pipeline.log_rejects(summary, output)
    return summary


@task(name="save-fetch-state", retries=2, retry_delay_seconds=[1, 5])
def save_state_task(state: fetch.FetchState, output: str) -> str:
    path = fetch.state_path(output)
    state.save(path)
    return str(path)


@flow(name="pledgeflow-ingest", log_prints=False, validate_parameters=False)
def ingest_flow(sources: str = "sources.toml", output: str | None = None, batch_size: int = stages.DEFAULT_BATCH_SIZE,
                workers: int = stages.DEFAULT_WORKERS) -> dict:
    """Fetch the feeds and pages of `sources` (a TOML file, see sources.toml), read its folders, and publish
    everything into `output` (default: the file's `output`).

    Returns a summary dict: run id, output, ingest counts, fetch counts and the published row count of every table.
    """
    config = fetch.load_sources(sources)
    out = str(Path(output).resolve()) if output else config.output
    run_config = stages.RunConfig(batch_size=batch_size, workers=workers)
    started = stages.utc_now()
    run_id = stages.new_run_id(started)
    store = Store(out)
    with concurrency(OUTPUT_CONCURRENCY_LIMIT, occupy=1, strict=False), store.lock():
        try:
            batch = fetch_task(config, out)
            summary = ingest_task(config.folders, batch.records, out, run_id, run_config)
            extracted = pipeline.extract_task(out, run_id, run_config)
            summary = stages.with_extraction_failures(summary, extracted)
            args = (out, run_id, summary, started, config.inputs(), extracted.lexicon_version)
            args += (pipeline.validate_task(*args),)  # scheduled ingestion is validated like every run
            tables = pipeline.publish_task.with_options(retries=1, retry_delay_seconds=5)(*args)
            save_state_task(batch.state, out)
        finally:
            store.discard_staging(run_id)
    return {"run_id": run_id, "output": out, "ingest": summary, "fetch": batch.stats, "tables": tables}
