"""A PostgreSQL login that may only read (an analyst's account on the newsroom's database): searches
answer, and an ingest stops at once with one clear line. It used to parse every article, try each one
alone and print "failed: FILE:N: InsufficientPrivilege: permission denied for table documents" once per
article (50 lines for 50 new articles; thousands for a corpus)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from quotes import QuoteDB
from quotes.cli import main

pytestmark = pytest.mark.postgres


@pytest.fixture
def reader_url(pg_database: str, seeds: Path, request: pytest.FixtureRequest):
    """The seeds stored in a fresh schema; a URL of the same database for a role that may only read it."""
    import psycopg

    from quotes.store.engine import PostgresBackend

    schema = "t_" + uuid.uuid4().hex[:12]
    role = "quotes_reader_" + uuid.uuid4().hex[:8]
    conninfo = PostgresBackend.conninfo(pg_database)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    parts = urlsplit(pg_database)
    owner = urlunsplit(parts._replace(query=f"options=-csearch_path%3D{schema}"))
    with QuoteDB(owner) as db:
        assert db.ingest([seeds]).ok
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    host = parts.netloc.rsplit("@", 1)[-1]
    try:
        yield urlunsplit(parts._replace(netloc=f"{role}@{host}", query=f"options=-csearch_path%3D{schema}"))
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")


def test_a_role_that_may_only_read_searches_and_is_stopped_once_at_ingest(
    reader_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["search", '"clear signal"', "--db", reader_url]) == 0
    assert "Mike Pompeo" in capsys.readouterr().out
    feed = tmp_path / "new.jsonl"
    feed.write_text("".join(
        json.dumps({"text": f'"Fresh words number {i} are here," the minister said on Monday.'}) + "\n" for i in range(20)
    ))
    assert main(["ingest", str(feed), "--db", reader_url, "-q"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "quotes ingest: stopped: InsufficientPrivilege: permission denied for table documents. What was stored"
        " before is kept; run the same command again to finish."
    ]
