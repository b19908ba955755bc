"""A synthetic news corpus for machines without ../shared/corpus/bbc.jsonl.

Deterministic (seeded) articles of plain sentences and quotes in the common
shapes: "...," X said. / X said: "..." / "...," he added. Only the benchmarks
use it; its sentences are made up word by word.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

__all__ = ["generated_documents"]

_FIRST = ["Anna", "Marek", "Leila", "Tom", "Grace", "Omar", "Ines", "Victor", "Hana", "Paul"]
_LAST = ["Kowal", "Haddad", "Brennan", "Okafor", "Lindqvist", "Moreau", "Sato", "Duarte"]
_ROLES = ["the minister", "a spokesman", "the chief executive", "the coach", "an analyst"]
_WORDS = (
    "government budget market growth players season election talks prices energy "
    "industry workers report council plan shares profits union strike film music "
    "league court ruling police health schools exports tariffs record deal vote"
).split()
_VERBS = ["said", "told reporters", "added", "warned", "argued"]


def _sentence(rng: random.Random, low: int = 8, high: int = 20) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()


def _paragraph(rng: random.Random) -> str:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    verb = rng.choice(_VERBS)
    shape = rng.randrange(4)
    if shape == 0:
        return f'"{_sentence(rng)}," {name} {verb}.'
    if shape == 1:
        return f'{name}, {rng.choice(_ROLES)}, {verb}: "{_sentence(rng)}."'
    if shape == 2:
        return f'"{_sentence(rng)}," {name} said. "{_sentence(rng)}," he added.'
    return f"{_sentence(rng)}. {_sentence(rng)}."


def generated_documents(count: int = 2000, seed: int = 5) -> Iterator[dict[str, str]]:
    """``count`` articles as dicts with doc_id, category, title and text."""
    rng = random.Random(seed)
    for i in range(count):
        title = _sentence(rng, 4, 8)
        body = "\n\n".join(_paragraph(rng) for _ in range(rng.randint(6, 14)))
        yield {"doc_id": f"gen_{i:05d}", "category": "generated", "title": title,
               "text": f"{title}\n\n{body}\n"}
