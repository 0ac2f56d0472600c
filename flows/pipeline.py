"""The pipeline flow: ingest -> extract -> validate -> publish, one coarse task per stage (never one task per
document)."""
from __future__ import annotations

import sys

from prefect import flow, get_run_logger, task

from transforms import stages
from transforms.storage import Store

MAX_LOGGED_REJECTS = 20


def _progress(message: str) -> None:
    print(f"  ... {message}", file=sys.stderr, flush=True)


def _quiet_great_expectations() -> None:
    """GX sets one of its module loggers to INFO when imported, which prints a line per run about its ephemeral
    data-docs folder; our report is written elsewhere, so that logger is set back to WARNING."""
    import logging

    import great_expectations.data_context.types.base  # noqa: F401  (the import sets the level we undo)

    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)


@task(name="ingest")
def ingest_task(paths: list[str], output: str, run_id: str, config: stages.RunConfig) -> stages.IngestSummary:
    summary = stages.ingest(paths, store=Store(output), run_id=run_id, config=config, progress=_progress)
    log_rejects(summary, output)
    return summary


def log_rejects(summary: stages.IngestSummary | stages.ExtractSummary, output: str) -> None:
    """One warning per quarantined record (the first MAX_LOGGED_REJECTS), then a count: no log flood."""
    logger = get_run_logger()
    for message in summary.messages[:MAX_LOGGED_REJECTS]:
        logger.warning("quarantined %s", message)
    if len(summary.messages) > MAX_LOGGED_REJECTS:
        logger.warning("... and %d more quarantined records (see %s/quarantine/inputs)",
                       len(summary.messages) - MAX_LOGGED_REJECTS, output)


@task(name="extract")
def extract_task(output: str, run_id: str, config: stages.RunConfig) -> stages.ExtractSummary:
    extracted = stages.extract(store=Store(output), run_id=run_id, config=config, progress=_progress)
    log_rejects(extracted, output)
    return extracted


@task(name="validate")
def validate_task(output: str, run_id: str, summary: stages.IngestSummary, started, inputs: list[str],
                  lexicon_version: str | None):
    from prefect.artifacts import create_markdown_artifact

    _quiet_great_expectations()
    try:
        result = stages.validate(store=Store(output), run_id=run_id, summary=summary, started=started,
                                 inputs=inputs, lexicon_version=lexicon_version)
    except stages.ValidationFailed as exc:
        create_markdown_artifact(markdown=exc.summary.markdown, key="pledgeflow-validation",
                                 description=f"validation of run {run_id}: failed")
        raise
    create_markdown_artifact(markdown=result.markdown, key="pledgeflow-validation",
                             description=f"validation of run {run_id}")
    if result.rows_quarantined:
        get_run_logger().warning("validation quarantined %d rows: %s (see %s)", result.rows_quarantined,
                                 result.quarantined_by_reason, result.report)
    return result


@task(name="publish")
def publish_task(output: str, run_id: str, summary: stages.IngestSummary, started, inputs: list[str],
                 lexicon_version: str | None, validation=None) -> dict[str, int]:
    return stages.publish(store=Store(output), run_id=run_id, summary=summary, started=started, inputs=inputs,
                          lexicon_version=lexicon_version, validation=validation)


@flow(name="pledgeflow-run", log_prints=False, validate_parameters=False)
def pipeline_flow(paths: list[str], output: str = "output", batch_size: int = stages.DEFAULT_BATCH_SIZE,
                  workers: int = stages.DEFAULT_WORKERS) -> dict:
    """Read `paths` (files or folders), extract, validate and publish Parquet datasets under `output`.

    `workers`: processes that extract (`transforms.stages.RunConfig.workers`; 1: in the flow's process).

    Returns a summary dict: the run id, the ingest counts and the published row count of every table.
    """
    config = stages.RunConfig(batch_size=batch_size, workers=workers)
    started = stages.utc_now()
    run_id = stages.new_run_id(started)
    store = Store(output)
    with store.lock():
        try:
            summary = ingest_task(paths, output, run_id, config)
            extracted = extract_task(output, run_id, config)
            summary = stages.with_extraction_failures(summary, extracted)
            validated = validate_task(output, run_id, summary, started, list(paths), extracted.lexicon_version)
            tables = publish_task(output, run_id, summary, started, list(paths),
                                  extracted.lexicon_version, validated)
        finally:
            store.discard_staging(run_id)
    return {"run_id": run_id, "output": output, "ingest": summary, "tables": tables, "validation": validated}
