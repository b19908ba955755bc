"""Reported-speech shapes added in session 12 (issue 7, recall): each rule with the real BBC sentence that
motivated it (/work/shared/corpus/bbc.jsonl), or a sentence written for its shape; none is copied from an
evaluation corpus."""

from __future__ import annotations

import pytest
from reported_support import fields, indirect

# (shape, sentence, one dict of expected fields per reported clause, in text order)
CLAUSES = [
    ("'shown' after 'have' with studies as its subject",
     "Studies have shown that organisations working for record labels and movie studios have worked to undermine "
     "Kazaa by putting in fakes.",
     [{"mention": "Studies", "cue": "shown", "method": "cue_clause",
       "text": "organisations working for record labels and movie studios have worked to undermine Kazaa by putting in "
               "fakes"}]),
    ("... past an adverb",
     "Studies have reportedly shown the plant curbs appetite instead of reducing calorific intake like many existing "
     "products.",
     [{"mention": "Studies", "cue": "shown",
       "text": "the plant curbs appetite instead of reducing calorific intake like many existing products"}]),
    ("... trailing, with figures of a named body as its subject",
     "At the same time, the number of mortgage approvals fell in January to a near 10-year low, official Bank of "
     "England figures have shown.",
     [{"mention": "official Bank of England figures", "cue": "shown", "method": "trailing_cue",
       "text": "At the same time, the number of mortgage approvals fell in January to a near 10-year low"}]),
    ("a later cue whose subject follows ', but' and comes before 'have' ends the clause before it",
     "Previous election research has shown the overwhelming majority have traditionally voted Labour, but more "
     "recent studies have suggested Labour support has been falling away significantly among some Muslim voters.",
     [{"mention": "Previous election research", "cue": "shown",
       "text": "the overwhelming majority have traditionally voted Labour"},
      {"mention": "more recent studies", "cue": "suggested",
       "text": "Labour support has been falling away significantly among some Muslim voters"}]),
]


@pytest.mark.parametrize("sentence, expected", [c[1:] for c in CLAUSES], ids=[c[0] for c in CLAUSES])
def test_reported_clauses(sentence, expected):
    found = indirect(sentence)
    assert len(found) == len(expected), [q.text for q in found]
    for q, want in zip(found, expected):
        assert fields(q, want) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # a quality or an example shown, not a finding
        "Zambia have shown their determination to win this final by recalling nine of their foreign-based players.",
        "Meanwhile, Tomlinson is still searching for this first major medal and this season he has shown he could be "
        "in the sort of form to grab a spot on the podium in Madrid.",
        "And as Google has shown, there is money in offering a service that people cannot live without.",
        # a broadcast and a participle
        "This year's Academy Awards will be shown in the UK by Sky Movies 1 at 0130 GMT on Monday.",
        "The posters were among a series of ideas shown to Labour members, who were asked to vote on their favourite.",
        # a participle after a study (sentences written for the shape): the study's own verb reports
        "The survey results, shown to ministers last week, suggest the scheme is failing.",
        "A study shown to MPs found that fines had doubled.",
    ],
)
def test_shown_reports_only_a_finding(sentence):
    assert [q.text for q in indirect(sentence) if q.cue == "shown"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"Is this a priority for the two of them?" Jones said at a press conference, according to the Evening Post.',
        "\u201cWell, what does that mean?\u201d Williams asked, according to a transcript of the interview.",
    ],
)
def test_a_quotes_attribution_before_according_to_is_no_clause(sentence):
    # (sentences written for the shape) the source after "according to" reports the quote; the mention and cue
    # between them report nothing of their own
    assert indirect(sentence) == []


def test_a_cue_and_that_before_according_to_is_no_piece():
    # (a sentence written for the shape) "reported that" opens the clause the source gives: one clause, after it
    found = indirect("The paper reported that, according to council minutes, 40 of the 90 contracts went to party donors.")
    assert [(q.text, q.cue) for q in found] == [("40 of the 90 contracts went to party donors", "according to")]


