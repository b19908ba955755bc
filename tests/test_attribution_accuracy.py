"""Attribution rules from the PolNeAR speaker misses (issue 2), each on a sentence written in the
style of the article that motivated it (the evaluation text itself stays out of the repository)."""

import re

from quotes.attribution import attribute
from quotes.spans import Span

_QUOTED = re.compile(r'["“]([^"“”]*)["”]')


def attributed(text: str):
    found = [Span(m.start(1), m.end(1), m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return [(text[s.start : s.end], a) for s, a in zip(found, attribute(text, found))]


def test_a_cue_after_a_finished_quote_that_runs_into_the_next_quote_introduces_that_one():
    text = (
        "She says the plan is the “same rigged system that he wants to fix.” "
        "She adds, “Who loses a billion dollars in one year?”"
    )
    (_, first), (_, second) = attributed(text)
    assert (first.mention, first.mention_start) == ("She", 0)
    assert (second.mention, second.mention_start) == ("She", text.index("She adds"))


def test_a_cue_in_a_relative_clause_gives_way_to_the_named_subject_after_it():
    text = 'Asked about the generals who agree with him, Benjamin said he believes "there may be some out of the loop."'
    ((_, a),) = attributed(text)
    assert (a.mention, a.speaker) == ("Benjamin", "Benjamin")


def test_a_speaker_is_never_a_possessive():
    text = 'Ava DuVernay’s new film opens on Friday. "Most people never heard of that loophole," DuVernay said.'
    ((_, a),) = attributed(text)
    assert (a.mention, a.speaker) == ("DuVernay", "Ava DuVernay")


def test_the_previous_quotes_trailing_cue_is_not_the_next_quotes_leading_cue():
    text = "“You coming?” she asked, but the crowd was loud, and as Trump went on about “how the system is rigged,” the band played."
    (_, first), (_, second) = attributed(text)
    assert first.mention == "she"
    assert (second.mention, second.speaker) == ("Trump", "Donald Trump")


def test_a_pronoun_skips_a_name_whose_first_name_has_the_other_gender():
    text = "Donald Trump spoke in Ohio on Friday about Crooked Hillary Clinton. He called her plan “a disaster.”"
    ((_, a),) = attributed(text)
    assert (a.mention, a.speaker) == ("He", "Donald Trump")


def test_a_bare_speech_noun_after_a_singular_phrase_is_no_trailing_cue():
    text = "Hillary Clinton is describing as “unhinged” a Donald Trump tweet about a former beauty queen."
    ((_, a),) = attributed(text)
    assert (a.mention, a.speaker, a.method) == ("Hillary Clinton", "Hillary Clinton", "leading_cue")


def test_a_name_right_before_a_participle_cue_is_its_subject():
    text = "The spot ends with footage of Trump saying during the debate last week, “That makes me smart,” and music."
    ((_, a),) = attributed(text)
    assert (a.mention, a.speaker) == ("Trump", "Donald Trump")


def test_a_noun_phrase_with_an_article_right_before_the_cue_speaks():
    text = (
        "She said fathers would not be eligible, and when pressed on why, "
        'the 34-year-old mother of three replied, "It is meant to benefit the mother who gave birth."'
    )
    ((_, a),) = attributed(text)
    assert a.mention == "the 34-year-old mother"


def test_what_it_calls_names_a_thing_inside_the_main_clause():
    text = (
        "Donald Trump’s campaign is defending the tweets. "
        "It’s denouncing what it calls “the biggest coordinated media attack in history.”"
    )
    ((_, a),) = attributed(text)
    assert (a.mention, a.mention_start) == ("It", text.index("It’s"))


def test_a_time_between_the_subject_and_its_cue_is_skipped():
    text = (
        "Obama has had a frosty relationship with McConnell, now the majority leader, "
        'who in 2010 said the party\'s most important goal was to make Obama a "one-term president."'
    )
    ((_, a),) = attributed(text)
    assert (a.mention, a.speaker) == ("who", "Mitch McConnell")


def test_a_month_is_skipped_only_with_its_preposition():
    from quotes.attribution import subject_before

    text = "Theresa May said on Friday"
    assert subject_before(text, text.index("said"), 0).text == "Theresa May"
    text = "Sanders during a Sunday thanked them"
    assert subject_before(text, text.index("thanked"), 0).text == "Sanders"


def test_a_paragraph_introducing_the_quote_below_with_a_date_and_a_speech_noun():
    text = "On July 6, 2015, Sanders made the following comment:\n\n“For young people out of high school, jobs are scarce.”"
    ((_, a),) = attributed(text)
    assert (a.mention, a.speaker, a.method) == ("Sanders", "Bernie Sanders", "continuation")


def test_whom_he_called_names_a_thing_inside_the_main_clause():
    text = (
        "With Trump ruled out, Cross said he has two options: vote for Clinton, "
        "whom he called “the most divisive figure in years,” or stay home."
    )
    ((_, a),) = attributed(text)
    assert (a.mention, a.cue) == ("Cross", "said")


def test_a_noun_phrase_with_a_named_owner_can_be_the_subject():
    ((_, a),) = attributed("Libertarian candidate Gary Johnson’s doctor is calling the candidate “extremely fit.”")
    assert a.mention == "Libertarian candidate Gary Johnson’s doctor"
    ((_, a),) = attributed('"Keep this country running," exhorted Clinton\'s introducer, the actress.')
    assert a.mention == "Clinton's introducer"


def test_a_whole_sentence_quote_after_a_sentence_about_a_person_is_theirs():
    text = (
        'John Bolton said in an interview on Monday that he would vote for the nominee. He thinks the choice is binary. '
        '"I think he can do the job."'
    )
    (_, a), = attributed(text)
    assert (a.mention, a.speaker, a.method) == ("He", "John Bolton", "previous_subject")
