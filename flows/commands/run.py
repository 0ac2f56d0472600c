"""`pledgeflow run [PATH ...] [--output DIR]`: the pipeline over files/folders into Parquet datasets."""
from __future__ import annotations

import argparse
import sys
import time

NAME = "run"


def add_parser(sub) -> None:
    run = sub.add_parser(NAME, help="run the pipeline over files/folders into Parquet datasets")
    run.add_argument("paths", nargs="*", default=["seeds/documents"],
                     help="input files or folders (recursive); default: seeds/documents")
    run.add_argument("--output", default="output", help="output folder (default: output)")
    run.add_argument("--batch-size", type=batch_size, default=None, metavar="N",
                     help="documents per extraction batch (default: transforms.stages.DEFAULT_BATCH_SIZE, 2000)")
    run.add_argument("--workers", type=workers_count, default=None, metavar="N",
                     help="processes that extract (default 1: in this process); each worker takes ~150-170 MB "
                          "and extracts batches beside the others, the outputs are the same (see README)")


def batch_size(value: str) -> int:
    """`--batch-size` as a number of documents, or argparse's usage error with what is accepted."""
    from transforms.stages import check_batch_size

    try:
        return check_batch_size(int(value))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of documents, at least 1, got {value!r}") from None


def workers_count(value: str) -> int:
    """`--workers` as a number of processes, or argparse's usage error with what is accepted."""
    from transforms.stages import check_workers

    try:
        return check_workers(int(value))
    except ValueError:
        from transforms.stages import MAX_WORKERS

        raise argparse.ArgumentTypeError(f"expected a whole number from 1 to {MAX_WORKERS}, got {value!r}") from None


def main(args: argparse.Namespace) -> int:
    from flows.cli import quiet_prefect

    quiet_prefect()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.pipeline import pipeline_flow
    from transforms.parallel import ExtractionWorkersFailed
    from transforms.stages import DEFAULT_BATCH_SIZE, DEFAULT_WORKERS, ValidationFailed
    from transforms.storage import StoreError, use_system_memory_pool

    use_system_memory_pool()

    started = time.perf_counter()
    try:
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            result = pipeline_flow(paths=list(args.paths), output=args.output,
                                   batch_size=args.batch_size if args.batch_size is not None else DEFAULT_BATCH_SIZE,
                                   workers=args.workers or DEFAULT_WORKERS)
    except StoreError as exc:
        print(f"pledgeflow: {exc}", file=sys.stderr)
        return 2
    except ValidationFailed as exc:
        print(f"pledgeflow: run failed {exc}", file=sys.stderr)
        return 1
    except ExtractionWorkersFailed as exc:
        print(f"pledgeflow: run failed: {exc}", file=sys.stderr)
        return 1
    print(run_summary(result, seconds=time.perf_counter() - started))
    return 0


def run_summary(result: dict, *, seconds: float) -> str:
    """The short summary printed after a run."""
    s = result["ingest"]
    lines = [
        f"pledgeflow run {result['run_id']} -> {result['output']}/ ({seconds:.1f} s)",
        f"  inputs:      {s.files_seen} files ({s.files_skipped} skipped), {s.records_seen} records",
        f"  documents:   {s.documents_new} new, {s.documents_changed} changed, {s.documents_duplicate} duplicate, "
        f"{s.documents_undated} undated",
        f"  quarantined: {s.quarantined}" + (f" (see {result['output']}/quarantine/inputs)" if s.quarantined else ""),
    ]
    for message in s.messages[:10]:
        lines.append(f"    {message}")
    if len(s.messages) > 10:
        lines.append(f"    ... and {len(s.messages) - 10} more")
    v = result.get("validation")
    if v is not None:
        lines.append(f"  validation:  {v.expectations_passed} expectations passed, {v.expectations_failed} failed, "
                     f"{v.rows_quarantined} rows quarantined ({v.report})")
    tables = ", ".join(f"{name} {n:,}" for name, n in result["tables"].items())
    lines.append(f"  tables:      {tables}")
    return "\n".join(lines)
