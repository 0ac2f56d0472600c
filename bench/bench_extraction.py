"""Benchmark: extraction stages over the Wikinews corpus in ../shared/corpus (skips cleanly when absent).

Single process, single core. Prints documents/s and MB/s for sentence splitting, entity extraction (gazetteer scan,
titles, persons, organisations, surnames) and commitment extraction, the peak RSS, and the same run's baseline:
tokenising every text with one regular expression (`re.findall(r"\\w+")`), the cheapest pass over the text a
rule-based extractor can make. Ratios against that baseline compare across machines.

    python bench/bench_extraction.py [--corpus DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"SKIP: corpus folder {args.corpus} not present")
        return 0
    from transforms.extraction import Extractor
    from transforms.sentences import sentence_spans

    docs = []
    for f in sorted(args.corpus.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                d["day"] = dt.date.fromisoformat(d["published_date"]) if d.get("published_date") else None
                docs.append(d)
    docs = docs * args.repeat
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    t0 = time.perf_counter()
    extractor = Extractor.from_reference()
    load_s = time.perf_counter() - t0

    word = re.compile(r"\w+")
    t0 = time.perf_counter()
    for d in docs:
        word.findall(d["text"])
    baseline = time.perf_counter() - t0

    t0 = time.perf_counter()
    sentences = [sentence_spans(d["text"]) for d in docs]
    t_sent = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = [extractor.entities.mentions(d["text"], s, d["day"]) for d, s in zip(docs, sentences)]
    t_ent = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_commitments = 0
    for d, s, (mentions, extracted) in zip(docs, sentences, found):
        n_commitments += len(extractor.commitments.commitments(d["text"], s, mentions, extracted, d["day"]))
    t_com = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(docs)
    print(f"{n:,} documents, {mb:.1f} MB; reference + lexicon loaded in {load_s:.2f} s; "
          f"{sum(len(m) for m, _ in found):,} mentions, {n_commitments:,} commitments")
    print(f"{'stage':<24}{'docs/s':>10}{'MB/s':>8}{'x baseline':>12}")
    for name, secs in (("baseline (regex words)", baseline), ("sentences", t_sent), ("entities", t_ent),
                       ("commitments", t_com), ("entities+commitments", t_ent + t_com + t_sent)):
        print(f"{name:<24}{n / secs:>10,.0f}{mb / secs:>8.1f}{secs / baseline:>12.1f}")
    print(f"peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
