"""``python -m bench --rebuild`` builds each cached database once per run, however many families ask."""

from __future__ import annotations

import json
from pathlib import Path

from bench.context import Context, Settings
from bench.ingest import _cached_database

REPO = Path(__file__).resolve().parent.parent


def test_rebuild_builds_a_cached_database_once_per_run(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "outlet": "BBC News", "text": 'Tony Blair said: "We will win the election."'}) + "\n",
        encoding="utf-8",
    )
    settings = Settings(quick=True, runs=1, target_quotes=10, base_limit=None, profile=False, rebuild=True)
    ctx = Context(REPO, tmp_path, settings)
    first = _cached_database(ctx, corpus, 0.0, build=True)
    assert first is not None and first["fresh"] and first["quotes"] == 1
    built = Path(first["db"]).stat().st_mtime_ns
    # the query, export, TUI and startup families each ask for it after the ingest family
    for _ in range(3):
        again = _cached_database(ctx, corpus, 0.0, build=True)
        assert again is not None and not again["fresh"]
        assert Path(again["db"]).stat().st_mtime_ns == built
    # the next run rebuilds it again
    next_run = Context(REPO, tmp_path, settings)
    assert _cached_database(next_run, corpus, 0.0, build=True)["fresh"]
