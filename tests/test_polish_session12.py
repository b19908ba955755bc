"""Session 12 polish (what review12 noted and left): ``QuoteDB.stats()`` counts current documents, the
TUI says how to leave a word out, hides a column the database has no value for, and a reported clause
does not end inside a quotation it opens."""

from __future__ import annotations

from pathlib import Path

from quotes import QuoteDB

STORY = (
    "Turkey says it will not retreat on S-400\n\n"
    '"We will never back down," Foreign Minister Mevlut Cavusoglu said on Monday.\n'
)


def test_stats_counts_an_edited_article_once_and_its_earlier_versions_apart(db_url: str, tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    with QuoteDB(db_url) as db:
        db.ingest(story)
        assert db.stats()["documents"] == 1 and db.stats()["superseded"] == 0
        story.write_text(STORY.replace("will not retreat", "will not retreat, minister says"))
        db.ingest(story)
        assert len(db.versions(1)) == 2
        stats = db.stats()
        assert (stats["documents"], stats["superseded"], stats["quotes"]) == (1, 1, 1)
