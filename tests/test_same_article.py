"""A text stored from the place of an older one is a version of it (an edit, a correction, a live story
grown, a new headline) or another article: journalists reuse ``tmp.txt`` for different articles, and a
shared place made the newer one replace the older (yesterday's article gone from search). Real edits of
real articles count as versions; different articles on one topic (the seeds: Turkey's S-400 purchase;
BBC articles of one category, read from ../shared/corpus/bbc.jsonl, skipped when absent) never do."""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.store import same_article
from quotes.store.same_article import SHARED, is_version, same_title, shared_text

REPO = Path(__file__).resolve().parents[1]
BBC = Path(os.environ.get("QUOTES_BBC", REPO.parent / "shared" / "corpus" / "bbc.jsonl"))
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _edits(text: str, other: str) -> dict[str, str]:
    """The real edits a story goes through, ``other`` giving the new material (another article's text)."""
    paras = _paragraphs(text)
    head, body = paras[0], paras[1:] or paras
    words = text.split(" ")
    middle = len(words) // 2
    typo = " ".join(words[:middle] + [words[middle][::-1] + "x"] + words[middle + 1 :])
    longest = max(range(len(body)), key=lambda i: len(body[i]))
    grown = (other * (1 + 2 * len(text) // max(1, len(other))))[: 2 * len(text)]
    return {
        "typo": typo,
        "paragraph added at the top": "\n".join([head, _paragraphs(other)[-1], *body]),
        "longest paragraph cut": "\n".join([head, *body[:longest], *body[longest + 1 :]]),
        "live story grown 3x": "\n".join([head, grown, *body]),
        "correction appended": text + "\nCorrection: an earlier version of this article misspelt a name.\n",
        "headline changed": "\n".join(["Updated: " + " ".join(reversed(head.split())), *body]),
    }


def test_real_edits_of_an_article_are_versions_and_other_articles_on_its_topic_are_not():
    texts = [p.read_text() for p in SEEDS]
    for i, text in enumerate(texts):
        for name, edited in _edits(text, texts[(i + 1) % len(texts)]).items():
            assert is_version(text, None, edited, None), (SEEDS[i].name, name, shared_text(text, edited))
        for j, other in enumerate(texts[:i]):  # five articles on the S-400 purchase, two from one wire story
            assert not is_version(other, None, text, None), (SEEDS[j].name, SEEDS[i].name)
    assert 0.5 < shared_text(texts[0], texts[1]) < SHARED  # 000 and 001 rewrite one report: most shared pair


def test_shared_text_is_the_share_of_the_shorter_texts_shingles_and_ignores_case():
    text = SEEDS[0].read_text()
    lead = _paragraphs(text)[0]
    assert shared_text(text, text.upper()) == 1.0
    assert shared_text(lead, text) == shared_text(text, lead) == 1.0  # a live story grown: all of it still there
    assert shared_text("", text) == shared_text("S-400", "") == 0.0
    assert shared_text("Turkey buys S-400", "turkey buys s-400") == 1.0  # under five words: one shingle
    assert not is_version("Turkey buys S-400", None, "Turkey buys F-35", None)


def test_the_same_title_of_three_words_or_more_makes_a_version():
    story, other = SEEDS[0].read_text(), SEEDS[3].read_text()
    title = "Turkey to buy second S-400 regiment"
    assert is_version(story, title, other, " turkey to  buy second S-400 regiment")
    assert not is_version(story, "Live", other, "Live") and not same_title("News update", "News update")
    assert not same_title(None, title) and not is_version(story, title, other, None)


def test_a_long_text_is_compared_on_a_bounded_sample_taken_alike_in_both(monkeypatch: pytest.MonkeyPatch):
    """Above ``SAMPLE`` shingles both texts keep one shingle in n, chosen by its hash: a version still
    shares nearly all, another article still nearly nothing."""
    texts = [p.read_text() for p in SEEDS]
    grown = texts[0] + "\n" + texts[2] + texts[3] + texts[4]
    monkeypatch.setattr(same_article, "SAMPLE", 100)
    sampled = {}
    original = same_article._shingles
    monkeypatch.setattr(same_article, "_shingles", lambda ids, m: sampled.setdefault(len(ids), original(ids, m)))
    assert shared_text(texts[0], grown) >= SHARED
    assert all(len(s) < n / 3 for n, s in sampled.items())  # the sample, not every shingle
    assert shared_text(texts[3], texts[4]) < 0.1


@given(st.text(max_size=300), st.text(max_size=300))
def test_shared_text_is_symmetric_and_a_share(a: str, b: str):
    assert shared_text(a, b) == shared_text(b, a)
    assert 0.0 <= shared_text(a, b) <= 1.0
    assert shared_text(a, a) == (1.0 if same_article._WORD.search(a) else 0.0)


def _bbc() -> list[dict]:
    if not BBC.exists():
        pytest.skip(f"{BBC} is absent")
    seen: set[str] = set()
    return [r for line in BBC.open() if (r := json.loads(line))["text"] not in seen and not seen.add(r["text"])]


def _pairs_sharing(rows: list[dict]) -> dict[tuple[int, int], float]:
    """shared_text of every pair of articles of one category that share a shingle (the others share 0),
    counted through an index of shingles rather than pair by pair."""
    vocabulary: dict[str, int] = {}
    shingles = [
        same_article._shingles([vocabulary.setdefault(w, len(vocabulary)) for w in same_article._WORD.findall(
            r["text"].casefold())], 1)
        for r in rows
    ]
    holders: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(shingles):
        for g in s:
            holders[g].append(i)
    common: Counter = Counter()
    for docs in holders.values():
        for x in range(len(docs)):
            for y in docs[x + 1 :]:
                if rows[docs[x]]["category"] == rows[y]["category"]:
                    common[docs[x], y] += 1
    return {(a, b): n / min(len(shingles[a]), len(shingles[b])) for (a, b), n in common.items()}


def test_bbc_articles_of_one_category_are_not_versions_of_each_other_but_its_republished_stories_are():
    """2,127 distinct texts, 462,443 pairs of one category. The corpus republishes some stories,
    updated (a new headline, a result added): those are versions, every other pair is another article.
    Follow-up stories that reuse a day-old story's background paragraphs share up to 0.67 and are not."""
    rows = _bbc()
    shared = _pairs_sharing(rows)
    ids = {r["doc_id"]: i for i, r in enumerate(rows)}

    def score(a: str, b: str) -> float:
        x, y = sorted((ids[a], ids[b]))
        assert shared[x, y] == pytest.approx(shared_text(rows[x]["text"], rows[y]["text"]))
        return shared[x, y]

    follow_ups = [  # another day, another article: what a journalist keeps both of
        ("entertainment_163", "entertainment_152"),  # Early Elvis recordings go on sale / ... failed to sell
        ("politics_327", "politics_328"),  # Goldsmith denies war advice claim / Goldsmith: 'I was not leant on'
        ("tech_101", "tech_123"), ("entertainment_038", "entertainment_355"), ("politics_064", "politics_161"),
        ("politics_111", "politics_333"), ("politics_081", "politics_141"), ("sport_033", "sport_048"),
    ]
    for a, b in follow_ups:
        assert 0.1 < score(a, b) < SHARED, (a, b)
    updated = [  # one story republished as it developed: its versions
        ("politics_069", "politics_312"),  # Talks aim to avert pension strike / Stalemate in pension strike talks
        ("sport_424", "sport_511"),  # Roddick into San Jose final / Roddick to face Saulnier in final
        ("tech_153", "tech_185"),  # DS aims to touch gamers / Nintendo DS aims to touch gamers
    ]
    for a, b in updated:
        assert score(a, b) >= SHARED, (a, b)
    versions = sorted(s for s in shared.values() if s >= SHARED)
    assert len(versions) < 100 < 10_000 < len(shared)  # 71 versions of 10,569 pairs sharing any shingle
    assert not [s for s in shared.values() if 0.676 < s < SHARED]  # the gap between follow-ups and updates


def test_every_real_edit_of_every_bbc_article_is_a_version():
    rows = _bbc()
    weakest: dict[str, float] = {}
    for i, r in enumerate(rows):
        other = rows[i - 1]["text"]
        for name, edited in _edits(r["text"], other).items():
            weakest[name] = min(weakest.get(name, 1.0), shared_text(r["text"], edited))
    assert min(weakest.values()) >= SHARED, weakest
