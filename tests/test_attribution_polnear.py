"""Speaker accuracy on PolNeAR dev, read from ../shared (skipped when absent).

Scored the way ``quotes eval`` scores it (quotes/evaluate.py): among quoted
spans overlap-matched to the gold, the share whose predicted mention overlaps
the gold speaker span or whose speaker's last name appears in it. The floor
sits a little under the measured figure, to catch regressions.
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


def test_speaker_accuracy_on_polnear_dev():
    report = evaluate(load_gold(DEV))
    assert report.speaker.total > 700
    assert report.speaker.accuracy >= 0.92, report.speaker.to_dict()  # measured 0.927 (720/777)