@pytest.mark.parametrize(
    "sentence, clause, cue",
    [
        # BBC, British spellings of cue forms whose American ones the lexicon has ("labeled", "apologizing for")
        ("Mr Sigarchi's lawyer labelled the revolutionary court \"illegal and incompetent\" and called for a retrial in a "
         "public court.", "the revolutionary court \"illegal and incompetent\"", "labelled"),
        ("Critics panned the film, with the Los Angeles Times labelling it a \"dispiriting vanity project\".",
         "it a \"dispiriting vanity project\"", "labelling"),
        ("Lopez issues a statement apologising for her absence.", "her absence", "apologising for"),
    ],
)
def test_british_spellings(sentence, clause, cue):
    assert [(q.text, q.cue) for q in indirect(sentence)][:1] == [(clause, cue)]


@pytest.mark.parametrize(
    "sentence, clause, cue",
    [
        # sentences written for the shape
        ("The minister made an acknowledgement that the scheme had failed.", "the scheme had failed", "acknowledgement that"),
        ("The Security Council issued a unanimous condemnation of the missile launch on Friday.", "the missile launch",
         "condemnation of"),
    ],
)
def test_nouns_of_speech(sentence, clause, cue):
    assert [(q.text, q.cue) for q in indirect(sentence)] == [(clause, cue)]


@pytest.mark.parametrize(
    "sentence, clause",
    [
        # BBC: the comma of an opening phrase ends the content of its noun of speech
        ("Following claims that US forces had worked inside Iran to identify potential targets, Mr Blair was asked if "
         "the SAS had also been in the country.", "US forces had worked inside Iran to identify potential targets"),
        # written for the shape
        ("Despite his claim that the scheme had failed, the minister met the farmers on Monday.", "the scheme had failed"),
    ],
)
def test_an_opening_phrase_ends_its_nouns_content(sentence, clause):
    assert indirect(sentence)[0].text == clause


@pytest.mark.parametrize(
    "sentence, clause",
    [
        # (written for the shapes) a comma inside a dash aside, or after an aside opening the content, is no end
        ("Despite complaints that the schools - and by extension the council, which runs them - had failed, the mayor "
         "was re-elected.", "the schools - and by extension the council, which runs them - had failed"),
    ],
)
def test_an_aside_inside_the_content_is_no_end_of_it(sentence, clause):
    assert [q.text for q in indirect(sentence)] == [clause]


def test_an_adjunct_opening_the_content_is_no_end_of_it():
    # (written for the shape) the comma after "with hard work" closes the content's own adjunct
    found = indirect("Despite the belief that with hard work, their children would do better, most parents despaired.")
    assert [q.text for q in found][:1] == ["with hard work, their children would do better"]


def test_a_noun_after_the_opening_phrase_is_no_part_of_it():
    # (written for the shape) the opening phrase closed before the noun: its content runs on
    found = indirect("After the crash, most parents held the belief that with hard work, their children would do better.")
    assert [q.text for q in found] == ["with hard work, their children would do better"]


def test_a_noun_after_the_opening_phrase_keeps_its_commas():
    # (written for the shape) the opening phrase closed before the noun: a comma of the content is no end of it
    for sentence in (
        "In May, Labour made a claim that the count, which took two days, was flawed.",
        "After the vote the party stood by its claim that the count, which took two days, was flawed.",
    ):
        assert [q.text for q in indirect(sentence)] == ["the count, which took two days, was flawed"]


@pytest.mark.parametrize(
    "sentence, clause",
    [
        # BBC: the noun phrase is the sentence's subject; its second verb is the sentence's own
        ("But his argument that the award should help sell books instead of honouring excellence is not shared by "
         "everyone.", "the award should help sell books instead of honouring excellence"),
        # written for the shape
        ("His suggestion that the club was for sale was denied by the board on Monday.", "the club was for sale"),
    ],
)
def test_a_noun_of_speech_as_the_subject(sentence, clause):
    assert [q.text for q in indirect(sentence)] == [clause]


