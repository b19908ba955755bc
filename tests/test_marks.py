"""The mark scanner: every rule with the sentence that motivated it."""

from pathlib import Path

import pytest

from quotes.marks import find_quoted

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted(text)]


def seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will wait," he said.', ["We will wait,"]),
        ("\u201cWe will wait,\u201d he said.", ["We will wait,"]),
        ("\u00abNous attendrons\u00bb, a-t-il dit.", ["Nous attendrons"]),
        ("\u00bbWir warten\u00ab, sagte er.", ["Wir warten"]),
        ("\u201eWir warten\u201c, sagte er.", ["Wir warten"]),
        ("He said \u2018we will wait\u2019 and left.", ["we will wait"]),
        ("He said 'we will wait' and left.", ["we will wait"]),
        ("Er sagte \u201awir warten\u2018 und ging.", ["wir warten"]),
        ("Il a dit \u2039 attendons \u203a.", ["attendons"]),
        # NYT style: two apostrophes typed for a double mark.
        ("''It's anti-reform,'' he said.", ["It's anti-reform,"]),
        ("``We will wait,'' he said.", ["We will wait,"]),
    ],
)
def test_every_mark_style(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ankara\u2019s decision caused a sharply negative reaction from Washington.",
        "Erdogan tells Biden turkeys\u2019 position on S-400 remains unchanged.",
        "They don't intend to give up the S-400, despite Washington's pressure.",
        "It was the '90s and rock 'n' roll was loud; they'd cheer 'em on.",
        "Turkey is 6'3\" tall in this metaphor and the players' union agrees.",
    ],
)
def test_apostrophes_never_quote(text):
    assert quoted(text) == []


def test_closing_mark_typed_as_opening_still_closes():
    # seeds/003: the closing mark after "decisions." is typed as an opening one.
    text = seed("003")
    got = quoted(text)
    assert any(q.endswith("We are the only ones to make such decisions.") for q in got)
    assert "explained everything to [US] President [Joe] Biden," in got
    assert not any("The remarks came" in q for q in got)
    assert not any("apparently referring" in q for q in got)


def test_unclosed_quote_ends_at_its_paragraph():
    # seeds/001: `targets Turkey's "sovereign rights.` and the paragraph ends.
    text = seed("001")
    spans = find_quoted(text)
    piece = next(s for s in spans if text[s.start : s.end] == "sovereign rights.")
    assert not piece.closed
    assert piece.close == piece.end
    assert "\n" not in text[piece.start : piece.end]
    # The next paragraph's quotes are still found on their own.
    assert "clear signal" in quoted(text)


def test_a_quote_split_around_its_attribution_is_two_spans():
    # seeds/004
    text = (
        "\u201cIt would be like if we followed the quick and easy path, but we strive for the "
        "maximum,\u201d declared Demir today, \u201cWith the information, we learn from the S-400 "
        "experience.\u201d As he added, these systems are to be ready in 2025."
    )
    assert quoted(text) == [
        "It would be like if we followed the quick and easy path, but we strive for the maximum,",
        "With the information, we learn from the S-400 experience.",
    ]


def test_editorial_insertions_stay_verbatim():
    # seeds/000
    text = (
        '"We haven\'t noticed any direct effect [from US sanctions]. We will see how CAATSA '
        "(Countering America's Adversaries Through Sanctions Act - TASS) will work,\" he said."
    )
    [q] = quoted(text)
    assert "[from US sanctions]" in q and "(Countering America's" in q and q.endswith("work,")


def test_news_style_quote_over_paragraphs_is_one_piece_per_paragraph():
    text = (
        '"The first thing we did was call the families.\n\n'
        '"Then we went back to work," the mayor said.\n\n'
        "The council meets on Monday."
    )
    spans = find_quoted(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first thing we did was call the families.",
        "Then we went back to work,",
    ]
    assert spans[0].continued and not spans[0].closed
    assert not spans[1].continued and spans[1].closed


