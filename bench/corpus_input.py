"""What the pipeline benchmarks share: the Wikinews corpus as input lines, cut or repeated to a size, and one
measurement run in a fresh child process (so its peak memory is its own)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def corpus_lines(corpus: Path) -> list[str]:
    """The non-empty lines of every JSONL file of the corpus folder, in file order."""
    lines: list[str] = []
    for f in sorted(corpus.glob("*.jsonl")):
        lines += [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def corpus_of_size(lines: list[str], size: float, folder: Path) -> Path:
    """The first `size` of the corpus (size <= 1), or the corpus repeated (size > 1: copy k of a record gets
    `id#k` and a last line "[copy k]", so every copy is a distinct document with the same extraction work)."""
    if size <= 1:
        keep = lines[: max(1, int(len(lines) * size))]
    else:
        keep = []
        for k in range(int(size)):
            for line in lines:
                if k == 0:
                    keep.append(line)
                    continue
                record = json.loads(line)
                record["id"] = f"{record.get('id')}#{k}"
                record["text"] = f"{record.get('text') or ''}\n\n[copy {k}]"
                keep.append(json.dumps(record, ensure_ascii=False))
    path = folder / f"corpus-{size:g}.jsonl"
    path.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return path


def run_child(script: str, path: Path, out: Path) -> dict:
    """`script --child path out` in a fresh process; returns the JSON object it printed last. Raises
    RuntimeError with the child's stderr when it fails."""
    proc = subprocess.run([sys.executable, script, "--child", str(path), str(out)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    if proc.returncode:
        raise RuntimeError(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])
