"""Session 12: speakers a journalist would see were wrong or missing in the BBC corpus, each with
the real sentences that showed it."""

from __future__ import annotations

from quotes import extract
from quotes.attribution.mentions import mention_at_start


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
    assert _speaker(NUMBER_10, "He will announce") != "Number"


def test_a_number_after_a_name_without_a_title_noun_ends_the_mention():
    # bbc business_036 and politics_089 (a law's section, not a person's title): the mention stays short
    text = "Section 5 of the members interest order legally obliges MSPs to declare their interests."
    mention = mention_at_start(text, 0, len(text))
    assert mention is not None and mention.text == "Section"
