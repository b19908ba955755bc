"""not_speech: scare-quoted terms the reporter uses as nouns, job titles and nicknames.

The sentences are modelled on PolNeAR dev and train articles and on the BBC corpus (named in
each test), reworded: the data itself stays in ../shared.
"""

import pytest

from quotes.marks import find_quoted
from quotes.not_speech import cue_near, not_speech


def why_not(text: str, piece: str) -> str | None:
    span = next(s for s in find_quoted(text) if text[s.start : s.end] == piece)
    return not_speech(text, span)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # PolNeAR dev (nyt): a coinage the sentence goes on to describe.
        ('He funded a nature reserve and a pub in Virginia - a "philanthropub" that was meant to '
         "give its profit away.", "philanthropub"),
        # PolNeAR dev (politico): a determiner, a word, the term and its relative clause.
        ('The only "medical records" that the candidate released on air fit on one page.', "medical records"),
        # PolNeAR train (huff-post): set off by commas, "which".
        ('Washington looks weak before the Turkish "offensive," which went through three capitals.',
         "offensive,"),
        # PolNeAR dev (nyt), BBC politics_339: a participle and its agent describe the term.
        ('By 2010, Tea Party "super PACs" supported by two billionaires had seized on the bill.', "super PACs"),
        ('The kind of "golden share" used by one council could be rolled out more widely.', "golden share"),
    ],
)
def test_a_scare_quoted_term_the_sentence_describes_is_not_speech(text, piece):
    assert why_not(text, piece) == "described"


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # BBC politics_394: the verb of saying is far from the term, in the same sentence.
        ("Party election chief Alan Milburn said the apparent drop in average incomes was because "
         'self-employed people had been affected by a "world downturn" which hit their profits.',
         "world downturn"),
        # BBC politics_067: the cue closes a long sentence.
        ('Judges can already jail parents who breach contact orders but that was a "nuclear option" '
         "which was rarely used as it was not seen as being in the child's interests, a spokesman said.",
         "nuclear option"),
        # seeds/000: a noun and its content clause, in words someone is said to have said.
        ('According to Secretary of State Michael Pompeo, the restrictions send a "clear signal" that '
         'the US will "fully enforce CAATSA".', "clear signal"),
        # PolNeAR train (wash-post): a capitalised name is left to the title rules.
        ('He took heat over his membership in the bipartisan "Gang of Eight" that pushed the bill.',
         "Gang of Eight"),
        # A term closing its sentence is not described (PolNeAR gold: a "breakthrough.").
        ('Merkel hailed the deal with Turkey as a "breakthrough." The deal returns migrants.', "breakthrough."),
    ],
)
def test_a_described_term_with_a_speaker_or_a_name_stays_speech(text, piece):
    assert why_not(text, piece) is None


def test_a_speaker_far_off_in_the_sentence_is_beyond_cue_near():
    # The 80-character window misses Milburn's "said" (the rule above looks at the whole sentence).
    text = ("Party election chief Alan Milburn said the apparent drop in average incomes was because "
            'self-employed people had been affected by a "world downturn" which hit their profits.')
    span = next(s for s in find_quoted(text))
    assert not cue_near(text, span)


def test_a_scare_quoted_job_title_before_a_name_is_not_speech():
    # PolNeAR dev (breitbart)
    text = 'The Post sent its "national enterprise reporter" Jane McCrae into a living room to watch.'
    assert why_not(text, "national enterprise reporter") == "job_title"


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # PolNeAR train (wash-post): an epithet after "turned to", with its speaker before.
        ('He mocked a "failed candidate." Then he turned to "little" Marco Rubio.', "little"),
        # A job title someone is said to have given.
        ('Trump said his "great friend" Carl Icahn would help.', "great friend"),
    ],
)
def test_a_quote_before_a_name_that_is_no_job_title_stays_speech(text, piece):
    assert why_not(text, piece) is None


def test_a_nickname_given_is_not_speech_but_the_next_quote_is():
    # PolNeAR dev (wash-post): the quote ends its sentence, so "called" after it is another
    # sentence's verb.
    text = 'Trump hit back, yoking him with the nickname "Lyin\' Ted." Trump called the senator a "nasty guy."'
    assert why_not(text, "Lyin' Ted.") == "title"
    assert why_not(text, "nasty guy.") is None


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # PolNeAR dev (breitbart): in reported speech the nickname is the speaker's word.
        ('In Toledo, Clinton says the Ohio native nicknamed "King James" is a dedicated advocate for '
         "children.", "King James"),
        # PolNeAR train (politico): "refer to" before the quote names what she called her.
        ('In her emails she often referred to her by a nickname, "Gert." The name, she explained, came '
         "from a friend.", "Gert."),
    ],
)
def test_a_nickname_someone_is_said_to_use_stays_speech(text, piece):
    assert why_not(text, piece) is None


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # BBC politics_008: a nickname given to a group, not anyone's words.
        ('Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: '
         '"I remember some Conservatives."', "Blair Babes"),
        # BBC tech_123: a technical term.
        ('In early October a so-called "denial of service" attack was mounted on the site.', "denial of service"),
        ('These so called "next generation" phones', "next generation"),
    ],
)
def test_a_term_named_with_so_called_is_not_speech(text, piece):
    assert why_not(text, piece) == "so_called"


def test_a_quote_after_so_called_that_is_a_sentence_stays_speech():
    text = 'He attacked the so-called "plan that will cost every family in Britain a fortune and more".'
    assert why_not(text, "plan that will cost every family in Britain a fortune and more") is None


def test_after_so_called_the_quote_of_the_sentence_is_the_speakers():
    # BBC politics_008: with the nickname gone, the quote after "told researchers:" is hers.
    from quotes import extract

    text = ('Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: '
            '"I remember some Conservatives - whenever a Labour woman got up to speak they would heckle."')
    quotes = extract(text)
    assert [(q.text[:12], q.speaker) for q in quotes] == [("I remember s", "Barbara Follet")]
