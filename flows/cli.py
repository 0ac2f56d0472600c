"""`pledgeflow` command line. Subcommands live in `flows/commands/` (one module each, listed in `COMMANDS`).

Prefect settings are put in the environment by `quiet_prefect()`, called by a command before it imports Prefect
(never at import time): quiet logs (WARNING), no analytics/telemetry. Values already set by the user win. A
`PREFECT_API_URL` already set (a running server) is used as is; without one Prefect starts a temporary local
server for the run (7-10 s, see README).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMANDS = [
    "flows.commands.run",
    "flows.commands.validate",
    "flows.commands.serve",
]

QUIET_PREFECT_ENV = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    # the temporary server `pledgeflow run` starts when no PREFECT_API_URL is set: Prefect waits 20 s for it, which a
    # busy 2-core machine exceeds ("Timed out while attempting to connect to ephemeral Prefect API server")
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def quiet_prefect() -> None:
    """Quiet Prefect (environment, before it is imported) and Great Expectations (its INFO lines about ephemeral
    contexts and data docs sites) for a command-line run."""
    import logging

    for key, value in QUIET_PREFECT_ENV.items():
        os.environ.setdefault(key, value)
    logging.getLogger("great_expectations").setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pledgeflow", description="Who committed to what: news in, Parquet out.")
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for path in COMMANDS:
        module = importlib.import_module(path)
        module.add_parser(sub)
        modules[module.NAME] = module
    args = parser.parse_args(argv)
    return modules[args.command].main(args)


if __name__ == "__main__":
    sys.exit(main())
