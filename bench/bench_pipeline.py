"""Benchmark: the whole pipeline over the Wikinews corpus in ../shared/corpus (skips cleanly when absent).

Each measurement runs in a fresh subprocess (one process, one core for the Python work) so peak memory
(ru_maxrss) is per run. The stages run as plain functions (no Prefect server: its fixed 7-10 s start is not a
per-document cost). "docs" counts input records, empty and duplicate ones included.

Sizes are fractions of the corpus; a size above 1 repeats it (copy k of a record gets `id#k` and a last line
"[copy k]", so every copy is a distinct document with the same extraction work): memory must stay flat as the
input grows past the batch sizes, and the per-document cost is the slope between sizes.

Printed per size: documents/s of each stage and end to end (wall clock), the CPU seconds of the whole run, peak RSS,
and the same run's baseline: reading and JSON-decoding the input lines. Then:

- fixed costs, paid once per process whatever the size, timed apart: `import great_expectations` (~3 s) and
  loading the reference data and lexicon;
- the **marginal** throughput between the two largest sizes, (docs2 - docs1) / (seconds2 - seconds1), per stage
  and end to end: what each further document costs once the process runs (fixed costs cancel out).

    python bench/bench_pipeline.py [--corpus DIR] [--sizes 0.5,1,2,4]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from corpus_input import DEFAULT_CORPUS, REPO, corpus_lines, corpus_of_size, run_child

STAGES = ("ingest", "extract", "validate", "publish")


def child(path: str, out: str) -> None:
    """Run in a subprocess: the stages over `path`, timing each; prints one JSON line."""
    import resource

    sys.path.insert(0, str(REPO))
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    n = sum(1 for line in open(path, encoding="utf-8") if json.loads(line))
    baseline = time.perf_counter() - t0

    fixed: dict[str, float] = {}
    t0 = time.perf_counter()
    import great_expectations  # noqa: F401  (a fixed cost per process, paid by the validate stage otherwise)
    fixed["import great_expectations"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    from transforms import stages
    from transforms.lexicon import load_lexicon
    from transforms.reference import load_reference
    from transforms.storage import Store, use_system_memory_pool

    use_system_memory_pool()
    load_reference()
    load_lexicon()
    fixed["import pledgeflow, load reference and lexicon"] = time.perf_counter() - t0

    result = stages.run_pipeline([path], store=Store(out))
    t = result.seconds
    extracted = result.extracted
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"documents": n, "baseline_s": baseline, "stages_s": t, "fixed_s": fixed,
                      "cpu_s": time.process_time() - cpu0, "peak_rss_mb": peak_mb, "rows": extracted.counts}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="0.5,1,2,4")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if not args.corpus.is_dir():
        print(f"SKIP: corpus folder {args.corpus} not present")
        return 0
    lines = corpus_lines(args.corpus)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'docs':>6} {'ingest/s':>9} {'extract/s':>10} {'validate/s':>11} {'publish/s':>10} {'total/s':>8} "
              f"{'x baseline':>10} {'CPU s':>6} {'fixed s':>8} {'peak MB':>8}")
        for size in [float(f) for f in args.sizes.split(",")]:
            path = corpus_of_size(lines, size, Path(tmp))
            out = Path(tmp) / f"out-{size:g}"
            try:
                r = run_child(__file__, path, out)
            except RuntimeError as exc:
                print(exc)
                return 1
            finally:
                path.unlink()
            results.append(r)
            n, s = r["documents"], r["stages_s"]
            total = sum(s.values())
            print(f"{n:>6} {n / s['ingest']:>9.0f} {n / s['extract']:>10.0f} {n / s['validate']:>11.0f} "
                  f"{n / s['publish']:>10.0f} {n / total:>8.0f} {total / r['baseline_s']:>10.1f} "
                  f"{r['cpu_s']:>6.1f} {sum(r['fixed_s'].values()):>8.1f} {r['peak_rss_mb']:>8.0f}")
    last = results[-1]
    print("\nfixed costs per process (largest size): "
          + ", ".join(f"{k} {v:.1f} s" for k, v in last["fixed_s"].items()))
    if len(results) >= 2:
        a, b = results[-2], results[-1]
        dn = b["documents"] - a["documents"]
        # a stage that took no longer at the larger size (noise, e.g. publish's fsyncs) has no marginal rate
        per = {k: dn / d if (d := b["stages_s"][k] - a["stages_s"][k]) > 0 else None for k in STAGES}
        dt_total = sum(b["stages_s"].values()) - sum(a["stages_s"].values())
        print(f"marginal throughput {a['documents']} -> {b['documents']} docs (wall clock): "
              + ", ".join(f"{k} {v:,.0f}/s" if v is not None else f"{k} n/a (not slower)" for k, v in per.items())
              + f"; end to end {dn / dt_total:,.0f} docs/s"
              + f" ({dt_total / (dn / 1000):.2f} s per 1,000 docs; baseline "
              f"{(b['baseline_s'] - a['baseline_s']) / (dn / 1000) * 1000:.1f} ms per 1,000)")
        print(f"marginal CPU: {(b['cpu_s'] - a['cpu_s']) / (dn / 1000):.2f} CPU s per 1,000 docs "
              f"= {dn / (b['cpu_s'] - a['cpu_s']):,.0f} docs per CPU second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
