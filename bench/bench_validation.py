"""Benchmark: validation (Great Expectations suites of every table) over the Wikinews corpus, against extraction.

Runs ingest -> extract -> validate -> publish over ../shared/corpus in a fresh subprocess and prints the seconds of
each stage, the rows validated and validation time as a fraction of extraction time (the issue asks for less than
1x). `import great_expectations` (~3 s) is timed separately: it is paid once per run, whatever the size.
Also times `pledgeflow validate` of the published result (re-validation of every published table).

    python bench/bench_validation.py [--corpus DIR] [--fraction 1]

Figures measured with it, and how they compare: docs/performance.md.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from corpus_input import DEFAULT_CORPUS, REPO, corpus_lines, corpus_of_size, run_child


def child(path: str, out: str) -> None:
    sys.path.insert(0, str(REPO))
    from transforms import stages
    from transforms.storage import Store

    store = Store(out)
    gx_import: dict[str, float] = {}

    def import_gx(_store, _run_id) -> None:  # timed apart: a fixed cost per process
        t0 = time.perf_counter()
        import great_expectations  # noqa: F401
        gx_import["gx_import"] = time.perf_counter() - t0

    try:
        result = stages.run_pipeline([path], store=store, before_validate=import_gx)
        validation, status, t = result.validation, "ok", {**result.seconds, **gx_import}
        n = result.ingested.documents_new
        from transforms.validation import validate_published

        t0 = time.perf_counter()
        validate_published(store)
        t["revalidate_published"] = time.perf_counter() - t0
    except stages.ValidationFailed as exc:
        validation, status, t, n = exc.summary, "failed", gx_import, None
    print(json.dumps({"documents": n, "stages_s": t, "rows": validation.rows, "status": status,
                      "passed": validation.expectations_passed, "failed": validation.expectations_failed,
                      "quarantined": validation.rows_quarantined, "by_reason": validation.quarantined_by_reason,
                      "table_failures": validation.table_failures}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--fraction", type=float, default=1.0)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if not args.corpus.is_dir():
        print(f"SKIP: corpus folder {args.corpus} not present")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus_of_size(corpus_lines(args.corpus), min(args.fraction, 1.0), Path(tmp))
        try:
            r = run_child(__file__, path, Path(tmp) / "out")
        except RuntimeError as exc:
            print(exc)
            return 1
    s = r["stages_s"]
    rows = sum(r["rows"].values())
    print(f"documents {r['documents']:,}; rows validated {rows:,} "
          f"({', '.join(f'{k} {v:,}' for k, v in r['rows'].items())})")
    print("seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in s.items()))
    print(f"validation: {r['status']}, {r['passed']} expectations passed, {r['failed']} failed, "
          f"{r['quarantined']} rows quarantined {r['by_reason'] or ''} {r['table_failures'] or ''}")
    print(f"validate / extract = {s['validate'] / s['extract']:.2f}x "
          f"({(s['validate'] + s['gx_import']) / s['extract']:.2f}x with the GX import)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
