"""Speakers named by the layout rather than by a verb: transcript labels and signed pull quotes.

Sentences written here after the constructions met in US news (a Sunday-show transcript quoted
paragraph by paragraph; a news site's pull quotes signed on their last line).
"""

from __future__ import annotations

import pytest

from quotes import extract
from quotes.transcript import label_at

TRANSCRIPT = (
    "Indiana Gov. Mike Pence spoke with Chris Wallace on Sunday. Partial transcript as follows:\n\n"
    '"WALLACE: Will she be at the debate tomorrow night?\n\n'
    '"PENCE: Well, look, she will not be attending.\n\n'
    '"But the truth is that the campaign is about the economy.\n\n'
    '"WALLACE: Governor, thank you."'
)


def _direct(text: str):
    return [q for q in extract(text) if q.kind != "indirect"]


def test_a_transcript_label_names_the_speaker_and_is_not_part_of_the_quote():
    quotes = _direct(TRANSCRIPT)
    assert [(q.text, q.speaker, q.mention, q.method) for q in quotes] == [
        ("Will she be at the debate tomorrow night?", "Chris Wallace", "WALLACE", "transcript_label"),
        ("Well, look, she will not be attending.", "Mike Pence", "PENCE", "transcript_label"),
        ("But the truth is that the campaign is about the economy.", "Mike Pence", "PENCE", "transcript_label"),
        ("Governor, thank you.", "Chris Wallace", "WALLACE", "transcript_label"),
    ]
    for q in quotes:
        assert TRANSCRIPT[q.mention_start : q.mention_end] == q.mention


def test_each_labelled_paragraph_starts_a_new_utterance_and_an_unlabelled_one_continues():
    quotes = _direct(TRANSCRIPT)
    assert [q.utterance for q in quotes] == [0, 1, 1, 2]


@pytest.mark.parametrize(
    "opening",
    ["NOTE: The debate starts at nine.", "UPDATE: The campaign replied.", "Two questions: why, and when?"],
)
def test_capitals_that_name_no_speaker_are_no_label(opening):
    assert label_at(opening, 0, len(opening)) is None
    [q] = _direct(f'"{opening}"')
    assert q.text == opening


def test_a_pull_quote_signed_on_its_last_line_is_the_signer_s():
    text = (
        "The race tightened in the South.\n\n"
        '"If she loses Iowa, that could create new and real problems for her here.\n'
        'S.C. Rep. Jim Clyburn."\n\n'
        '"Growth will come back when wages do.\n'
        'Dean Baker, Center for Economic and Policy Research."\n\n'
        '"We need to hear more from her.\n'
        'Republican National Committee member."'
    )
    quotes = _direct(text)
    assert [(q.text, q.speaker, q.method) for q in quotes] == [
        ("If she loses Iowa, that could create new and real problems for her here.", "Jim Clyburn",
         "signed_pull_quote"),
        ("Growth will come back when wages do.", "Dean Baker", "signed_pull_quote"),
        ("We need to hear more from her.", None, None),  # a role, no name: nobody to name
    ]


def test_a_label_after_a_two_character_mark_is_read_too():
    # NYT style opens quotes with '' (two apostrophes).
    text = "Gov. Mike Pence spoke with Chris Wallace.\n\n''PENCE: Well, look, she will not be there.''"
    [q] = _direct(text)
    assert (q.text, q.speaker, q.mention) == ("Well, look, she will not be there.", "Mike Pence", "PENCE")
