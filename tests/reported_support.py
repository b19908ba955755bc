"""What the reported-speech rule tests share: the indirect quotes of a sentence and the fields
a rule's expectation names."""

from __future__ import annotations

import quotes


def indirect(text: str) -> list[quotes.Quote]:
    return [q for q in quotes.extract(text + "\n") if q.kind == "indirect"]


def fields(q: quotes.Quote, expected: dict[str, str]) -> dict[str, str]:
    return {field: getattr(q, field) for field in expected}
