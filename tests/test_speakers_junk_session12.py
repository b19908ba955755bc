"""Session 12 (junk12): speakers that are no one, or of a kind a reader would not expect, each with
the real BBC sentence that showed it."""

from __future__ import annotations

from quotes import extract
from quotes.attribution import speaker_kind


def _speaker(text: str, fragment: str) -> str | None:
    (found,) = [q for q in extract(text) if fragment in q.text]
    return found.speaker


# --- 3: a group or a country of kind "unknown" ("MPs", "Investors", "Switzerland") -------------------

MPS = "Visa processing staff are sometimes expected to rule on an application every 11 minutes, MPs have said."
INVESTORS = (
    "Investors have praised his handling of the economy as foreign investment has risen, unemployment "
    "has fallen and inflation has eased."
)


def test_a_plural_that_speaks_as_a_group_is_a_group():
    # bbc politics_071 and business_272: "MPs" and "Investors" were listed as of kind "unknown"
    assert _speaker(MPS, "Visa processing") == "MPs"
    assert speaker_kind("MPs") == "group"
    assert _speaker(INVESTORS, "his handling") == "Investors"
    assert speaker_kind("Investors") == "group"
    assert speaker_kind("Parry") == "unknown"  # a family name alone stays what it may be


def test_a_country_is_a_place():
    # bbc politics_405 "Wales backed ...", sport_133 "Switzerland": countries were of kind "unknown"
    assert speaker_kind("Switzerland") == "place"
    assert speaker_kind("Wales") == "place"
