"""Sentence shapes of known cues that the reported-speech finder missed (issue 7, recall): each
sentence was written for its shape; none is copied from an evaluation corpus."""

from __future__ import annotations

import pytest
from reported_support import fields, indirect

# (shape, sentence, one dict of expected fields per reported clause, in text order)
CLAUSES = [
    ("a trailing cue's subject with modifiers before its head",
     "The plant will close in March, former officials said.",
     [{"mention": "officials", "cue": "said", "method": "trailing_cue", "text": "The plant will close in March"}]),
    ("... with a number and a capitalised modifier",
     "The talks had stalled over pensions, two senior Labour aides said.",
     [{"mention": "Labour aides", "text": "The talks had stalled over pensions"}]),
    ("an opening adverb before a long subject phrase",
     "Indeed, campaigners for tighter rules on food labelling in schools say the new code is too weak.",
     [{"mention": "campaigners for tighter rules on food labelling in schools", "cue": "say",
       "text": "the new code is too weak"}]),
    ("a poll ending the sentence is the source of the clause before it",
     "The mayor leads her rival by 12 points in a new Evening Post poll.",
     [{"mention": "a new Evening Post poll", "cue": "in", "method": "trailing_cue",
       "text": "The mayor leads her rival by 12 points"}]),
    ("... past an opening time",
     "In March, the mayor had 38 percent support in a radio station's survey of voters.",
     [{"mention": "a radio station's survey of voters", "text": "the mayor had 38 percent support"}]),
    ("... after a contrast",
     "Smith came second in May, although Jones moved ahead in a survey from the local university.",
     [{"mention": "a survey from the local university", "text": "Jones moved ahead"}]),
    ("'found it' with a verb after it is a finding",
     "A review by the statistics office found it had made a mistake by double counting some spending.",
     [{"mention": "A review", "cue": "found",
       "text": "it had made a mistake by double counting some spending"}]),
    ("a dash after a trailing cue opens the writer's aside",
     "Such a move could alienate his backers, party officials believe \u2014 backers he will need in May.",
     [{"mention": "party officials", "cue": "believe", "text": "Such a move could alienate his backers"}]),
    ("a name after a cue that closes the sentence opens its clause, no tail",
     "Ohio is a critical battleground for both parties, and recent polls show Smith with a double-digit lead.",
     [{"mention": "recent polls", "cue": "show", "text": "Smith with a double-digit lead"}]),
    ("'told' and a long addressee before 'that'",
     "Mr Fox told the South Wales Evening Post on Saturday that he was surprised by the theatre's beauty.",
     [{"mention": "Mr Fox", "cue": "told", "text": "he was surprised by the theatre's beauty"}]),
    ("a long subject that opens with a document",
     "An analysis by the Electoral Commission of local elections going back to 1972 showed turnout fell in most years.",
     [{"mention": "An analysis by the Electoral Commission of local elections going back to 1972", "cue": "showed",
       "text": "turnout fell in most years"}]),
    ("an inverted source described by a relative clause to the sentence end",
     "Winning the north is within his reach, said a handful of MPs who point to his record on jobs.",
     [{"mention": "a handful of MPs", "cue": "said", "method": "trailing_cue", "text": "Winning the north is within his reach"}]),
    ("a subject described by 'whose'",
     "The councils whose budgets have been cut say the real damage is in social care.",
     [{"mention": "The councils", "cue": "say", "text": "the real damage is in social care"}]),
    ("a role word before a trailing cue's named subject",
     "Many viewers found the film offensive, critic Mark Kermode said on Sunday.",
     [{"mention": "Mark Kermode", "cue": "said", "text": "Many viewers found the film offensive"}]),
    ("... and a determiner with role words before a named body",
     "Apple has sold more than six million iPods, market research firm NPD Group has reported.",
     [{"mention": "NPD Group", "cue": "reported", "text": "Apple has sold more than six million iPods"}]),
    ("'expressed' reports its object",
     "A number of large MCI shareholders expressed unhappiness at the decision.",
     [{"mention": "MCI shareholders", "cue": "expressed", "text": "unhappiness at the decision"}]),
    ("... but a noun of speech in its object reports the content",
     "Voting rights groups have expressed deep concern about the new policy.",
     [{"cue": "concern about", "method": "noun_cue", "text": "the new policy"}]),
    ("'invoked' and 'referenced' report their object",
     "The mayor invoked the memory of the miners' strike in her speech.",
     [{"mention": "The mayor", "cue": "invoked", "text": "the memory of the miners' strike"}]),
    ("... 'references' too, as a verb",
     "A web video by the party references four cases the minister lost in court.",
     [{"cue": "references", "text": "four cases the minister lost in court"}]),
    ("an inverted cue inside its clause: two pieces, the second from its auxiliary",
     "The answer, says Prof Brewer, is cheap wireless networks.",
     [{"mention": "Prof Brewer", "method": "parenthetical", "text": "The answer"},
      {"mention": "Prof Brewer", "method": "parenthetical", "text": "is cheap wireless networks"}]),
    ("... past the source's apposition",
     "The problem they face, said Ann Jain, head of the firm, is teaching people to send the messages.",
     [{"mention": "Ann Jain", "text": "The problem they face"},
      {"mention": "Ann Jain", "text": "is teaching people to send the messages"}]),
    ("verbs of rebuking report their object",
     "The prime minister castigated the Tory leader for exploiting the fears of voters.",
     [{"mention": "The prime minister", "cue": "castigated", "text": "the Tory leader for exploiting the fears of voters"}]),
    ("'As X cue OBJECT,' is a time clause: the object is reported, and the main clause's own cue reports its clause",
     "As Mr Brown announced the Budget date in a short statement, accountancy firm Ernst & Young urged him to act.",
     [{"mention": "Mr Brown", "cue": "announced", "text": "the Budget date in a short statement"},
      {"cue": "urged", "text": "him to act"}]),
    ("'As X cue [setting], CLAUSE' is a source",
     "As the minister told the New York Daily News, tax relief is given in exchange for creating jobs.",
     [{"mention": "the minister", "method": "parenthetical", "text": "tax relief is given in exchange for creating jobs"}]),
    ("'according to' inside a clause: the source runs on to its comma, the clause's verb after it",
     "One of the decisions they have made, according to a person close to the process, is to sell the club.",
     [{"mention": "a person close", "text": "One of the decisions they have made"},
      {"mention": "a person close", "text": "is to sell the club"}]),
    ("... and one word is a piece before it",
     "Fundraising, according to the campaign, has surged in the same period.",
     [{"mention": "the campaign", "text": "Fundraising"}, {"mention": "the campaign", "text": "has surged in the same period"}]),
    ("a clause between a comma and 'according to' with no comma of its own",
     "While virus traffic has slowed down, denial of service attacks are on the increase according to the firm.",
     [{"mention": "the firm", "cue": "according to", "text": "denial of service attacks are on the increase"}]),
    ("a pronoun coordinated with a name is a subject",
     "It is not only about building big audiences for advertisers, he and Mr. Allen said.",
     [{"mention": "he and Mr. Allen", "cue": "said", "text": "It is not only about building big audiences for advertisers"}]),
    ("the words before a parenthetical cue whose rest is a quote",
     "The streets were empty, he added, \"but the shops will open again on Monday.\"",
     [{"mention": "he", "cue": "added", "method": "trailing_cue", "text": "The streets were empty"}]),
]


