"""Session 9, issue 7: a reported clause after "who"/"which" is reported by the pronoun's antecedent,
the noun phrase before it, resolved like any mention; each rule with the real BBC sentence."""

from __future__ import annotations

import pytest
from reported_support import indirect


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        # past a reflexive: the name resolves to the person
        ("The latest to pitch in has been President George W Bush himself, who told the Asia Pacific Economic "
         "Co-operation (Apec) summit in Chile that he remained committed to halving the budget deficit.",
         "President George W Bush himself, who", "George W. Bush"),
        # a generic plural: the phrase is the mention, no one is its canonical speaker
        ("The government keeps it pegged close to a rate of 8.28 to the US dollar, - much to the chagrin of many US "
         "lawmakers who blame China for lost jobs and competitiveness.", "many US lawmakers who", None),
        # a role noun: as attribution resolves it (here, as for the quote after it, no one)
        ("At a news conference, Mr Howard insisted he had played by the party's rules. The Tory leader, who "
         "argues he is ensuring honesty, said: \"We do not say one thing in private and another thing in public.\"",
         "The Tory leader, who", None),
        # past an age set off by commas
        ("It is also a debut nomination for Staunton, 49, who told BBC News 24 she had not thought the film would "
         "appeal to Academy voters.", "Staunton, 49, who", "Staunton"),
    ],
)
def test_the_antecedent_of_who_reports(text, mention, speaker):
    (q,) = [q for q in indirect(text) if q.mention != "Mr Howard"]
    assert (q.mention, q.speaker) == (mention, speaker)


def test_a_thing_which_rules_reports_nothing():
    text = ("American Agassi is set to play a qualifier in round one if he can shake off a hip injury which ruled "
            "him out of the Kooyong Classic.")
    assert indirect(text) == []


def test_a_body_which_rules_still_reports():
    text = ("The commission then took the pair to the European Court of Human Justice - which ruled EU countries "
            "could not put the pact \"in abeyance\", and confirmed the EC's right to launch \"excessive debt procedures\".")
    ruled = [q for q in indirect(text) if q.cue == "ruled"]
    assert ruled and ruled[0].text.startswith("EU countries could not")
