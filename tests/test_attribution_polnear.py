"""Speaker accuracy on PolNeAR dev, read from ../shared (skipped when absent).

Scored the way ``quotes eval`` scores it (quotes/evaluate.py): among quoted
spans overlap-matched to the gold, the share whose predicted mention overlaps
the gold speaker span or whose speaker's last name appears in it. The floor
sits a little under the measured figure, to catch regressions.
"""

import pytest

pytestmark = pytest.mark.corpus


def test_speaker_accuracy_on_polnear_dev(polnear_dev_report):
    report = polnear_dev_report
    assert report.speaker.total > 700
    assert report.speaker.accuracy >= 0.93, report.speaker.to_dict()  # measured 0.934 (727/778)
