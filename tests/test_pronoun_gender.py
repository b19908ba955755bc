""""he" and "she" pass over people whose given name says otherwise, in quoted and reported speech.

A given name's sex comes from data/first_names.txt; names borne by both sexes say nothing.
"""

import pytest

from quotes import extract
from quotes.attribution.lexicon import first_name_gender
from quotes.attribution.mentions import classify


def _speakers(text: str, mention: str, kind: str | None = None) -> set[str | None]:
    return {q.speaker for q in extract(text) if q.mention == mention and (kind is None or q.kind == kind)}


def test_she_passes_over_a_man_named_nearer():
    # BBC sport_044: 'But she added: "It was my decision ..."' went to Victor Conte
    text = 'Victor Conte was questioned. Kelli White said she had taken it. "It was my decision," she added.'
    assert _speakers(text, "she", "direct") == {"Kelli White"}


def test_he_passes_over_a_woman_named_nearer():
    # BBC politics_041: 'Mr Blunkett's own comments ... - he told refugees ...' went to Beverly Hughes
    text = (
        "David Blunkett spoke after Beverly Hughes was forced to resign in April. "
        'He told refugees to "get back home" to start rebuilding their countries.'
    )
    assert _speakers(text, "He") == {"David Blunkett"}


def test_reported_speech_she_passes_over_a_man():
    # PolNeAR: 'Ina Kirsch, told the AP her group never worked with Manafort or Gates ... She said ...'
    text = (
        "The director of the European Centre, Ina Kirsch, told the AP her group never worked with "
        "Rick Gates. She said she had met with Manafort twice."
    )
    assert _speakers(text, "She", "indirect") == {"Ina Kirsch"}


def test_a_unisex_name_is_compatible_with_either_pronoun():
    # 'Terry Strada' is a woman; Terry, Jordan, Andrea (an Italian man's name) say nothing
    text = '"They are wrong," said 9/11 widow Terry Strada. "For us, it matters," she said.'
    assert _speakers(text, "she") == {"Terry Strada"}
    for name in ("terry", "jordan", "taylor", "jean", "kim", "leslie", "robin", "andrea", "ashley"):
        assert first_name_gender(name) is None


def test_given_names_of_either_sex_are_known():
    assert [first_name_gender(n) for n in ("victor", "norman", "mervyn", "ralph")] == ["m"] * 4
    assert [first_name_gender(n) for n in ("kelli", "cynthia", "carol", "lois")] == ["f"] * 4


def test_a_family_name_alone_after_the_full_name_is_that_person():
    # BBC sport_044: "White said" after "Kelli White" ("white" is also a title word: "White House")
    text = 'Banned sprinter Kelli White admits it. "He told me," White said. "It was my decision," she added.'
    assert {q.speaker for q in extract(text) if q.kind == "direct"} == {"Kelli White"}


@pytest.mark.parametrize("phrase", ["Guy Roux's French", "Chad’s Ambassador"])
def test_a_given_name_before_a_possessive_makes_no_person(phrase):
    # BBC sport_263: '... lose 2-0 to Guy Roux's French side. "...," he added.' was "Guy Roux's French"
    assert classify(phrase) != "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # BBC tech_328: '..., editor of PC Pro. "...," he said.' was "PC Pro"
        ('"People need notice," said Tim Danton, editor of PC Pro. "We can do nothing to help," he said.', "Tim Danton"),
        # BBC sport_366: '... his long-term target is to play for New Zealand again. "...," he added.'
        (
            "Jonah Lomu says he is getting stronger and his target is to play for New Zealand again. "
            '"The only person who saw me at my worst was my wife," he added.',
            "Jonah Lomu",
        ),
        # BBC politics_058: 'on Wednesday Mr Straw said ...' is a subject after "on" all the same
        (
            "Jacques Chirac wants the ban lifted, but on Wednesday Mr Straw said he also wanted it to end. "
            '"I have long understood China\'s argument," he told the committee.',
            "Straw",
        ),
        # BBC sport_111: 'Mourinho, who reportedly wants to sign Ashley Cole from Arsenal, ...' was Ashley Cole's
        (
            "Jose Mourinho, who reportedly wants to sign Ashley Cole from Arsenal, will have no senior left-back. "
            '"He has no chance of playing against Barcelona," he said.',
            "Jose Mourinho",
        ),
        # BBC sport_235: 'Alex Ferguson admitted the tackle "could have given (Cole) a serious injury", but he
        # believes ...': the bracketed name glosses an object
        (
            'Alex Ferguson admitted the tackle "could have given (Ashley Cole) a serious injury". '
            '"They are the worst losers of all time," he added.',
            "Alex Ferguson",
        ),
    ],
)
def test_a_name_after_a_preposition_an_infinitive_or_in_brackets_gives_way_to_the_subject_before(text, speaker):
    assert _speakers(text, "he") == {speaker}


def test_a_peer_named_by_title_and_family_name_is_whom_he_means():
    # BBC politics_347: 'Lord Harris, ..., said the plans ... "...," he said.' had no speaker
    text = (
        "Lord Harris, who sits on the executive of the Association of Police Authorities, said the plans "
        'seemed wrong. "That is overturning 200 years of policing," he said.'
    )
    assert _speakers(text, "he", "direct") == {"Lord Harris"}  # a peer keeps his title: "Harris" alone is no one a reader knows


def test_sir_and_a_given_name_or_a_title_after_lord_are_no_family_name():
    # "Sir John" is a given name; "Lord Chancellor" a title: neither is whom "he" means alone
    text = 'The Lord Chancellor spoke first. "We will act," he said.'
    assert _speakers(text, "he", "direct") == {None}


def test_a_name_inside_a_quote_is_not_whom_a_later_pronoun_means():
    # BBC politics_211: a judge named inside the minister's quote took her next "she said"
    text = (
        'The minister spoke on Tuesday. "As Mary Robinson put it, the dispute is narrow," the minister said. '
        '"We will act," she added.'
    )
    assert _speakers(text, "she", "direct") == {None}


def test_he_passes_over_a_football_club():
    # BBC sport_255: '"...," he said' after "Manchester United" went to the club
    text = (
        "Alex Ferguson watched his side lose. Manchester United are now ten points behind. "
        '"We have to keep going," he said.'
    )
    assert _speakers(text, "he", "direct") == {"Alex Ferguson"}


def test_a_place_after_in_is_never_whom_he_means():
    # BBC politics: '... chairing a meeting of the Commission for Africa in Cape Town. At slums in Narobi on
    # Wednesday, he said education needs had to be tackled.' gave the clause to 'Cape Town' once the sentence
    # before ('He will see an HIV/Aids orphanage') was no longer a clause of its own
    text = (
        "The trip is a priority this year. He will see an orphanage in Tanzania before chairing a meeting of the "
        "Commission for Africa in Cape Town. At slums in Narobi on Wednesday, he said education needs had to be tackled."
    )
    assert "Cape Town" not in _speakers(text, "he")
    # a titled or given-named person after "in" may still be whom "he" means, failing anyone else
    text = 'The crowd shouted at Tony Blair. "It is a good day," he said.'
    assert _speakers(text, "he") == {"Tony Blair"}
