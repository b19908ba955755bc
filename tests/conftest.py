"""Shared fixtures: the seed folder and fresh databases on SQLite and a real PostgreSQL.

``db_url`` is parametrised over both backends. PostgreSQL comes from
``$QUOTES_TEST_PG_URL`` (e.g. ``postgresql+psycopg://quotes@127.0.0.1:55432/postgres``):
each test module gets its own fresh database, each test a fresh schema in it.
Without a reachable server those tests skip with the reason, unless
``QUOTES_REQUIRE_PG=1`` (set by .ci/run), where they fail.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PG_ENV = "QUOTES_TEST_PG_URL"


def _conninfo(url: str) -> str:
    return re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql://", url)


def _with_database(url: str, name: str, schema: str | None = None) -> str:
    parts = urlsplit(url)
    query = parts.query
    if schema:
        query = "&".join(filter(None, [query, "options=" + quote(f"-csearch_path={schema}")]))
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, query, ""))


def _unavailable(reason: str) -> None:
    if os.environ.get("QUOTES_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL is required (QUOTES_REQUIRE_PG=1) but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


POLNEAR_DEV = Path(os.environ.get("QUOTES_POLNEAR", Path(__file__).resolve().parents[2] / "shared/eval/polnear")) / "dev.jsonl"


@pytest.fixture(scope="session")
def polnear_dev_report():
    """``quotes eval`` of PolNeAR dev (read from ../shared), computed once; skips when absent."""
    if not POLNEAR_DEV.is_file():
        pytest.skip(f"PolNeAR dev not found at {POLNEAR_DEV}")
    from quotes.evaluate import evaluate, load_gold

    return evaluate(load_gold(POLNEAR_DEV))


@pytest.fixture(scope="module")
def pg_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database for this test module (dropped afterwards); its URL."""
    base = os.environ.get(PG_ENV)
    if not base:
        _unavailable(f"${PG_ENV} is not set (e.g. postgresql+psycopg://user@127.0.0.1:5432/postgres)")
    import psycopg

    try:
        admin = psycopg.connect(_conninfo(base), autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        _unavailable(f"cannot connect to ${PG_ENV}={base}: {exc}".strip())
    name = "quotes_test_" + re.sub(r"\W", "_", request.module.__name__.rsplit(".", 1)[-1])[:30] + "_" + uuid.uuid4().hex[:8]
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield _with_database(base, name)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: an SQLite file, or a fresh schema in this module's PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "quotes.sqlite")
        return
    import psycopg

    database = request.getfixturevalue("pg_database")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(_conninfo(database), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield _with_database(database, urlsplit(database).path.lstrip("/"), schema)


@pytest.fixture
def db(db_url: str):
    from quotes import QuoteDB

    with QuoteDB(db_url) as database:
        yield database


@pytest.fixture
def seeded(db, seeds: Path):
    """A database holding the five seed articles."""
    report = db.ingest([seeds])
    assert report.ok, report.failed
    return db


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``quotes ARGS`` in-process against a fresh database (via $QUOTES_DB): (exit status, stdout, stderr)."""
    from quotes.cli import main

    monkeypatch.setenv("QUOTES_DB", db_url)

    def run(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run
