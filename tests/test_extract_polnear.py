"""Quoted and reported speech found on PolNeAR dev, read from ../shared (skipped when absent).

Scored as ``quotes eval`` scores it (quotes/evaluate.py). The floors sit a
little under the measured figures (21 November, 18:30 UTC: exact P 0.950 R 0.985
F1 0.967; indirect, 20:30 UTC: P 0.759 R 0.514 F1 0.613, speaker 0.947), to catch regressions
in the mark scanner, the not-speech rules and the reported-speech rules.
"""

import pytest

pytestmark = pytest.mark.corpus


def test_quoted_speech_on_polnear_dev(polnear_dev_report):
    report = polnear_dev_report
    assert report.exact.tp + report.exact.fn > 780  # every gold quoted span was read
    assert report.exact.recall >= 0.975, report.exact.to_dict()
    assert report.exact.precision >= 0.94, report.exact.to_dict()
    assert report.exact.f1 >= 0.96, report.exact.to_dict()
    assert report.overlap.f1 >= report.exact.f1


def test_reported_speech_on_polnear_dev(polnear_dev_report):
    report = polnear_dev_report
    assert report.indirect.tp + report.indirect.fn > 1700  # every gold indirect span was read
    assert report.indirect.f1 >= 0.61, report.indirect.to_dict()  # measured 0.616
    assert report.indirect.recall >= 0.51, report.indirect.to_dict()
    assert report.indirect.precision >= 0.755, report.indirect.to_dict()
    assert report.indirect_speaker.accuracy >= 0.94, report.indirect_speaker.to_dict()
