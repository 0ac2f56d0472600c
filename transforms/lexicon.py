"""The versioned commitment lexicon in `seeds/lexicon/`: trigger phrases, undertaking verbs, category keywords.

- `commitment_triggers.csv`: phrase -> kind, polarity, PLOVER type (one phrase a row, inflections spelled out).
- `undertaking_verbs.csv`: verbs that make a future modal a pledge: "will|would|shall|is going to <verb>"
  ("will deploy", "would provide"); negated ("will not send") they make a refusal.
- `categories.csv`: keyword -> category of the undertaking.
Its version (`VERSION`) is written into every `commitments` row and every `runs` row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from transforms.reference import SEEDS_DIR, rows

LEXICON_DIR = SEEDS_DIR / "lexicon"
MODALS = ("will", "would", "shall", "is going to", "are going to", "was going to", "plans to", "plan to",
          "intends to", "intend to", "is to", "are to")
HEDGED_MODALS = frozenset({"plans to", "plan to", "intends to", "intend to"})


class Trigger(NamedTuple):
    phrase: str
    kind: str
    polarity: str
    plover_type: str
    modal: str | None = None  # for "<modal> <verb>" triggers
    category_hint: str | None = None


@dataclass(frozen=True)
class Lexicon:
    version: str
    triggers: dict[str, Trigger]
    pattern: re.Pattern
    categories: tuple[tuple[str, str], ...]


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


@cache
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """The trigger lexicon, compiled into one case-insensitive regex (longest phrases first)."""
    version_file = directory / "VERSION"
    version = version_file.read_text(encoding="utf-8").split(":", 1)[-1].strip() if version_file.exists() else "0"
    triggers: dict[str, Trigger] = {}
    for r in rows("commitment_triggers.csv", directory):
        triggers[r["phrase"].lower()] = Trigger(r["phrase"].lower(), r["kind"], r["polarity"], r["plover_type"])
    modal_alts = []
    for r in rows("undertaking_verbs.csv", directory):
        verb = r["verb"].lower()
        for modal in MODALS:
            key = f"{modal} {verb}"
            triggers.setdefault(key, Trigger(key, "pledge", "positive", "AGREE", modal, r.get("category_hint") or None))
        modal_alts.append(_phrase_regex(verb))
    plain = sorted((t for t in triggers.values() if t.modal is None), key=lambda t: len(t.phrase), reverse=True)
    modal_re = (r"(?P<modal>" + "|".join(_phrase_regex(m) for m in sorted(MODALS, key=len, reverse=True)) + r")"
                r"(?P<neg>\s+not|n['’]t|\s+never)?(?P<adv>(?:\s+(?:\w+ly|also|now|soon|still|each|both|all|then|"
                r"only|together|further|not|never))*)\s+"
                r"(?P<verb>" + "|".join(sorted(modal_alts, key=len, reverse=True)) + r")")
    plain_re = r"(?P<plain>" + "|".join(_phrase_regex(t.phrase) for t in plain) + r")"
    pattern = re.compile(rf"(?<![\w-])(?:{modal_re}|{plain_re})(?![\w-])", re.IGNORECASE)
    categories = tuple((r["keyword"].lower(), r["category"]) for r in rows("categories.csv", directory))
    return Lexicon(version=version, triggers=triggers, pattern=pattern, categories=categories)
