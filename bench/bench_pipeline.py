"""Benchmark: the whole pipeline over the Wikinews corpus in ../shared/corpus (skips cleanly when absent).

Each measurement runs in a fresh subprocess so peak memory (ru_maxrss) is per run. Prints, per corpus size:
documents/s of each stage and end to end, and peak RSS. The baseline measured in the same run is the cost of
reading and JSON-decoding the same input lines, so the figures can be quoted as ratios on any machine. The
stages run as plain functions (no Prefect server: its fixed 7-10 s start is not a per-document cost). "docs" counts
input records, empty and duplicate ones included.

    python bench/bench_pipeline.py [--corpus DIR] [--fractions 0.25,0.5,1]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def corpus_subset(corpus: Path, fraction: float, folder: Path) -> tuple[Path, int]:
    lines = []
    for f in sorted(corpus.glob("*.jsonl")):
        lines += [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    keep = lines[: max(1, int(len(lines) * fraction))]
    path = folder / f"corpus-{fraction:g}.jsonl"
    path.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return path, len(keep)


def child(path: str, out: str) -> None:
    """Run in a subprocess: the stages over `path`, timing each; prints one JSON line."""
    import resource

    sys.path.insert(0, str(REPO))
    from transforms import stages
    from transforms.storage import use_system_memory_pool

    use_system_memory_pool()
    from transforms.storage import Store

    t0 = time.perf_counter()
    n = sum(1 for line in open(path, encoding="utf-8") if json.loads(line))
    baseline = time.perf_counter() - t0
    store = Store(out)
    started = stages.utc_now()
    run_id = stages.new_run_id(started)
    t = {}
    t0 = time.perf_counter()
    summary = stages.ingest([path], store=store, run_id=run_id)
    t["ingest"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    extracted = stages.extract(store=store, run_id=run_id)
    t["extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    validation = stages.validate(store=store, run_id=run_id, summary=summary, started=started, inputs=[path],
                                 lexicon_version=extracted.lexicon_version)
    t["validate"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    stages.publish(store=store, run_id=run_id, summary=summary, started=started, inputs=[path],
                   lexicon_version=extracted.lexicon_version, validation=validation)
    t["publish"] = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"documents": n, "baseline_s": baseline, "stages_s": t, "peak_rss_mb": peak_mb,
                      "rows": extracted.counts}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--fractions", default="0.25,0.5,1")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if not args.corpus.is_dir():
        print(f"SKIP: corpus folder {args.corpus} not present")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'docs':>6} {'ingest/s':>9} {'extract/s':>10} {'validate/s':>11} {'publish/s':>10} {'total/s':>8} "
              f"{'x baseline':>10} {'peak MB':>8}")
        for fraction in [float(f) for f in args.fractions.split(",")]:
            path, _ = corpus_subset(args.corpus, fraction, Path(tmp))
            out = Path(tmp) / f"out-{fraction:g}"
            proc = subprocess.run([sys.executable, __file__, "--child", str(path), str(out)], capture_output=True,
                                  text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
            if proc.returncode:
                print(proc.stderr)
                return proc.returncode
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            n, s = r["documents"], r["stages_s"]
            total = sum(s.values())
            print(f"{n:>6} {n / s['ingest']:>9.0f} {n / s['extract']:>10.0f} {n / s['validate']:>11.0f} "
                  f"{n / s['publish']:>10.0f} "
                  f"{n / total:>8.0f} {total / r['baseline_s']:>10.1f} {r['peak_rss_mb']:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
