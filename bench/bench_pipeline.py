"""Benchmark: the whole pipeline over the Wikinews corpus in ../shared/corpus (skips cleanly when absent).

Each measurement runs in a fresh subprocess (one process, one core for the Python work) so peak memory
(ru_maxrss) is per run. The stages run as plain functions (no Prefect server: its fixed 7-10 s start is not a
per-document cost). "docs" counts input records, empty and duplicate ones included.

Sizes are fractions of the corpus; a size above 1 repeats it (copy k of a record gets `id#k` and a last line
"[copy k]", so every copy is a distinct document with the same extraction work): memory must stay flat as the
input grows past the batch sizes, and the per-document cost is the slope between sizes.

Printed per size: documents/s of each stage and end to end (wall clock), the CPU seconds of the whole run (worker
processes included), peak memory, and the same run's baseline: reading and JSON-decoding the input lines. Peak
memory is the measured process's own (ru_maxrss, "own MB") and its whole process tree's ("tree MB": the largest sum
of the RSS of the process and every descendant, extraction workers included, sampled every ~10 ms from the
benchmark's own process; "hwm sum": the sum of each process's own peak, an upper bound). With `--workers 1,2` each
size runs once per value, alternated (`--rounds N` times, the order reversed every other round), and each row
shows its time and tree peak against the same round's first value (the baseline). Then:

- fixed costs, paid once per process whatever the size, timed apart: `import great_expectations` (~3 s) and
  loading the reference data and lexicon;
- the **marginal** throughput between the two largest sizes, (docs2 - docs1) / (seconds2 - seconds1), per stage
  and end to end: what each further document costs once the process runs (fixed costs cancel out).

    python bench/bench_pipeline.py [--corpus DIR] [--sizes 0.5,1,2,4] [--workers 1,2] [--rounds 2]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from corpus_input import DEFAULT_CORPUS, REPO, corpus_lines, corpus_of_size, run_child

STAGES = ("ingest", "extract", "validate", "publish")


def child(path: str, out: str, workers: str = "1") -> None:
    """Run in a subprocess: the stages over `path` with `workers` extraction processes, timing each; prints one
    JSON line."""
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

    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = stages.run_pipeline([path], store=Store(out), config=stages.RunConfig(workers=int(workers)))
    t = result.seconds
    extracted = result.extracted
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, reaped when the pool shut down
    children_cpu = children.ru_utime + children.ru_stime - children0.ru_utime - children0.ru_stime
    print(json.dumps({"documents": n, "workers": int(workers), "baseline_s": baseline, "stages_s": t,
                      "fixed_s": fixed, "cpu_s": time.process_time() - cpu0 + children_cpu,
                      "workers_cpu_s": children_cpu, "peak_rss_mb": peak_mb,
                      "largest_child_rss_mb": children.ru_maxrss / 1024, "rows": extracted.counts}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="0.5,1,2,4")
    parser.add_argument("--workers", default="1", help="extraction processes to compare, e.g. 1,2 (default 1)")
    parser.add_argument("--rounds", type=int, default=1, help="alternated rounds per size (default 1)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if not args.corpus.is_dir():
        print(f"SKIP: corpus folder {args.corpus} not present")
        return 0
    workers = [int(w) for w in args.workers.split(",")]
    lines = corpus_lines(args.corpus)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'docs':>6} {'wrk':>3} {'rnd':>3} {'ingest/s':>9} {'extract/s':>10} {'validate/s':>11} "
              f"{'publish/s':>10} {'total/s':>8} {'x baseline':>10} {'CPU s':>6} {'fixed s':>8} {'own MB':>7} "
              f"{'tree MB':>8} {'hwm sum':>8}")
        for size in [float(f) for f in args.sizes.split(",")]:
            path = corpus_of_size(lines, size, Path(tmp))
            try:
                for round_ in range(1, args.rounds + 1):
                    for w in workers if round_ % 2 else workers[::-1]:
                        out = Path(tmp) / f"out-{size:g}-{w}-{round_}"
                        try:
                            r = run_child(__file__, path, out, str(w))
                        except RuntimeError as exc:
                            print(exc)
                            return 1
                        shutil.rmtree(out, ignore_errors=True)
                        r["round"] = round_
                        results.append(r)
                        n, s = r["documents"], r["stages_s"]
                        total = sum(s.values())
                        print(f"{n:>6} {w:>3} {round_:>3} {n / s['ingest']:>9.0f} {n / s['extract']:>10.0f} "
                              f"{n / s['validate']:>11.0f} {n / s['publish']:>10.0f} {n / total:>8.0f} "
                              f"{total / r['baseline_s']:>10.1f} {r['cpu_s']:>6.1f} {sum(r['fixed_s'].values()):>8.1f} "
                              f"{r['peak_rss_mb']:>7.0f} {r['tree_peak_rss_mb']:>8.0f} {r['tree_hwm_sum_mb']:>8.0f}",
                              flush=True)
            finally:
                path.unlink()
    if len(workers) > 1:
        print(f"\nagainst workers={workers[0]} in the same round (stages wall time, extract time, tree peak, CPU):")
        for r in results:
            base = next(x for x in results if x["round"] == r["round"] and x["documents"] == r["documents"]
                        and x["workers"] == workers[0])
            if r is not base:
                print(f"{r['documents']:>6} docs, round {r['round']}, workers={r['workers']}: "
                      f"stages {sum(r['stages_s'].values()):.1f} s / {sum(base['stages_s'].values()):.1f} s = "
                      f"{sum(r['stages_s'].values()) / sum(base['stages_s'].values()):.2f}, extract "
                      f"{r['stages_s']['extract']:.1f} / {base['stages_s']['extract']:.1f} = "
                      f"{r['stages_s']['extract'] / base['stages_s']['extract']:.2f}, tree peak "
                      f"{r['tree_peak_rss_mb']:.0f} / {base['tree_peak_rss_mb']:.0f} MB = "
                      f"{r['tree_peak_rss_mb'] / base['tree_peak_rss_mb']:.2f}, CPU {r['cpu_s']:.1f} / "
                      f"{base['cpu_s']:.1f} s")
    last = results[-1]
    print("\nfixed costs per process (largest size): "
          + ", ".join(f"{k} {v:.1f} s" for k, v in last["fixed_s"].items()))
    for w in workers:
        sized: dict[int, list[dict]] = {}
        for r in results:
            if r["workers"] == w:
                sized.setdefault(r["documents"], []).append(r)
        if len(sized) < 2:
            continue
        # the mean over rounds of the two largest sizes
        a, b = ({"documents": k, "stages_s": {st: sum(x["stages_s"][st] for x in v) / len(v) for st in STAGES},
                 "baseline_s": sum(x["baseline_s"] for x in v) / len(v), "cpu_s": sum(x["cpu_s"] for x in v) / len(v)}
                for k, v in sorted(sized.items())[-2:])
        dn = b["documents"] - a["documents"]
        # a stage that took no longer at the larger size (noise, e.g. publish's fsyncs) has no marginal rate
        per = {k: dn / d if (d := b["stages_s"][k] - a["stages_s"][k]) > 0 else None for k in STAGES}
        dt_total = sum(b["stages_s"].values()) - sum(a["stages_s"].values())
        print(f"workers={w}: marginal throughput {a['documents']} -> {b['documents']} docs (wall clock): "
              + ", ".join(f"{k} {v:,.0f}/s" if v is not None else f"{k} n/a (not slower)" for k, v in per.items())
              + f"; end to end {dn / dt_total:,.0f} docs/s"
              + f" ({dt_total / (dn / 1000):.2f} s per 1,000 docs; baseline "
              f"{(b['baseline_s'] - a['baseline_s']) / (dn / 1000) * 1000:.1f} ms per 1,000)")
        print(f"workers={w}: marginal CPU: {(b['cpu_s'] - a['cpu_s']) / (dn / 1000):.2f} CPU s per 1,000 docs "
              f"= {dn / (b['cpu_s'] - a['cpu_s']):,.0f} docs per CPU second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
