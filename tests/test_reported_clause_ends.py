"""Session 10: where a reported clause ends (issue 7). Each rule with a sentence of the shape that
showed it in PolNeAR (written for it: PolNeAR text stays out of the repository)."""

from __future__ import annotations

import pytest
from reported_support import indirect


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # an object clause whose subject an aside sets off runs on to its verb
        ("The committee asked whether the minister, in office since May, could balance the budget by 2026.",
         "whether the minister, in office since May, could balance the budget by 2026"),
        ("Critics dismissed the claim that the ministry, which ran the tender, had favoured the bidder.",
         "the claim that the ministry, which ran the tender, had favoured the bidder"),
        ("Rivals accused the firm of hiding that its chairman, a former minister, had shares in the bidder.",
         "the firm of hiding that its chairman, a former minister, had shares in the bidder"),
    ],
)
def test_an_aside_before_the_verb_of_an_object_clause_stays_in_it(sentence, clause):
    (q,) = indirect(sentence)
    assert q.text == clause


def test_an_aside_after_a_whole_object_still_ends_it():
    # no open "that"/"whether" clause: the comma ends the object as before
    (q,) = indirect("The mayor praised the new bridge, a gift from the county, when it opened in May.")
    assert q.text == "the new bridge"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The mayor said the storm closed schools in Leeds, York, and Hull.",
         "the storm closed schools in Leeds, York, and Hull"),
        ("The report found that prices rose in food, fuel, and rents.", "prices rose in food, fuel, and rents"),
    ],
)
def test_the_last_item_of_a_list_stays_in_the_clause(sentence, clause):
    (q,) = indirect(sentence)
    assert q.text == clause


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The mayor said the storm closed the schools, and the county opened a shelter.", "the storm closed the schools"),
        # an adverb or a verb between the commas is no list item (BBC: "ignored the pass, however, and ...", whose
        # "ignored the pass" reports nothing since session 11: a verb that reports an object here)
        ("The striker criticised the pass, however, and the keeper ran on to it.", "the pass"),
        ("The board wants the fund to be a success, and is, and most members will back it.", "the fund to be a success"),
    ],
)
def test_a_new_clause_after_and_still_ends_the_clause(sentence, clause):
    (q,) = indirect(sentence)
    assert q.text == clause


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the next attribution's subject and cue, then its direct quote
        ('The council said the new levy would not apply to farms, and when pressed on why, the clerk replied, '
         '"Farms pay enough."', "the new levy would not apply to farms"),
        # ... or at the sentence end, after an aside in dashes
        ("The firm noted prices will rise by a fifth \u2015 as they did last year \u2015 its chief executive boasted.",
         "prices will rise by a fifth \u2015 as they did last year"),
    ],
)
def test_the_cue_of_the_next_attribution_ends_the_clause(sentence, clause):
    assert indirect(sentence)[0].text == clause


def test_a_relative_clause_cue_at_the_end_stays():
    # "a claim that the union disputes": a relative clause about the content, no new attribution
    (q,) = indirect("The firm said the plant was safe, a claim that the union disputed.")
    assert q.text.startswith("the plant was safe")


def test_a_bare_say_after_a_modal_is_inside_the_clause():
    # BBC: 'She thought if she won, people would say "why couldn't she do that before?"'
    q = indirect('The coach thought if she won, people would say "why not before?"')[0]
    assert q.text.startswith("if she won, people would say")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # "and" + a participle with its agent is no second verb of the speaker
        ("The mayor called the claims unfounded and invented by rival councillors.",
         "the claims unfounded and invented by rival councillors"),
        # a time or setting after a relative clause's verb is that verb's
        ("The senator criticised the deal the minister signed during his visit to Paris.",
         "the deal the minister signed during his visit to Paris"),
        ("The union welcomed the pay offer made after two weeks of talks.", "the pay offer made after two weeks of talks"),
    ],
)
def test_an_object_keeps_what_belongs_to_its_own_verb(sentence, clause):
    (q,) = indirect(sentence)
    assert q.text == clause


def test_a_setting_after_a_plain_object_and_a_second_verb_still_end_it():
    assert indirect("The senator criticised the minister during his visit to Paris.")[0].text == "the minister"
    assert indirect("The mayor described the plan as rushed during the debate.")[0].text == "the plan as rushed"
    assert [q.text for q in indirect("The mayor criticised the council and praised the police.")] == [
        "the council", "the police"
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # BBC: "Mr Tanguay backed that view on Tuesday" ("view on Tuesday" before)
        ("Mr Tanguay backed that view on Tuesday.", "that view"),
        ("The minister decried that plan, saying it was rushed.", "that plan"),
    ],
)
def test_that_before_a_lone_noun_is_its_determiner(sentence, clause):
    assert indirect(sentence)[0].text == clause


