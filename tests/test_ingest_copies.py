"""A wire story republished word for word by another outlet: stored once, and the ingest says that
the second outlet's copy is not recorded (it was a bare "skipped (already stored)")."""

from __future__ import annotations

import json
from pathlib import Path

from quotes import QuoteDB

TEXT = '"We will cut taxes for every family," the finance minister, Jane Doe, said on Tuesday.'


def _feed(path: Path, *outlets: tuple[str, str]) -> Path:
    path.write_text("".join(json.dumps({"text": TEXT, "outlet": o, "url": u}) + "\n" for o, u in outlets))
    return path


def test_a_copy_from_another_outlet_is_named_in_a_warning(db_url: str, tmp_path: Path):
    feed = _feed(tmp_path / "wire.jsonl", ("AP", "https://ap.example/1"), ("Daily Example", "https://daily.example/x"))
    with QuoteDB(db_url) as db:
        report = db.ingest([feed])
        assert (report.documents, report.skipped, report.failed) == (1, 1, [])
        (warning,) = report.warnings
        assert warning.path == f"{feed}:2"
        assert "(AP, https://ap.example/1) is stored once" in warning.reason
        assert "this copy (Daily Example, https://daily.example/x) is not recorded" in warning.reason
        again = db.ingest([feed])  # still not recorded: said again; the AP line is the stored one: nothing
        assert again.skipped == 2 and [w.path for w in again.warnings] == [f"{feed}:2"]


def test_the_same_article_again_or_a_copy_without_metadata_is_no_warning(db_url: str, tmp_path: Path):
    feed = _feed(tmp_path / "wire.jsonl", ("AP", "https://ap.example/1"))
    same = _feed(tmp_path / "again.jsonl", ("ap", "https://ap.example/1"))  # the outlet in another case
    (tmp_path / "copy.txt").write_text(TEXT)
    with QuoteDB(db_url) as db:
        assert db.ingest([feed]).documents == 1
        report = db.ingest([same, tmp_path / "copy.txt"])
        assert report.skipped == 2 and report.warnings == []