def test_a_quote_missing_its_closing_mark_ends_before_the_attribution():
    # PolNeAR train (wash-post): the reporter left out the mark before ", said Kessel".
    text = (
        "They did not know the rules.\n\n"
        '"There was not much help for the families back then, said Lee, whose group backs the bill.'
        "\n\nThe bill stalled."
    )
    assert quoted(text) == ["There was not much help for the families back then"]
    text = '"We will not stop now, she said. The vote is next week.'
    assert quoted(text) == ["We will not stop now"]
    text = "\"When I met him, he said, 'Let us go.' And we went."
    assert quoted(text) == ["When I met him, he said, 'Let us go.' And we went."]
    # BBC (UNECE): a body as the subject, and where it said it
    text = (
        '"In view of the fragility of factors of domestic growth, monetary policy in the euro area is likely '
        "to continue to 'wait and see', the organisation said in its report. Global economic growth is "
        "expected to fall from 5% in 2004 to 4.25%."
    )
    assert quoted(text)[0] == (
        "In view of the fragility of factors of domestic growth, monetary policy in the euro area is likely "
        "to continue to 'wait and see'"
    )


def test_a_quote_missing_its_closing_mark_ends_where_the_next_quote_opens():
    # PolNeAR train (west-journal): the first quote's closing mark is missing before the next.
    text = (
        "Clinton came up to her \u201cand said, \u2018It is so nice to meet you\u2019 and all that. "
        "I was shocked. \u201cAnd she said, \u2018Do you understand,\u2019\u201d Lee said."
    )
    assert quoted(text) == [
        "and said, \u2018It is so nice to meet you\u2019 and all that. I was shocked.",
        "And she said, \u2018Do you understand,\u2019",
    ]
    # BBC: paragraphs run together, each opened by a mark, only the last one closed.
    text = 'The coach said: "We played well. "We will win the next one," he added.'
    assert quoted(text) == ["We played well.", "We will win the next one,"]
    # ... and the quote left open ends before the reporter's attribution.
    text = '"Prices will rise, Lee said. Markets fell. "It is too early," she said.'
    assert quoted(text) == ["Prices will rise", "It is too early,"]


def test_paragraphs_run_together_keep_every_sentence_they_reopen():
    # BBC: a quote of several paragraphs printed as one, each old paragraph opened by a mark and
    # only the last closed; pairing the marks two by two lost every second sentence.
    text = (
        'Evans was pleased.\n\n"We started slowly. "They scored twice before half-time. '
        '"We came back. "The second half was the best we have played all year."\n\nNext week they travel.'
    )
    assert quoted(text) == [
        "We started slowly.",
        "They scored twice before half-time.",
        "We came back.",
        "The second half was the best we have played all year.",
    ]


def test_unclosed_quote_does_not_swallow_the_article():
    text = 'He called it "a disgrace.\nThe vote is on Monday. "We are ready," she said.\n' * 3
    got = quoted(text)
    assert got.count("a disgrace.") == 3
    assert got.count("We are ready,") == 3


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = (
        '"Things that are not literally true are rated \u2018correct\u2019 because there was a '
        'kernel of truth," Shah told reporters.'
    )
    assert quoted(text) == [
        "Things that are not literally true are rated \u2018correct\u2019 because there was a "
        "kernel of truth,"
    ]


def test_a_quote_nested_in_one_of_the_same_style_stays_inside_it():
    # PolNeAR train (west-journal, huff-post): curly double marks inside curly double marks.
    text = (
        "She tweeted: \u201cFans behind the mayor wearing \u201cVote For Lee\u201d shirts at "
        "the rally. Wow.\u201d\n\nThe rally ended."
    )
    assert quoted(text) == ["Fans behind the mayor wearing \u201cVote For Lee\u201d shirts at the rally. Wow."]


def test_curly_and_straight_marks_mixed_in_one_article():
    text = 'He said "we will wait" and later \u201cwe will not wait\u201d, adding: "Never."'
    assert quoted(text) == ["we will wait", "we will not wait", "Never."]


def test_markup_attributes_and_inch_signs_are_not_marks():
    text = (
        '<tweet author="someone" date="May 1">Big night!</tweet> '
        'The 6\'3" senator said "it went well" afterwards.'
    )
    assert quoted(text) == ["it went well"]