def test_that_before_a_clause_or_a_particle_is_no_determiner():
    assert indirect("I see that opinion on the deal is divided.")[0].text == "opinion on the deal is divided"
    assert [q.text for q in indirect("Auditors backed that up in their report.")] != ["that up"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # BBC: "one pupil asked Mr McConnell how the executive proposed to tackle under-age drinking"
        ("One pupil asked Mr McConnell how the council proposed to tackle under-age drinking.",
         "how the council proposed to tackle under-age drinking"),
        ("The MP asked the minister in the Commons whether the Treasury had leaned on the statisticians.",
         "whether the Treasury had leaned on the statisticians"),
        ("The paper asked 30 readers who they think is the strongest candidate.",
         "who they think is the strongest candidate"),
    ],
)
def test_the_question_asked_starts_after_its_addressee(sentence, clause):
    (q,) = indirect(sentence)
    assert q.text == clause


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Police asked anyone who saw the van to contact them.", "anyone who saw the van"),
        ("The mayor asked the council to investigate whether the contract was legal.", "the council to investigate"),
    ],
)
def test_a_request_or_a_relative_keeps_the_addressee(sentence, start):
    assert indirect(sentence)[0].text.startswith(start)


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the writer's participle after the content: its result or its contrast, no part of what was said
        ("The survey shows voters had turned against the plan, contradicting the minister's claim that it was popular.",
         "voters had turned against the plan"),
        ("Party officials say any attempt to force him out could backfire, angering his supporters.",
         "any attempt to force him out could backfire"),
        ("The government has pledged to bolster its army, reversing decades of cuts.", "to bolster its army"),
    ],
)
def test_a_writers_participle_ends_the_clause(sentence, clause):
    assert indirect(sentence)[0].text == clause


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # BBC: "calling on the blogsphere - the name for the worldwide community of bloggers - to do what it can"
        ("The group called on the blogosphere - the community of bloggers - to help the two prisoners.",
         "the blogosphere - the community of bloggers - to help the two prisoners"),
        ("The mayor called for all candidates to set out their plans \u2014 including the cost \u2014 of the new road.",
         "all candidates to set out their plans \u2014 including the cost \u2014 of the new road"),
    ],
)
def test_an_aside_between_dashes_inside_an_object_stays_in_it(sentence, clause):
    assert indirect(sentence)[0].text == clause


def test_a_dash_after_a_whole_object_still_ends_it():
    (q,) = indirect("The senator praised the port workers - the strike had ended a day earlier - in a speech.")
    assert q.text == "the port workers"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # "expect"/"warn" + an object and its infinitive end like an object
        ("Analysts expect the bank to cut its rates, the first cut in four years, at its next meeting.",
         "the bank to cut its rates"),
        ("The agency warned local officials to boost their security after hackers broke into two systems.",
         "local officials to boost their security"),
        # BBC: "expecting the KSE to repeat, if not improve on, its 2002 performance" (was "the KSE to repeat")
        ("Investors are expecting the index to repeat, if not improve on, its 2002 performance.",
         "the index to repeat, if not improve on, its 2002 performance"),
        # BBC: "to reach 300bn yen ($2.9bn, £1.5bn) by 2010" was cut inside the brackets
        ("Toshiba expects sales of the players to reach 300bn yen ($2.9bn, \u00a31.5bn) by 2010.",
         "sales of the players to reach 300bn yen"),
    ],
)
def test_an_object_and_its_infinitive_end_like_an_object(sentence, clause):
    assert indirect(sentence)[0].text == clause


def test_expect_with_a_that_clause_still_runs_to_the_sentence_end():
    (q,) = indirect("Analysts expect that the bank will cut its rates, the first cut in four years, at its next meeting.")
    assert q.text == "the bank will cut its rates, the first cut in four years, at its next meeting"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a time since ends an object ("Machado since the" before: "Monday" read as a setting of its own)
        ("Clinton has not mentioned Machado since the Monday night debate.", "Machado"),
        # a cause is no time
        ("Critics dismissed the plan since the council would pay for it.", "the plan since the council would pay for it"),
        # a setting word ends an object only as a whole word: "aftermath", "at articles"
        ("Officials praised his leadership in the aftermath of the floods.", "his leadership in the aftermath of the floods"),
        ("The minister voiced his anger at articles in the press.", "his anger at articles in the press"),
        ("The mayor praised the worst floods in years on the river.", "the worst floods in years on the river"),
    ],
)
def test_an_object_ends_at_a_whole_setting_word(sentence, clause):
    assert indirect(sentence)[0].text == clause
