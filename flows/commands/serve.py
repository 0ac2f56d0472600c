"""`pledgeflow serve [--sources sources.toml] [--cron "0 * * * *"]`: register the deployments on the Prefect server
of PREFECT_API_URL and run their flow runs in this process until interrupted (see docs/orchestration.md)."""
from __future__ import annotations

import argparse
import os
import sys

NAME = "serve"


def add_parser(sub) -> None:
    from flows.deployments import DEFAULT_CRON

    serve = sub.add_parser(NAME, help="serve the scheduled-ingest and pipeline deployments on a Prefect server")
    serve.add_argument("--sources", default="sources.toml",
                       help="sources file of the scheduled ingestion (default: sources.toml)")
    serve.add_argument("--cron", default=DEFAULT_CRON,
                       help=f"schedule of the ingestion, cron syntax (default: '{DEFAULT_CRON}', hourly)")
    serve.add_argument("--timezone", default="UTC", help="time zone of the schedule (default: UTC)")
    serve.add_argument("--paths", nargs="*", default=["seeds/documents"],
                       help="default inputs of the pipeline deployment (default: seeds/documents)")
    serve.add_argument("--output", default="output", help="default output of the pipeline deployment")
    serve.add_argument("--limit", type=int, default=2, help="flow runs executed at once by this process (default 2)")


def main(args: argparse.Namespace) -> int:
    from flows.cli import quiet_prefect

    if not os.environ.get("PREFECT_API_URL"):
        print("pledgeflow serve: PREFECT_API_URL is not set. Start a server first:\n"
              "  .venv/bin/prefect server start            # in another shell; UI at http://127.0.0.1:4200\n"
              "  export PREFECT_API_URL=http://127.0.0.1:4200/api", file=sys.stderr)
        return 2
    if not os.path.exists(args.sources):
        print(f"pledgeflow serve: sources file '{args.sources}' not found (see sources.toml and "
              "docs/orchestration.md)", file=sys.stderr)
        return 2
    quiet_prefect()
    from flows.deployments import build_deployments, serve
    from transforms.fetch import load_sources

    try:
        load_sources(args.sources)  # fail now, not at the first scheduled run
    except ValueError as exc:
        print(f"pledgeflow serve: {exc}", file=sys.stderr)
        return 2
    serve(build_deployments(sources=args.sources, cron=args.cron, timezone=args.timezone, paths=args.paths,
                            output=args.output), limit=args.limit)
    return 0