def test_curly_marks_inside_a_markup_tag_are_not_marks():
    # PolNeAR train (huff-post): a word processor typeset the link's attribute marks.
    text = (
        "See <a href=\u201dhttp://example.com/rally\u201d target=\u201d_blank\u201d>A rally "
        "\u201cAnger in here is palpable\u201d</a>."
    )
    assert quoted(text) == ["Anger in here is palpable"]


def test_a_markup_tag_broken_over_two_lines_hides_its_marks():
    # PolNeAR train (west-journal): the tweet's date attribute ends after a line break.
    text = (
        'Cruz took the news in stride.\n\n<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016\n">'
        "I love her.<tweet/>.\n\nHe said \"it went well\" later."
    )
    assert quoted(text) == ["it went well"]


def test_attribute_values_of_a_tag_never_closed_are_not_marks():
    # PolNeAR train (west-journal): a broken conversion left a tweet tag open over a list.
    text = (
        'He listed his reasons.\n\n<tweet tweet-author="just look at Europe" tweet-date="\n'
        "- Cut taxes.\n- Build roads.\">Hi\n\nThen he said \"we will win\" and left."
    )
    assert quoted(text) == ["we will win"]


def test_a_very_long_quote_is_one_span():
    body = "We will continue to take steps, and we will not back down. " * 2000
    text = f'He said: "{body.strip()}" Then he left.'
    [s] = find_quoted(text)
    assert text[s.start : s.end] == body.strip()


def test_offsets_include_marks_in_open_close_and_exclude_them_in_start_end():
    text = "x \u201chello there\u201d y"
    [s] = find_quoted(text)
    assert text[s.open] == "\u201c" and text[s.close - 1] == "\u201d"
    assert text[s.start : s.end] == "hello there"


def test_hard_wrapped_copy_keeps_a_quote_across_its_line_breaks():
    text = (
        "ANKARA (Wire) - Turkey does not intend to retreat on the purchase of\n"
        "Russian S-400 systems, Foreign Minister Mevlut Cavusoglu said on Thursday.\n"
        "\n"
        '"We will continue to take steps to make our defense industry more\n'
        'independent. On the subject of S-400, we will not back down," he said in\n'
        "an interview with a television channel broadcast across the country.\n"
        "\n"
        "He called the sanctions a \"unilateral move\" by the United States and\n"
        "said that Ankara would respond in kind to any further measures taken.\n"
    )
    assert quoted(text) == [
        "We will continue to take steps to make our defense industry more\n"
        "independent. On the subject of S-400, we will not back down,",
        "unilateral move",
    ]


def test_short_lines_without_blank_lines_are_paragraphs():
    # seeds/000 style: one paragraph a line; an unclosed quote stops at the line's end.
    text = 'Cavusoglu called it a "unilateral move.\nDemir said "we will wait" today.\n' * 4
    assert quoted(text).count("unilateral move.") == 4


def test_a_stray_straight_mark_before_a_curly_quote_is_left_out():
    # A straight mark typed before a curly quote pairs with nothing of its style.
    text = (
        'It is an open question. "\u201cYou don\u2019t win the nomination by how many states '
        "you win,\u201d Rubio responded."
    )
    assert quoted(text) == ["You don\u2019t win the nomination by how many states you win,"]


def test_german_low_marks_close_with_a_high_one():
    text = "\u201eWir warten\u201c, sagte er, \u201eund dann sehen wir weiter.\u201c"
    assert quoted(text) == ["Wir warten", "und dann sehen wir weiter."]


def test_a_quote_over_paragraphs_in_typed_double_marks():
    text = "''We called the families first.\n\n''Then we went back to work,'' she said."
    spans = find_quoted(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We called the families first.",
        "Then we went back to work,",
    ]
    assert spans[0].continued


def test_a_single_mark_typed_to_close_a_double_quote():
    text = (
        "Schumer tweeted: \u201cLet\u2019s go. We can stop gun violence.\u2019 Schumer was in the "
        "East Room for the announcement."
    )
    assert quoted(text) == ["Let\u2019s go. We can stop gun violence."]
    nested = "He said: \u201cShe told me \u2018no.\u2019 Then we left."
    assert quoted(nested) == ["She told me \u2018no.\u2019 Then we left."]


