"""Session 12: speakers a journalist would see were wrong or missing in the BBC corpus, each with
the real sentences that showed it."""

from __future__ import annotations

from quotes import extract
from quotes.attribution.mentions import classify, mention_at_start


def _speaker(text: str, fragment: str) -> str | None:
    (found,) = [q for q in extract(text) if fragment in q.text]
    return found.speaker


# --- 1: "A Number 10 spokeswoman": the mention reader stopped at the digits ("A Number") ----------

NUMBER_10 = (
    "Downing Street would not be drawn on the claim, saying election timing was a matter for the prime minister.\n\n"
    'A Number 10 spokeswoman would only say: "He will announce an election when he wants to announce an election."'
)


def test_a_name_with_a_number_before_a_title_noun_is_one_mention():
    # bbc politics_401: the mention was "A Number" and the speaker "Number"
    start = NUMBER_10.index("A Number")
    mention = mention_at_start(NUMBER_10, start, len(NUMBER_10))
    assert mention is not None and (mention.text, mention.form) == ("A Number 10 spokeswoman", "role")
    # and the spokeswoman speaks for Downing Street, which the registry knows as "Number 10"
    assert _speaker(NUMBER_10, "He will announce") == "Downing Street"


def test_a_number_after_a_name_without_a_title_noun_ends_the_mention():
    # bbc business_036 and politics_089 (a law's section, not a person's title): the mention stays short
    text = "Section 5 of the members interest order legally obliges MSPs to declare their interests."
    mention = mention_at_start(text, 0, len(text))
    assert mention is not None and mention.text == "Section"


# --- 3: "Vote Tory", a slogan in quotes, read as a person's full name --------------------------------

SLOGAN = (
    "Michael Howard has finally revealed the full scale of his planned Tory tax cuts.\n\n"
    "Should he win the next general election, he has earmarked £4 billion that will be used to reduce taxes - "
    "although he still will not say which or how. This was the pre-election message many in his party have "
    'been pressing for. At its simplest, it is saying: "Vote Tory and you can have it both ways".'
)


def test_a_party_slogan_is_no_person_and_the_party_word_no_family_name():
    # bbc politics_344: "he" took "Tory" (of "his planned Tory tax cuts") for a family name whose full
    # form was "Vote Tory": six quotes of Michael Howard's went to "Vote Tory"
    assert _speaker(SLOGAN, "which or how") == "Michael Howard"
    assert "Vote Tory" not in {q.speaker for q in extract(SLOGAN)}
    assert classify("Tory") != "person" and classify("Vote Tory") != "person"


def test_the_party_adjective_alone_speaks_as_the_party():
    # bbc politics_332 and politics_089: "Tory" and "Conservative" were speakers apart from the party
    text = (
        "Labour's election chief Alan Milburn has defended his party's campaign posters amid Tory claims "
        'the ads were nothing short of "sly anti-Semitism".'
    )
    assert _speaker(text, "the ads were") == "Conservative Party"
    text = 'Labour said he had "cleverly" not asked about paid advocacy. A Tory spokesman "totally refuted" any wrongdoing.'
    assert _speaker(text, "totally refuted") == "Conservative Party"
