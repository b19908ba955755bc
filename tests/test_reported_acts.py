"""Session 10 (issue 7): acts of the reported-speech lexicon that are no speech. "signed", "issued",
"shared", "offered" and "presented" report only a statement ("issued a statement saying ...") or a
clause ("offered to ...", "shared with the crowd that ..."), not a deal, a product or an award. Each
rule with the real sentence (seeds, BBC, PolNeAR) that showed it."""

from __future__ import annotations

import pytest
from reported_support import indirect


@pytest.mark.parametrize(
    "text",
    [
        # seeds/000 and 001: the first speaker `quotes speakers` listed was "Turkey", for a contract
        "Russia and Turkey signed a contract in 2017 for Moscow to supply Ankara with S-400 systems.",
        "Nestor Kirchner and Venezuelan President Hugo Chavez signed the deal in Buenos Aires on Tuesday.",
        "Norwich have signed Charlton midfielder Graham Stuart until the end of the season for an undisclosed fee.",
        "Sony BMG has withdrawn the video and issued replacements to television stations.",
        "Microsoft has regularly issued updates to patch loopholes exploited by criminals.",
        "She also shared the award for best R&B vocal performance by a duo or group with Usher for My Boo.",
        "Annette Bening and Ana Geislerova shared the best actress award at the Bangkok festival.",
        "Home Choice already offers 10,000 hours of shows and channels, delivered over broadband.",
        "Frankfurt-based Deutsche Boerse has offered £1.3bn for the London Stock Exchange.",
        "BT is offering customers free internet telephone calls if they sign up to broadband in December.",
        "Keanu Reeves, who presented the best actress award, was booed by the crowd.",
        # a passive: what was signed or presented is no statement either
        "The treaty was signed by all 25 member states in Rome.",
        "The ceremony was presented by Jonathan Ross on BBC One.",
    ],
)
def test_an_act_on_a_thing_reports_nothing(text):
    assert indirect(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC: a statement, a warning, an apology, a call, a letter or a motion is speech
        ("Gordon Brown issued a defiant statement about the strike, saying the action was wrong.",
         "a defiant statement about the strike"),
        ("Manchester City striker Nicolas Anelka has issued an apology for criticising the ambitions of the club.",
         "an apology for criticising the ambitions of the club"),
        ("As an MSP, Mr McLetchie signed a parliamentary motion questioning expansion plans for Edinburgh Airport.",
         "a parliamentary motion questioning expansion plans for Edinburgh Airport"),
        ('Turkey has signed a "letter of intent" stating its determination to push through reforms.',
         '"letter of intent" stating its determination to push through reforms'),
        ("Sir Bobby Robson has offered Chelsea boss Jose Mourinho some advice on coping under pressure.",
         "advice on coping under pressure"),
        ("Tony Blair said he was delighted for the couple and offered his congratulations.", "his congratulations"),
        # an offer to do something is a proposal (PolNeAR annotates it)
        ("China Aviation Oil has offered to repay its creditors $220m of the $550m it lost on trading.",
         "to repay its creditors $220m of the $550m it lost on trading"),
        # PolNeAR train: a that-clause after the addressee; presenting someone as something
        ("The Christian speaker shared with the North Carolina crowd that he believes Trump is God's man for this hour.",
         "he believes Trump is God's man for this hour"),
        ("And she presented the presumptive Democratic nominee as singularly suited to defeat Mr. Trump.",
         "the presumptive Democratic nominee as singularly suited to defeat Mr. Trump"),
    ],
)
def test_a_statement_or_a_clause_is_still_reported(text, content):
    assert any(content in q.text for q in indirect(text))