def test_hard_wrapped_copy_with_windows_line_ends():
    text = (
        "ANKARA (Wire) - Turkey does not intend to retreat on the purchase of\r\n"
        "Russian S-400 systems, Foreign Minister Mevlut Cavusoglu said on Thursday.\r\n"
        "\r\n"
        '"We will continue to take steps to make our defense industry more\r\n'
        'independent. On the subject of S-400, we will not back down," he said in\r\n'
        "an interview with a television channel broadcast across the country.\r\n"
        "\r\n"
        "He called the sanctions a \"unilateral move\" by the United States and\r\n"
        "said that Ankara would respond in kind to any further measures taken.\r\n"
    )
    assert quoted(text) == [
        "We will continue to take steps to make our defense industry more\r\n"
        "independent. On the subject of S-400, we will not back down,",
        "unilateral move",
    ]


def test_a_plural_possessive_inside_a_single_quote_does_not_close_it():
    text = "'The players' union is strong,' he said. 'We agree,' said the clubs."
    assert quoted(text) == ["The players' union is strong,", "We agree,"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # BBC (Chennai Open): paragraph breaks lost, the quote never closed; "His" after first-person
        # words naming nobody else is the speaker, named before the quote: the reporter again.
        (
            'Moya confirmed afterwards: "I\'m donating my prize money from this tournament for the tsunami '
            "victims, hoping it makes some difference to their lives. His contribution follows pledges by four "
            "other players to donate their prize money from the tournament. Scrichapan said he would donate an "
            "unspecified amount for relief work in Thailand.\n",
            "I'm donating my prize money from this tournament for the tsunami victims, hoping it makes some "
            "difference to their lives.",
        ),
        # BBC (blogs): a third-person report of the speaker's words.
        (
            '"If you haven\'t already got bloggers in your company, you will have them tomorrow. Mr Hopkins '
            "said that the blogsphere - which is doubling every five months - was powerful because it takes so "
            'little time and expertise to create a blog. "Everyone does this," he said.',
            "If you haven't already got bloggers in your company, you will have them tomorrow.",
        ),
        # BBC (games): a report of others' words.
        (
            'He added: "We have been through five technology transitions and survived so far. "Each one has '
            "involved the death of some people. All companies said they were investing in new tools - called "
            "middleware - in order to try and avoid staff numbers spiralling out of control.\n\nSimon said.",
            "Each one has involved the death of some people.",
        ),
        # BBC (rugby): the speaker by name, with an adverb before the verb.
        (
            '"If we beat Australia it would be the end to a great autumn series for England. If we stumble '
            "then we'll be looking back with a few regrets. Robinson also revealed that the union side had sent "
            'the Great Britain team a good luck message. "We signed a card for them today," said Robinson.',
            "If we beat Australia it would be the end to a great autumn series for England. If we stumble then "
            "we'll be looking back with a few regrets.",
        ),
        # BBC (Ukraine): the report in a participle ("..., saying it was").
        (
            '"We have said as much to the Americans. We feel that it is important for us all to pull together. '
            "Mr Yushchenko was careful not to turn his back on Russia, which borders the country to the east, "
            "saying it was important to maintain 'pragmatic' ties with Moscow. \"Russia is Ukraine's eternal "
            'strategic partner," Mr Yushchenko said.',
            "We have said as much to the Americans. We feel that it is important for us all to pull together.",
        ),
    ],
)
def test_an_unclosed_quote_ends_where_the_reporter_resumes(text, quote):
    assert quote in quoted(text)
    assert not any(q.startswith(quote) and q != quote for q in quoted(text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # BBC (Liverpool): a sentence naming the speaker, introduced by name before the quotes
        (
            'On Tuesday, Morientes had said: "I like Liverpool and I have told Madrid that I want it to '
            'happen.\n\n"I haven\'t spoken to Rafa Benitez but I would like to play for him. But Benitez could '
            "yet turn his attentions to the younger Anelka should Morientes be reluctant to pledge his future "
            "to Liverpool.\n",
            "I haven't spoken to Rafa Benitez but I would like to play for him.",
        ),
        # BBC (Uefa Cup): past "he said:" to the name before it
        (
            '"I think we have taken to Europe really well," said McClaren. And after they did just that he '
            'said: "It was a perfect European night. "We can also score goals, so we have good balance. '
            "McClaren's only criticism of his side was that their dominance should have resulted in more "
            'goals. "It should have been more convincing," said McClaren.',
            "We can also score goals, so we have good balance.",
        ),
    ],
)
def test_an_unclosed_quote_ends_before_a_sentence_naming_its_speaker(text, quote):
    assert quote in quoted(text)
    assert not any(q.startswith(quote) and q != quote for q in quoted(text))


