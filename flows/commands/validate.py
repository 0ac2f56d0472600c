"""`pledgeflow validate [--output DIR]`: re-validate the published datasets with the suites of `expectations/`.

Writes the HTML report to `<output>/validation/validate-<time>/index.html` (and `latest.html`), prints the
counts and the failed expectations, and exits 1 when any expectation fails (2 when nothing is published). Needs
no Prefect server: it is one plain function call.
"""
from __future__ import annotations

import argparse
import sys

NAME = "validate"


def add_parser(sub) -> None:
    p = sub.add_parser(NAME, help="re-validate the published datasets; non-zero exit on failure")
    p.add_argument("--output", default="output", help="output folder (default: output)")


def main(args: argparse.Namespace) -> int:
    from transforms.stages import VALIDATION_DIR
    from transforms.storage import Store
    from transforms.validation import validate_published, write_report

    store = Store(args.output)
    if store.current is None:
        print(f"pledgeflow: nothing published in {args.output}/ (run `pledgeflow run` first)", file=sys.stderr)
        return 2
    with store.lock():
        outcome = validate_published(store)
    result = outcome.result
    report = write_report(result, store.root / VALIDATION_DIR)
    verdict = "passed" if result.ok and not result.failed else "FAILED"
    print(f"pledgeflow validate {args.output}/: {verdict}: {result.passed} expectations passed, {result.failed} "
          f"failed ({len(result.table_failures)} table-level) in {result.seconds:.1f} s")
    for t in result.tables.values():
        bad = [r for r in t.results if not r.success]
        print(f"  {t.name:<32} {t.rows:>9,} rows  " + ("ok" if not bad else f"{len(bad)} failed"))
        for r in bad:
            print(f"    {r.check.name} [{r.level}] {r.error or f'{r.unexpected_count} of {r.element_count} rows'}"
                  + (f": {'; '.join(r.examples[:3])}" if r.examples else ""))
    for note in result.notes:
        print(f"  note: {note}")
    print(f"  report: {report}")
    return 0 if verdict == "passed" else 1
