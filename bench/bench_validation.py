"""Benchmark: validation (Great Expectations suites of every table) over the Wikinews corpus, against extraction.

Runs ingest -> extract -> validate -> publish over ../shared/corpus in a fresh subprocess and prints the seconds of
each stage, the rows validated and validation time as a fraction of extraction time (the issue asks for less than
1x). `import great_expectations` (~3 s) is timed separately: it is paid once per run, whatever the size.
Also times `pledgeflow validate` of the published result (re-validation of every published table).

    python bench/bench_validation.py [--corpus DIR] [--fraction 1]

`--compare OLD_REPO` measures the validation stage alone, old code against this repository's, in the same run: the
corpus (repeated to each of `--sizes`, default 1,2,4) is ingested and extracted once into a staging area, and a
copy of it is doctored with row-level faults (bad enums, spans off by one, dangling ids, a document in the wrong
month...). Each repository then validates a fresh copy of each staging area in its own process (the stage as the
pipeline runs it: `validate_staged` + `write_report`), `--repeat` times, alternating; the best time and the peak
RSS of each are printed with their ratio (new/old), and the outputs are compared: the report (results.json and the
HTML page, with the elapsed seconds zeroed), the quarantine rows (without `quarantined_at`) and the rows left
staged must be identical.

    python bench/bench_validation.py --compare ../wt-base [--sizes 1,2,4] [--repeat 2]

Figures measured with it, and how they compare: docs/performance.md.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus_input import DEFAULT_CORPUS, REPO, corpus_lines, corpus_of_size, run_child

RUN_ID = "bench-validation"


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


# ---- --compare: the validation stage alone, old code against new, on the same staged rows -------------------

def prepare_child(path: str, clean: str, corrupt: str) -> None:
    """Ingest and extract `path` into the staging area of store `clean`; copy it to `corrupt` and doctor that."""
    sys.path.insert(0, str(REPO))
    from transforms import stages
    from transforms.storage import Store

    store = Store(clean)
    summary = stages.ingest([path], store=store, run_id=RUN_ID)
    stages.extract(store=store, run_id=RUN_ID)
    shutil.copytree(clean, corrupt)
    corrupted(Store(corrupt), RUN_ID)
    print(json.dumps({"documents": summary.documents_new}))


def corrupted(store, run_id: str) -> None:
    """Row-level faults spread over the staged tables (few enough to be quarantined, not to fail the run)."""
    import pyarrow as pa

    from transforms.schemas import TABLES

    def doctor(name: str, change) -> None:
        frame = store.read_staged(run_id, name).to_pandas()
        change(frame)
        store.replace_staged(run_id, name, pa.Table.from_pandas(frame, schema=TABLES[name].schema,
                                                                 preserve_index=False))

    def commitments(f) -> None:
        f.loc[f.index[::500], "kind"] = "bogus"
        f.loc[f.index[7::700], "confidence"] = 1.7
        f.loc[f.index[11::900], "end_char"] += 1  # evidence_text no longer the document slice
        f.loc[f.index[13::1100], "amount_value"] = -5.0

    def mentions(f) -> None:
        f.loc[f.index[::1000], "entity_id"] = "country:XXX"  # dangling
        f.loc[f.index[3::1500], "start_char"] = -1
        f.loc[f.index[5::2000], "mention_type"] = "rumour"

    def documents(f) -> None:
        f.loc[f.index[::2500], "n_chars"] += 3
        f.loc[f.index[1::3000], "published_month"] = "1999-01"  # not its date's month: its children follow

    def parties(f) -> None:
        f.loc[f.index[::1200], "role"] = "spectator"

    def quotes(f) -> None:
        f.loc[f.index[::400], "text"] = "not the slice"

    def entities(f) -> None:
        f.loc[f.index[f["entity_type"] == "country"][:1], "iso3"] = "XYZ"

    for name, change in (("documents", documents), ("entities", entities), ("mentions", mentions),
                         ("commitments", commitments), ("commitment_parties", parties), ("quotes", quotes)):
        doctor(name, change)


def measure_child(store_dir: str) -> None:
    """Run with PYTHONPATH=<the repository measured>: validate the staged run as the pipeline does, report the time,
    the peak RSS and a digest of every output."""
    import resource

    t0 = time.perf_counter()
    import great_expectations  # noqa: F401  (a fixed cost per process, timed apart)
    gx_s = time.perf_counter() - t0
    from transforms.storage import Store, use_system_memory_pool
    from transforms.validation import report_html, result_json, validate_staged, write_report

    use_system_memory_pool()  # as the pipeline's processes do
    store = Store(store_dir)
    t0 = time.perf_counter()
    outcome = validate_staged(store, RUN_ID)
    write_report(outcome.result, store.root / "validation")
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    outcome.result.seconds = 0.0
    import transforms.validation

    print(json.dumps({"code": transforms.validation.__file__, "validate_s": seconds, "gx_import_s": gx_s,
                      "peak_rss_mb": peak_mb,
                      "ok": outcome.result.ok, "failed": outcome.result.failed,
                      "quarantined": outcome.result.rows_quarantined,
                      "digests": output_digests(store, report_html(outcome.result),
                                                json.dumps(result_json(outcome.result), default=str))}))


def output_digests(store, page: str, results: str) -> dict[str, str]:
    """sha256 of the report and of every staged table after validation (rows sorted by key; a quarantine row
    without `quarantined_at`, which is the time of the run)."""
    from transforms.schemas import TABLES

    def sha(text: str | bytes) -> str:
        return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()[:16]

    out = {"report.html": sha(page), "results.json": sha(results)}
    staging = store.staging(RUN_ID)
    for name in sorted(TABLES):
        if not (staging / name).exists():
            continue
        data = store.read_staged(RUN_ID, name)
        if "quarantined_at" in data.column_names:
            data = data.drop_columns(["quarantined_at"])
        data = data.sort_by([(k, "ascending") for k in TABLES[name].key])
        out[name] = sha(json.dumps(data.to_pylist(), default=str, sort_keys=True))
    return out


def measured(repo: Path, prepared: Path, work: Path) -> dict:
    """Validate a fresh copy of the staged store `prepared` with the code of `repo`, in a fresh process."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(prepared, work)
    try:
        proc = subprocess.run([sys.executable, __file__, "--measure-child", str(work)], capture_output=True,
                              text=True, cwd=repo, env={**os.environ, "PYTHONPATH": str(repo)})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if proc.returncode:
        raise RuntimeError(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def compare(old: Path, corpus: Path, sizes: list[float], repeat: int) -> int:
    lines = corpus_lines(corpus)
    repos = {"old": old.resolve(), "new": REPO}
    print(f"old: {repos['old']}\nnew: {repos['new']}\nvalidation stage alone (validate_staged + write_report), "
          f"best of {repeat}; peak RSS of the process (GX imported)")
    print(f"{'size':>4} {'docs':>6} {'input':>7} | {'old s':>6} {'new s':>6} {'new/old':>7} | {'old MB':>6} "
          f"{'new MB':>6} {'new/old':>7} | {'failed':>6} {'quarantined':>11} | outputs")
    same_everywhere = True
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for size in sizes:
            path = corpus_of_size(lines, size, tmp)
            clean, corrupt = tmp / f"clean-{size:g}", tmp / f"corrupt-{size:g}"
            proc = subprocess.run([sys.executable, __file__, "--prepare-child", str(path), str(clean), str(corrupt)],
                                  capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
            if proc.returncode:
                print(proc.stderr)
                return 1
            path.unlink()
            docs = json.loads(proc.stdout.strip().splitlines()[-1])["documents"]
            for label, prepared in (("clean", clean), ("corrupt", corrupt)):
                runs: dict[str, list[dict]] = {"old": [], "new": []}
                try:
                    for _ in range(repeat):
                        for which in ("old", "new"):
                            runs[which].append(measured(repos[which], prepared, tmp / "work"))
                except RuntimeError as exc:
                    print(exc)
                    return 1
                for which in runs:  # the code measured is the repository's, not an installed copy
                    assert all(Path(r["code"]).is_relative_to(repos[which]) for r in runs[which]), runs[which]
                o, n = (min(runs[w], key=lambda r: r["validate_s"]) for w in ("old", "new"))
                peak = {w: max(r["peak_rss_mb"] for r in runs[w]) for w in runs}
                digests = {json.dumps(r["digests"], sort_keys=True) for w in runs for r in runs[w]}
                differ = sorted(k for k in o["digests"] if o["digests"][k] != n["digests"].get(k))
                same = len(digests) == 1
                same_everywhere &= same
                print(f"{size:>4g} {docs:>6,} {label:>7} | {o['validate_s']:>6.2f} {n['validate_s']:>6.2f} "
                      f"{n['validate_s'] / o['validate_s']:>7.2f} | {peak['old']:>6.0f} {peak['new']:>6.0f} "
                      f"{peak['new'] / peak['old']:>7.2f} | {n['failed']:>6} {n['quarantined']:>11,} | "
                      + ("" if n["ok"] else "run fails; ")
                      + ("identical" if same else f"DIFFER: {', '.join(differ) or 'between repeats'}"))
            shutil.rmtree(clean)
            shutil.rmtree(corrupt)
    print("outputs identical (report, quarantine, staged rows): " + ("yes" if same_everywhere else "NO"))
    return 0 if same_everywhere else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--fraction", type=float, default=1.0)
    parser.add_argument("--compare", type=Path, metavar="OLD_REPO",
                        help="measure the validation stage of OLD_REPO's code and this repository's in one run")
    parser.add_argument("--sizes", default="1,2,4", help="with --compare: corpus sizes (above 1: repeated)")
    parser.add_argument("--repeat", type=int, default=1, help="with --compare: runs of each, the best time kept")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--prepare-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--measure-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if args.prepare_child:
        prepare_child(*args.prepare_child)
        return 0
    if args.measure_child:
        measure_child(args.measure_child)
        return 0
    if not args.corpus.is_dir():
        print(f"SKIP: corpus folder {args.corpus} not present")
        return 0
    if args.compare:
        return compare(args.compare, args.corpus, [float(x) for x in args.sizes.split(",")], args.repeat)
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
