"""Quoted speech found on PolNeAR dev, read from ../shared (skipped when absent).

Scored as ``quotes eval`` scores it (quotes/evaluate.py). The floors sit a
little under the measured figures (12:50 UTC: exact P 0.923 R 0.985 F1 0.953),
to catch regressions in the mark scanner and the not-speech rules.
"""

import os
from pathlib import Path

import pytest

from quotes.evaluate import evaluate, load_gold

DEV = Path(os.environ.get("QUOTES_POLNEAR", Path(__file__).resolve().parents[2] / "shared/eval/polnear")) / "dev.jsonl"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not DEV.is_file(), reason=f"PolNeAR dev not found at {DEV}"),
]


def test_quoted_speech_on_polnear_dev():
    report = evaluate(load_gold(DEV))
    assert report.exact.tp + report.exact.fn > 780  # every gold quoted span was read
    assert report.exact.recall >= 0.975, report.exact.to_dict()
    assert report.exact.precision >= 0.91, report.exact.to_dict()
    assert report.exact.f1 >= 0.945, report.exact.to_dict()
    assert report.overlap.f1 >= report.exact.f1
