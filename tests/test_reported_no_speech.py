"""Reported clauses that are no speech at all (session 11): a cue word in another sense, a noun read as a
verb, an act that says nothing. Each case is the BBC sentence that motivated the rule."""

from __future__ import annotations

import pytest
from reported_support import indirect


@pytest.mark.parametrize(
    "text",
    [
        # "related" is an adjective
        "The SEC's investigation into so-called related party transactions includes dealings in the Trident Funds.",
        "This however is not a sequel, nor does it relate to the GoldenEye film.",
        # "suspects" is a noun unless a clause follows it
        "The foreign terror suspects currently detained are mostly held at London's Belmarsh prison.",
        "Detaining foreign terrorist suspects without trial breaks human rights laws, the UK's highest court has ruled.",
        # a plea in court
        "Another three US insurance executives have pleaded guilty to fraud charges stemming from an ongoing "
        "investigation into industry malpractice.",
        "Mr Ebbers is on trial for fraud and conspiracy. He pleads not guilty.",
        # after "to", a plural noun: the charges are not the accused's words
        "William Trowbridge and Michael Chicoine pleaded guilty to charges that they infringed copyright by "
        "illegally sharing music, movies and software.",
        # a prize won
        "Sale's Robert Mitchell climbed to a season's best of 2.20m - just 3cm short of the European standard - to "
        "claim the British indoor high jump title.",
        "Hamm took to the field for the last time to help the US claim a 5-0 win over Mexico.",
        # "found" with no finding
        "Reeves first found fame in the teen comedy Bill and Ted's Excellent Adventure.",
        "They have also found success in Japan, Europe and the US.",
        "Soon afterwards, Jarosik found space in the area to powerfully head Lampard's corner goalwards.",
        # a plural noun with its own verb
        "Other educational highlights include a documentary about infamous Mongolian warrior Genghis Khan.",
        # a question with no one asking
        "Would it be too much to ask for an electronics recycling box too?",
        # idioms: no one shows, knows or calls anything
        "It just goes to show even the most meticulous and measured athletes cannot predict what fate has in store "
        "for them.",
        "The future could bring an end to regulation as we know it for all TV content.",
        "That's what I call a tough game.",
        # points to a level
        "The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday.",
        "China raised rates by 0.27 percentage points to 5.8% - its first hike in nine years.",
    ],
)
def test_no_reported_speech(text):
    assert indirect(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # the verbs themselves still report
        ("Many experts suspect those losses were generated in part by savvy use of tax breaks.",
         "those losses were generated in part by savvy use of tax breaks"),
        ("In fact, I suspect that the FSA is very late to this particular party.",
         "the FSA is very late to this particular party"),
        ("Critics claim the record is at best patchy.", "the record is at best patchy"),
        ("The final results aren't in, but the campaign is already claiming victory in the governor's bracket.",
         "victory in the governor's bracket"),
        ("Will urged the Republican electorate to abandon all outsider candidates.",
         "the Republican electorate to abandon all outsider candidates"),
        ("Ministers pointed to the fact that consumer spending had been depressed.",
         "the fact that consumer spending had been depressed"),
        ("The report highlights the case of Sibneft.", "the case of Sibneft"),
        ("The survey found that 70% of people were aware of it.", "70% of people were aware of it"),
        ("And as we know it was a fraud from the start.", "it was a fraud from the start"),
    ],
)
def test_still_reported(text, clause):
    assert clause in [q.text for q in indirect(text)]
