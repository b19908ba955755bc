"""Shared helpers for the TUI tests: a real SQLite database from the seeds, and waiting without sleeping."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from quotes import QuoteDB

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SIZE = (140, 40)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private current directory holding a copy of the seeds (paths then show as seeds/…)."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def empty_db(workdir: Path):
    db = QuoteDB(str(workdir / "quotes.sqlite"))
    yield db
    db.close()


@pytest.fixture
def seeded_db(empty_db: QuoteDB) -> QuoteDB:
    report = empty_db.ingest(["seeds"])
    assert report.ok and report.documents == 5
    return empty_db


async def settle(pilot) -> None:
    """Let messages, workers and the messages workers post run to completion.

    A DirectoryTree keeps a loader worker alive for its whole life; that one is not waited for.
    """
    from textual.worker import WorkerCancelled

    for _ in range(4):
        await pilot.pause()
        workers = [w for w in pilot.app.workers if w.group != "_loader"]
        if workers:  # an empty list would mean "every worker"
            try:
                await pilot.app.workers.wait_for_complete(workers)
            except WorkerCancelled:  # a search superseded by a newer one has settled too
                pass
    await pilot.pause()


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())
