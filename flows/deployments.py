"""Deployments of pledgeflow on a Prefect server, for `pledgeflow serve` (the same two are declared in prefect.yaml
for `prefect deploy --all` + a process worker).

- `scheduled-ingest` (flow `pledgeflow-ingest`): the sources of a `sources.toml` on a cron schedule (hourly by
  default).
- `pipeline` (flow `pledgeflow-run`): the full pipeline over files/folders, parameterised (`paths`, `output`,
  `batch_size`, `workers`), run on demand from the UI or `prefect deployment run 'pledgeflow-run/pipeline'`.

Both carry a deployment concurrency limit of 1 (a second run of the same deployment waits in
`AwaitingConcurrencySlot`); the global concurrency limit `pledgeflow-output` (limit 1, created here) is held by every
ingestion run, and the output folder's lock file serialises whatever else writes the same output.
"""
from __future__ import annotations

from pathlib import Path

INGEST_DEPLOYMENT = "scheduled-ingest"
PIPELINE_DEPLOYMENT = "pipeline"
DEFAULT_CRON = "0 * * * *"  # hourly, on the hour (UTC)
TAGS = ["pledgeflow"]


def build_deployments(*, sources: str | Path = "sources.toml", cron: str = DEFAULT_CRON, timezone: str = "UTC",
                      paths: list[str] | None = None, output: str | Path = "output") -> list:
    """The two `RunnerDeployment`s, with paths made absolute (runs may start in another working directory)."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.client.schemas.schedules import CronSchedule

    from flows.ingest import ingest_flow
    from flows.pipeline import pipeline_flow

    one_at_a_time = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE)
    ingest = ingest_flow.to_deployment(
        name=INGEST_DEPLOYMENT, schedule=CronSchedule(cron=cron, timezone=timezone),
        parameters={"sources": str(Path(sources).resolve())}, concurrency_limit=one_at_a_time, tags=TAGS,
        description="Fetch the configured feeds and pages, read the configured folders, publish Parquet datasets.")
    pipeline = pipeline_flow.to_deployment(
        name=PIPELINE_DEPLOYMENT,
        parameters={"paths": [str(Path(p).resolve()) for p in (paths or ["seeds/documents"])],
                    "output": str(Path(output).resolve())},
        concurrency_limit=one_at_a_time, tags=TAGS,
        description="The full pipeline over files/folders (parameters: paths, output, batch_size, workers).")
    return [ingest, pipeline]


def ensure_output_limit(limit: int = 1) -> None:
    """Create the global concurrency limit held by ingestion runs, if the server does not have it yet."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    from flows.ingest import OUTPUT_CONCURRENCY_LIMIT

    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(OUTPUT_CONCURRENCY_LIMIT)
        except ObjectNotFound:
            client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=OUTPUT_CONCURRENCY_LIMIT,
                                                                                limit=limit))


def serve(deployments: list, *, limit: int | None = 2) -> None:
    """Register the deployments on the server and run their flow runs here until interrupted (Ctrl-C/SIGTERM
    pauses the schedules)."""
    from prefect import serve as prefect_serve

    ensure_output_limit()
    prefect_serve(*deployments, limit=limit, print_starting_message=True)