@pytest.mark.parametrize("sentence, expected", [c[1:] for c in CLAUSES], ids=[c[0] for c in CLAUSES])
def test_reported_clauses(sentence, expected):
    found = indirect(sentence)
    assert [fields(q, e) for q, e in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # the words before the subject are a conjunction, a verb or a modal, not its modifiers or role
        ("The deal is done, and officials said nothing.", "The deal is done"),
        ("The panel met on Friday, applauded the minister's remarks and left.", "The panel met on Friday"),
        ("A solid upturn in jobs, with a rise in earnings, could blunt Republican claims.", "A solid upturn in jobs"),
        # a past verb after a parenthetical cue is no subject of a trailing noun cue
        ("The outreach, they said, raised new worries about jobs.", "The outreach, they said"),
    ],
)
def test_no_clause_from_a_verb_before_the_cue(sentence, wrong):
    assert wrong not in [q.text for q in indirect(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the setting of the saying, not its content, before a parenthetical cue and a quote
        "In a statement on Monday, the chairman said, \"We will appeal.\"",
        "Later in the evening, the coach said, \"We were poor.\"",
        "Holding up a copy of the report, Mr Brown said, \"This is a scandal.\"",
    ],
)
def test_no_clause_from_the_setting_of_a_quote(sentence):
    assert indirect(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # "the poll(s)" alone is an election or a standing, not a poll's finding
        "The Tories were not going to be significant players in the poll.",
        "The governor has struggled for months in the polls.",
        "The party hopes for its best results in the local council polls.",
        # the verb of a relative clause is in the polls, not the sentence
        "Two senators, one of whom is struggling in a new state poll, face hard races.",
    ],
)
def test_no_poll_finding(sentence):
    assert all(q.cue != "in" for q in indirect(sentence))


def test_found_it_with_an_adjective_is_no_finding():
    assert indirect("The new manager found it difficult to win over the squad.") == []


def test_a_relative_that_after_told_is_no_clause():
    assert [q.text for q in indirect("Sanders told a crowd at the Corn Exchange that spilled out onto the street.")] != [
        "spilled out onto the street"
    ]


def test_a_relative_clause_with_an_apposition_is_no_inverted_source():
    # "the staff member who ..., Paul Manafort, should be terminated" is what the manager said
    found = indirect(
        "His former manager, Corey Lee, said the staff member who replaced him, Paul Grant, should be sacked over the leak."
    )
    assert [q.text for q in found] == ["the staff member who replaced him, Paul Grant, should be sacked over the leak"]


def test_a_relative_pronoun_is_no_role_word():
    # "..., which the Tories deny": the clause is the Chancellor's, "which" no role of the Tories
    found = indirect("The Chancellor said the plans would see £50bn in spending cuts by 2011, which the Tories deny.")
    assert [(q.mention, q.text) for q in found][:1] == [
        ("The Chancellor", "the plans would see £50bn in spending cuts by 2011")
    ]


def test_references_to_is_a_plural_noun():
    # "they are prohibited from making references to their candidacies": no verb of saying
    assert indirect("Candidates may attend, but they cannot make references to their campaigns.") == []


@pytest.mark.parametrize(
    "sentence, clause",
    [
        # the cue's subject and its apposition come first: no inversion
        ("But Alan Terry, head of the academy, said the changes, which allow foreign films, were made in May.",
         "the changes, which allow foreign films, were made in May"),
        # a subject pronoun after the cue: no inversion either
        ("His wife, Joan, suggested he had nothing to lose and, for his last book, should write what he liked.",
         "he had nothing to lose and, for his last book, should write what he liked"),
    ],
)
def test_no_inverted_cue(sentence, clause):
    assert [q.text for q in indirect(sentence)] == [clause]


def test_according_to_a_manner_is_no_source():
    # "according to rules devised by the programmers": how it is done, not who says so
    found = indirect("Instead of hiring artists, Spore draws the creatures according to rules devised by the programmers.")
    assert all(q.cue != "according to" for q in found)
