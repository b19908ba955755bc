"""Every attribution method the parser can record has a description for the user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes import extract
from quotes.attribution import SIEVES
from quotes.methods import METHODS, describe
from quotes.reported.finder import RULE_CONFIDENCE

REPO = Path(__file__).resolve().parent.parent
BBC = REPO.parent / "shared" / "corpus" / "bbc.jsonl"


def test_every_sieve_and_reported_speech_rule_is_described():
    # colon_intro is recorded by a sieve of another name; reported_clause by quotes.parse; next_quote by
    # attribute()'s last pass over the quotes no sieve decided
    names = {s.name for s in SIEVES} | set(RULE_CONFIDENCE) | {"colon_intro", "reported_clause", "next_quote"}
    assert names <= METHODS.keys(), names - METHODS.keys()
    assert set(METHODS) <= names, set(METHODS) - names  # no description of a rule that is gone


def test_describe_says_what_to_check():
    assert describe("trailing_cue").startswith("a speaker and a verb of saying right after")
    assert describe(None) == "no rule found a speaker"
    assert describe("a_future_rule") == "a_future_rule"  # unknown: shown as recorded


def _texts():
    yield from (p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt")))
    if BBC.exists():
        with BBC.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % 5 == 0:  # a sample of the corpus
                    yield json.loads(line)["text"]


def test_every_method_the_parser_records_is_described():
    seen = {q.method for text in _texts() for q in extract(text)} - {None}
    assert seen <= METHODS.keys(), seen - METHODS.keys()


@pytest.mark.parametrize("name", sorted(METHODS))
def test_descriptions_are_one_short_line(name):
    text = METHODS[name]
    assert "\n" not in text and len(text) <= 100 and text[0].islower()