def test_two_verbs_joined_by_and_are_both_the_contents():
    # (written for the shape) "would" after "and" is the content's second verb, not the sentence's own
    (q,) = indirect("His claim that the deal was signed and would be honoured surprised the board.")
    assert q.text.startswith("the deal was signed and would be honoured")


@pytest.mark.parametrize(
    "sentence",
    [
        # BBC: whom was asked, and no question
        "For Countryfile they asked 2,234 adults across the country the same question.",
        # BBC: the addressee of a quoted question
        "In the New York court on Wednesday, Mr Ebbers' lawyer Reid Weingarten asked Mr Sullivan: \"If you believe "
        "something is in your interest, you are willing and able to lie to accomplish it, isn't that right?\"",
    ],
)
def test_an_addressee_alone_is_no_question(sentence):
    assert indirect(sentence) == []


def test_a_question_after_the_addressee_is_reported():
    # BBC
    found = indirect("In July 1999 they asked 801 adults if they supported the ban for the Mail on Sunday.")
    assert [(q.cue, q.text[:27]) for q in found] == [("asked", "if they supported the ban f")]


@pytest.mark.parametrize(
    "sentence",
    [
        # BBC: the rest of the addressee, or the setting, before or after a quote
        "But Nigel Williams told the Scottish Daily Mail: \"I spoke to Matt Williams at the post-match dinner.\"",
        "He told the BBC News website: \"Primarily they were just interested in how fast they could crack the code.\"",
        "Special effects and graphics designed for films could be ported for use directly in a video game, Sony told an "
        "audience at the E3 exhibition in Los Angeles last year.",
    ],
)
def test_told_with_no_clause_tells_nothing(sentence):
    assert [q.text for q in indirect(sentence) if q.cue == "told"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # BBC, and the same without "that": a clause whose verb the list of verb forms does not hold
        "But Mr Gaillard told BBC News that the Charter came into effect on signature, not ratification.",
        "But Mr Gaillard told BBC News the Charter came into effect on signature, not ratification.",
    ],
)
def test_told_with_a_clause(sentence):
    assert [q.text for q in indirect(sentence)] == ["the Charter came into effect on signature, not ratification"]


@pytest.mark.parametrize(
    "sentence",
    [
        # written for the shape: "support" after a word only a noun follows
        "He has twice as much support among young voters, but still trails the leader.",
        "His 32% support gives him a double-digit lead over his closest rival.",
        "The Green candidate receives less support than the Liberal one.",
    ],
)
def test_support_as_a_noun_reports_nothing(sentence):
    assert indirect(sentence) == []


def test_support_after_a_quantified_subject_is_a_verb():
    # (written for the shape) "most" and a number are the verb's subject
    assert [q.text for q in indirect("Among the members polled, most support the deal.")] == ["the deal"]


def test_helped_found_is_no_finding():
    # (written for the shape) "found" after "helped" or "to" is the verb "to found"
    assert indirect("Ever since Roger Ailes helped found Fox News in 1996, the network has grown.") == []
    assert [q.text for q in indirect("The review found the network had grown.")] == ["the network had grown"]


def test_polls_in_a_place_show():
    # (written for the shape) a place before "show" is no programme's name when polls open the subject
    found = indirect("Recent polls in Essex show Labour's lead eroding.")
    assert [(q.mention, q.text) for q in found] == [("Recent polls", "Labour's lead eroding")]


@pytest.mark.parametrize(
    "sentence, mention",
    [
        # BBC tech_361: the mention was "000 people in 20 countries", cut at the number's comma
        ("The poll of 20,000 people in 20 countries found 59% wanted more technology.",
         "The poll of 20,000 people in 20 countries"),
        # BBC business_361 (reworded): "000 households"
        ("The Conference Board survey of 5,000 households said consumers had renewed optimism.",
         "The Conference Board survey of 5,000 households"),
    ],
)
def test_a_thousands_separator_is_no_break_in_a_subject(sentence, mention):
    assert [q.mention for q in indirect(sentence)][:1] == [mention]
