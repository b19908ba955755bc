"""An article edited and ingested again is a second document (both kept as evidence), and the statements
the two versions share count both as sources: the ingest says so, naming the earlier document (it used to
say nothing, and a fixed typo made every quote of the story show twice, "reported by 2 sources"), on
SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from quotes import QuoteDB

STORY = (
    "Turkey says it will not retreat on S-400\n\n"
    '"We will never back down," Foreign Minister Mevlut Cavusoglu said on Monday.\n'
)


def _warnings(db: QuoteDB, path: Path) -> list[str]:
    report = db.ingest(path)
    assert report.ok, report.failed
    return [f"{w.path}: {w.reason}" for w in report.warnings]


def test_an_edited_article_ingested_again_is_named_as_a_second_version(db_url: str, tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    with QuoteDB(db_url) as db:
        assert _warnings(db, story) == []
        assert _warnings(db, story) == []  # the same text again: skipped, nothing to say
        story.write_text(STORY.replace("will not retreat", "will not retreat, minister says"))
        assert _warnings(db, story) == [
            f"{story}: stored before with another text (document 1): both versions are kept (documents 1 and 2),"
            " and the statements they share count each version as a source"
        ]
        (q,) = db.search('"never back down"', limit=1)
        assert q.sources == 2  # what the warning explains
        other = tmp_path / "other.txt"
        other.write_text(STORY.replace("Monday", "Tuesday"))
        assert _warnings(db, other) == []  # another file: another report, nothing to say


def test_a_feed_line_is_a_version_of_an_earlier_one_by_its_url_not_its_line_number(db_url: str, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"

    def edition(*items: tuple[str, str | None]) -> Path:
        feed.write_text("".join(json.dumps({"text": t, **({"url": u} if u else {})}) + "\n" for t, u in items))
        return feed

    with QuoteDB(db_url) as db:
        assert _warnings(db, edition((STORY, "https://example.org/s400"), (STORY.replace("Monday", "noon"), None))) == []
        updated = STORY.replace("said on Monday", "said on Monday, repeating his stance")
        other = STORY.replace("Monday", "Friday")
        assert _warnings(db, edition((other, None), (updated, "https://example.org/s400"))) == [
            f"{feed}:2: stored before with another text (document 1): both versions are kept (documents 1 and 4),"
            " and the statements they share count each version as a source"
        ]
