"""Sentence bounds read backwards from a position, on BBC text (bbc.jsonl): ``last_break`` (tried at each end
punctuation or line break from the last one back) and ``sentence_before`` (matched after the stop before
the last one); these tests pin what the searches they replaced found."""

from quotes.attribution.bodies import sentence_before
from quotes.attribution.context import last_break

_COMMENT = (
    "Title\nIn this overly 'politically correct' society, it is good to see someone like Mr. Forsyth "
    "speak out. Yes, there has been oppression by the British government in the past"
)


def test_the_last_break_is_after_the_last_sentence_end():
    end = _COMMENT.index("Yes") + 1  # the capital after the break is in the stretch
    m = last_break(_COMMENT, 0, end)
    assert m is not None and _COMMENT[m.end() :].startswith("Yes")


def test_a_title_is_no_break_and_the_line_break_before_is():
    end = _COMMENT.index("Forsyth") + 1  # "Mr. F": a title, not a sentence end
    m = last_break(_COMMENT, 0, end)
    assert m is not None and _COMMENT[m.end() :].startswith("In this overly")


def test_no_break_in_the_stretch():
    start = _COMMENT.index("In this")
    assert last_break(_COMMENT, start, _COMMENT.index("Forsyth") + 1) is None


def test_the_capital_after_a_break_must_be_in_the_stretch():
    end = _COMMENT.index("Yes")  # the break's space, but not the capital after it
    m = last_break(_COMMENT, 0, end)
    assert m is not None and _COMMENT[m.end() :].startswith("In this overly")


# ``sentence_before``: the sentence ending right before a position, on a BBC article's sentences.
_BBC = "Critics were not convinced. But the Home Office defended the measures. A spokesman said"


def test_the_sentence_before_runs_from_the_stop_before_it():
    end = _BBC.index("A spokesman")
    m = sentence_before(_BBC, 0, end)
    assert m is not None and m.group().strip() == "But the Home Office defended the measures."


def test_no_sentence_before_a_position_inside_a_sentence():
    assert sentence_before(_BBC, 0, _BBC.index("Office")) is None
    assert sentence_before(_BBC, _BBC.index("Home"), _BBC.index("A spokesman")).group() == "Home Office defended the measures. "