@pytest.mark.parametrize(
    "text",
    [
        # BBC (Manchester City), its closing mark dropped: the speaker reports another's words to
        # himself, in the first person.
        'chairman John Wardle said: "We are a big club. Nicolas told me that he agrees with me that we are '
        "a big club. Wardle was speaking at the club's annual general meeting.",
        # BBC (Tsutsumi), its closing mark dropped: "saying" with first-person words is the speaker's.
        '"He scolded me for pouring too much soy sauce or told me fruit was not for children. He didn\'t let '
        "me use the silk futon, saying it's a luxury. There have been corporate governance issues.",
        # BBC (Halo 2): "Somebody told me this was ..." is the speaker's.
        'Errera said. "It does not feel like a game release any more. Somebody told me this was the biggest '
        "single release of any product in Microsoft's history. \"We're all just hoping.\"",
        # BBC (Republic of Ireland): the speaker before the quote is "the Tottenham striker", not Kerr,
        # who spoke earlier: a sentence naming Kerr is the striker's.
        '"It was a brilliant goal," said Kerr. "It was great play from Damien," said the Tottenham '
        'striker.\n\n"I always try to be sniffing around. "Playing three up was something different. Brian '
        "Kerr wanted to try it out and it was good to see young Stephen Elliott getting a run-out.\n",
        # BBC (Liverpool): "His" can stand for Steve, named in the quote.
        '"Steve\'s interest was taken very much on its own merits. His enthusiasm for the club is there for '
        'all to see and who knows what the next few months will hold? "The door isn\'t closed on anything."',
    ],
)
def test_an_unclosed_quote_keeps_the_speakers_own_sentences(text):
    longest = max(quoted(text), key=len)  # the unclosed quote, two sentences or more
    assert longest.count(". ") + longest.count("? ") >= 1, longest


def test_a_plural_possessive_closes_a_single_quote_before_the_sentence_ends():
    # BBC (All Blacks history): "Golds'" closes; the next candidate closer is sentences later.
    text = (
        "Four of the 1905 All Blacks went over to the newly formed 'All Golds' rugby league side soon after "
        "the tour, but New Zealand were strong enough to crush an Anglo-Welsh touring team in 1908. The first "
        "South Africa tour of New Zealand in 1921 saw honours shared in a three-Test series, starting the "
        "greatest rivalry in rugby - and the long-running controversy between the countries over the All "
        "Blacks' inclusion of Maori players. The awesome 1924-5 All Black tourists became known as 'The "
        "Invincibles' after winning all 30 of their games in France, Britain and Ireland, including a crushing "
        "19-0 victory over Wales at St Helen's. Despite their success, the All Blacks' 2-3-2 scrum formation "
        "left them somewhat short of possession at times."
    )
    assert quoted(text) == ["All Golds", "The Invincibles"]


def test_a_single_quote_keeps_its_closer_in_the_same_sentence():
    # BBC (Brit awards comments): "'Angels'" then "'best'" in the next sentence, which a runaway pair
    # across the sentence end would swallow.
    text = (
        "I find it hard to believe that 'Angels' is the best we have to show for the past 25 years! I'm "
        "rapidly redifining 'best' in my own head now to mean 'most gratuitously played at weddings and "
        "funerals because people think it has deep meaning'. What about Britpop?"
    )
    assert quoted(text) == [
        "Angels", "best", "most gratuitously played at weddings and funerals because people think it has deep meaning",
    ]


def test_a_quote_left_open_ends_at_the_next_quotes_mark():
    # found by the property test: two opening marks in a row made two quotes overlapping
    spans = find_quoted("\u201c ``he said. \u201che said")
    assert all(a.close <= b.open for a, b in zip(spans, spans[1:]))
    assert [s.start for s in spans] == [4, 14]
