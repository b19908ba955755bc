"""What each attribution method (``Quote.method``) rests on, in words a reader can check.

The parser records which rule attributed a quote; these descriptions say what
that rule saw in the text, so that a user judging a quote knows what to verify.
"""

from __future__ import annotations

__all__ = ["METHODS", "describe"]

METHODS: dict[str, str] = {
    # Quoted speech (the sieves of quotes.attribution, most certain first).
    "transcript_label": "the speaker's label opening a transcript paragraph (PENCE: ...)",
    "trailing_cue": "a speaker and a verb of saying right after the words (..., he said)",
    "split_quote": "the second half of a quote split around its attribution",
    "according_to": "the words 'according to' and a source in the quote's sentence",
    "leading_cue": "a speaker and a verb of saying earlier in the quote's sentence",
    "colon_intro": "a speaker and a verb of saying introducing the quote with a colon (told CBS News:)",
    "same_sentence": "another quote of the same sentence, already attributed",
    "next_quote": "the attributed quote right after it, nothing but a space between (paragraphs run together)",
    "colon_name": "a name and a colon right before the quote (RAMOS: ...)",
    "signed_pull_quote": "the name signing a pull quote on its last line",
    "speech_noun": "a noun of saying and its owner before the quote (a warning from X that ...)",
    "later_in_sentence": "a speaker and a verb of saying later in the quote's sentence",
    "previous_sentence": "the attributed sentence right before, which the quote continues",
    "sentence_subject": "the person the sentence is about, with no verb of saying",
    "continuation": "the paragraph before, which the quote's paragraph continues",
    "previous_subject": "the person the sentence before is about, with no verb of saying",
    "same_paragraph": "the latest attributed quote of the same paragraph (loosest)",
    "reported_clause": "the reported clause holding the quote, attributed by a verb of saying (X called it a '...')",
    # Reported speech (quotes.reported).
    "cue_clause": "a speaker and a verb of saying or thinking before the reported clause (X said that ...)",
    "parenthetical": "an attribution set off by commas or 'according to' (..., X said, ...)",
    "said_this": "a verb of saying whose object ('this', 'so') stands for the clause before",
    "noun_cue": "a noun of saying and its owner (his criticism of ..., calls for ...)",
    "name_colon": "a name, a colon and words holding its partial quote: the words are the name's",
}


def describe(method: str | None) -> str:
    """What ``method`` rests on; for None, that no rule found a speaker."""
    if method is None:
        return "no rule found a speaker"
    return METHODS.get(method, method)
