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


# --- 4: "said Friday" after "Mike Friday's England side": the coach, not a weekday -----------------

FRIDAY = (
    "Mike Friday's England side matched their opponents for pace, power and skill in the final and led 19-7 "
    'at half-time. "To be honest, England have wanted to win in Dubai for a very long time now, and the '
    'people here have wanted us to win for just as long," said Friday.'
)


def test_a_weekday_after_said_is_the_person_the_article_names_by_it():
    # bbc sport_381: the weekday "Friday" named no one, and the quote went to the player named before (Neumi Nanuku)
    assert _speaker(FRIDAY, "To be honest") == "Mike Friday"
    # with no "Mike Friday" in the article, "said Friday" stays a day
    assert _speaker(FRIDAY.replace("Mike Friday's", "Their"), "To be honest") is None


# --- 4: "he" after "according to the Bishop" is no newspaper -------------------------------------------

BISHOP = (
    'Writing his Christmas message in the Northern Echo, the Bishop said: "Conspiracy theories are always fun." '
    "A great deal of credible evidence proves the Biblical version of Jesus' life was true, according to the "
    'Bishop. "The evidence for Jesus and the origins of Christianity is astonishingly good," he said.'
)


def test_a_newspaper_named_echo_is_a_body_no_he_speaks_for():
    # bbc entertainment_009: 3 quotes of "he" went to "Northern Echo", read as a person's name
    assert speaker_kind("Northern Echo") == "organisation"
    assert _speaker(BISHOP, "The evidence for Jesus") != "Northern Echo"


# --- a body the registry knows is no "she": BBC tech_228 -------------------------------------------------

FIORINA = (
    "The digital revolution is focused on letting people tell and share their own stories, according to Carly "
    "Fiorina, chief of technology giant Hewlett Packard.\n\nThe job of firms such as HP now, she said in a speech, "
    'was to ensure digital and physical worlds fully converged. "The digital revolution is about the '
    'democratisation of technology," she told delegates.'
)


def test_she_after_a_company_the_registry_knows_is_the_woman_named_before():
    # "Hewlett Packard" has the shape of a person's name; the registry says it is a company
    assert _speaker(FIORINA, "The digital revolution is about") == "Carly Fiorina"
    assert speaker_kind("Hewlett Packard") == "organisation"
