"""Reference data in `seeds/reference/`: where it lives and its version. Loaded on demand, never at import time."""
from __future__ import annotations

from functools import cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
REFERENCE_DIR = SEEDS_DIR / "reference"


@cache
def reference_version(directory: Path = REFERENCE_DIR) -> str:
    """The version string of the reference data (`seeds/reference/VERSION`), written into every run."""
    path = directory / "VERSION"
    return path.read_text(encoding="utf-8").strip() if path.exists() else "unversioned"
