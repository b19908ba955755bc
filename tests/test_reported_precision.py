"""Reported clauses nobody reported (issue 7, session 10): words after a cue form that report nothing.
Each rule with the sentence shape that motivated it (BBC sentences, or our own of the PolNeAR shape)."""

from __future__ import annotations

import pytest
from reported_support import indirect


@pytest.mark.parametrize(
    "text",
    [
        # "pledged" before "delegates" is an adjective (PolNeAR train: 10 clauses, 1 annotated)
        "The senator leads his rival by roughly 270 pledged delegates as the primary season ends.",
        # "add to", "add up to": a sum, not an addition to what was said
        "British actress Imelda Staunton won the CFCA best actress for the gritty abortion drama Vera Drake, adding "
        "to a growing list of awards she has won for her performance in the Mike Leigh film.",
        "Somehow it adds up to less than the sum of its parts.",
        # "plan"/"plans" as a noun with a verb or a participle of its own
        "Other Tory law and order plans include building more prisons and making criminals serve full jail sentences.",
        "The 10-year plan brings together the work of many currently running research projects.",
        "Others could purchase a government plan similar to Medicare.",
        "Visitors will have to undergo tests for tuberculosis, under plans unveiled by the Conservatives.",
        # a document alone as the object of the act that makes it
        "The statement was signed by the chairwoman, not by her deputy.",
        "She got a degree in fine arts and wrote a children's book.",
        # a cue form after a possessive is a noun or an adjective, with a verb of its own
        "Yet Mr Bush's proposed spending of $3bn on that project is well below his initial promise of $5bn.",
        "The senator's support fell by that same margin down to 48 percent.",
        "The candidate's tweet came as the state was holding its primary.",
        # "say"/"tell" said by no one
        "It is too soon to say whether her policies will prove successful.",
        "It is hard to say whether we will be successful.",
        "Only time will tell if his staying power will last through the nomination process.",
        # armed attacks report nothing
        "A similar TV benefit after the 11 September terror attacks raised more than $150m.",
        # an adverbial before a trailing cue is no clause
        "But in July 2012, the company failed as predicted.",
    ],
)
def test_no_reported_speech(text):
    assert indirect(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("She pledged to fight for the workers of the state.", "to fight for the workers of the state"),
        ("He added that the deal was done.", "the deal was done"),
        ("They also plan to cut taxes for small firms.", "to cut taxes for small firms"),
        # a verb after its subject: "The Tories planned extra spending cuts" is a policy reported
        ("Mr Flight suggested the Tories planned extra spending cuts.", "the Tories planned extra spending cuts"),
        ("The ministry issued a statement condemning the attacks.", "a statement condemning the attacks"),
        ("He said it was too soon to say whether the plan would work.",
         "it was too soon to say whether the plan would work"),
        # after a possessive: the noun's content, and a company's verb
        ("He contrasted his approach with Mr Brown's pledge in 2001 not to increase income tax.",
         "not to increase income tax"),
        ("McDonald's announced it was to scrap its supersized meals.", "it was to scrap its supersized meals"),
        ("According to the commission's report 12 million working people are not saving enough.",
         "12 million working people are not saving enough"),
    ],
)
def test_still_reported(text, clause):
    assert clause in [q.text for q in indirect(text)]


def test_a_statement_issued_is_not_its_content():
    # the document is what was issued; its words, if any, are reported after it
    found = indirect("Tracy Martin issued a statement on Thursday, saying the foundation would focus on ending violence.")
    assert "a statement" not in [q.text for q in found]


def test_the_clause_follows_an_inverted_source_after_an_adverbial():
    # BBC: "[[For instance]], said Mr Makower, ..." gave the adverbial as what he said
    (q,) = indirect("For instance, said Mr Makower, credit cards are rare in China partly because of fears people "
                    "have about getting in to debt.")
    assert (q.text, q.mention) == (
        "credit cards are rare in China partly because of fears people have about getting in to debt", "Mr Makower"
    )


def test_an_apposition_after_an_inverted_source_is_no_clause():
    found = indirect("In some cases, said Brian Baker, a spokesman for the group.")
    assert "a spokesman for the group" not in [q.text for q in found]


@pytest.mark.parametrize(
    "text",
    [
        # BBC: the source's role after "according to X," is no second piece of the clause
        "The launch price of £99 compares favourably with the US price of $149, according to John Houlihan, editor of "
        "the Computerandvideogames.com magazine.",
        # the writer's gloss after the source
        "John Kasich appears to have the best odds of beating her, according to three recent polls, including one "
        "from Monmouth University released Thursday.",
    ],
)
def test_an_apposition_or_gloss_after_according_to_is_not_reported(text):
    (q,) = indirect(text)
    assert q.text.startswith(("The launch price", "John Kasich")) and q.end < text.index("according to")


def test_a_comparison_after_a_parenthetical_cue_is_the_writers():
    (q,) = indirect("The top 1 percent would see an average tax cut of $275,000, the group said, compared with $2,700 "
                    "for those in the middle of the income spectrum.")
    assert q.text == "The top 1 percent would see an average tax cut of $275,000"


def test_as_with_a_cue_and_its_object_is_a_time_not_a_source():
    # "As X cue OBJECT, CLAUSE": the main clause is not what X said (PolNeAR shape, our sentence)
    for sentence in ("As the senator attacked his rival, the crowd chanted for an hour.",
                     "As the senator attacked Clinton, the crowd chanted for an hour."):  # a name as the object too
        assert "the crowd chanted for an hour" not in [q.text for q in indirect(sentence)]
    (q,) = indirect("As he noted, the deal is done.")
    assert (q.text, q.mention) == ("the deal is done", "he")


def test_a_clause_that_only_leads_into_a_quote_is_no_clause():
    # the words before the quote say nothing until it does: "things such as", "a few questions, including"
    for lead in ("she still says things such as, ", "he asked her a few questions, including: "):
        text = f'At 86 {lead}"We are not all meant to be equal, you know." Then she left.'
        assert indirect(text) == [], lead
