"""Thin Prefect flows and the `pledgeflow` command line. Logic lives in `transforms/`."""
