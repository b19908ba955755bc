"""Database URLs and the thin DB-API layer the store runs its SQL through.

Queries are plain SQL with ``:name`` parameters executed on the driver's own
connection (``sqlite3`` or ``psycopg``): the hot paths (search, bulk insert)
stay fast and ``quotes search`` starts without importing SQLAlchemy. The
SQLModel table definitions in ``tables.py`` define the schema (``sqlite_schema.py`` holds their
SQLite DDL, checked equal by a test).
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["Backend", "SqliteBackend", "PostgresBackend", "resolve_url", "open_backend", "storage_failure", "locked"]

ENV_VAR = "QUOTES_DB"
BUSY_TIMEOUT = 30.0
"""Seconds a SQLite statement waits for another connection's write lock before it fails."""
_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")
"""A URL scheme (``mysql://``, ``https://``): only SQLite's and PostgreSQL's are databases here."""



def _null(value: None) -> None:
    return None


# ``sqlite3`` looks for an adapter for every parameter that is not an int, float, str or bytes, and
# for None finds none only after a failed attribute lookup that formats an AttributeError: 4% of an
# ingest's store time (a quote has up to 8 NULL columns), 2x the cost of calling this. The same NULL
# is bound; the registration is process-wide (sqlite3 has no other) and changes nothing for any
# other use of sqlite3 in the process.
sqlite3.register_adapter(type(None), _null)


def resolve_url(url: str | os.PathLike[str] | None = None) -> str:
    """The database to open: ``url``, else ``$QUOTES_DB``, else a file in the user data dir.

    A plain path means SQLite (``~`` is the home folder, as a shell would expand it);
    ``postgresql[+psycopg]://...`` means PostgreSQL; ``sqlite:///path`` is accepted too; any
    other ``scheme://`` is a ValueError (it would otherwise become a folder named after the scheme).
    """
    if url is None or str(url) == "":
        url = os.environ.get(ENV_VAR) or None
    if url is None:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("quotes"))
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder / "quotes.sqlite")
    url = os.fspath(url)
    scheme = _SCHEME.match(url)
    if scheme and not is_postgres(url) and not url.startswith("sqlite:"):
        raise ValueError(
            f"unsupported database URL {url!r}: give a file path (SQLite), sqlite:///PATH"
            " or postgresql+psycopg://USER@HOST/DB"
        )
    if url.startswith("sqlite:///~"):  # a home folder no shell expanded ($QUOTES_DB in a config file)
        return "sqlite:///" + os.path.expanduser(url[len("sqlite:///") :])
    return url if scheme else os.path.expanduser(url)


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql:", "postgresql+", "postgres:"))


def sqlite_path(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite://"):
        return url[len("sqlite://") :] or ":memory:"
    return url


class Backend:
    """One open connection plus the SQL that differs between databases."""

    name: str
    url: str

    def __init__(self, url: str) -> None:
        self.url = url

    # --- execution -------------------------------------------------------
    def execute(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Mapping[str, Any]]) -> None:
        raise NotImplementedError

    def executemany_rows(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """``executemany`` with ``?`` placeholders and tuples: cheaper than named parameters for bulk inserts."""
        raise NotImplementedError

    def rows_of(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        """All rows of ``sql`` with ``?`` placeholders (e.g. a multi-row ``INSERT ... RETURNING``)."""
        raise NotImplementedError

    def rows(self, sql: str, params: Mapping[str, Any] = {}) -> list[tuple]:  # noqa: B006
        return self.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Mapping[str, Any] = {}) -> Any:  # noqa: B006
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def stream(self, sql: str, params: Mapping[str, Any], size: int = 2000) -> Iterator[tuple]:
        """Rows of a large result, fetched ``size`` at a time."""
        cur = self.execute(sql, params)
        while batch := cur.fetchmany(size):
            yield from batch

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def schema_lock(self) -> AbstractContextManager[None]:
        """Held while the schema is created or migrated: another process opening the database
        at the same moment waits, then finds the schema made (two ``quotes ingest`` started at once)."""
        return self.transaction()  # SQLite: BEGIN IMMEDIATE, the database's write lock

    def close(self) -> None:
        raise NotImplementedError

    def sqlalchemy_url(self) -> str:
        raise NotImplementedError

    def table_names(self) -> set[str]:
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        raise NotImplementedError

    def is_own_file(self, target: Path) -> bool:
        """Whether ``target`` is the database's file (or its journal): never an article, never a CSV to write."""
        return False


class SqliteBackend(Backend):
    name = "sqlite"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.path = sqlite_path(url)
        if self.path != ":memory:":
            parent = Path(self.path).parent
            parent.mkdir(parents=True, exist_ok=True)
        self.read_only = False
        """Never written: a WAL database in a folder this process may not write (opened as an unchanging
        snapshot), or a file it may not write (mode 444): read as it is, ingest and reparse refused."""
        self.read_only_reason = ("", "")
        """Why, and what to do, in words, when ``read_only``."""
        self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        try:
            ours = self.path != ":memory:" and self._empty_or_ours()
        except sqlite3.OperationalError as exc:
            if not self._read_only_folder(exc):
                raise
            # SQLite cannot read a WAL database without making its shared-memory file beside it; a
            # database on a read-only share or mount is still read, as the snapshot it is.
            self.conn.close()
            uri = "file:" + quote(str(Path(self.path).resolve())) + "?immutable=1"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self.read_only = True
            self.read_only_reason = ("its folder cannot be written", "copy it to a writable folder to add to it")
            ours = False
        if ours:
            self._enter_wal()
        if not self.read_only and self.path != ":memory:" and not os.access(self.path, os.W_OK):
            # SQLite opens such a file read-only and says so only at the first write, after the parse
            self.read_only = True
            self.read_only_reason = ("the file may not be written", "make it writable (chmod u+w) or copy it to add to it")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        # The declared foreign keys are not enforced here (SQLite's default): the store keeps them
        # consistent itself, and checking them costs a fifth of the insert time. PostgreSQL checks.
        self.conn.execute("PRAGMA cache_size = -65536")
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self._depth = 0

    def _enter_wal(self) -> None:
        """Put the database in WAL mode. Processes opening a new database at once can each hold the
        read lock the switch must upgrade: SQLite then answers "database is locked" at once, without
        waiting (a deadlock), so the switch is tried again until the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if not locked(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.005)

    def is_own_file(self, target: Path) -> bool:
        if self.path == ":memory:":
            return False
        try:
            database, target = Path(self.path).resolve(), target.expanduser().resolve()
        except (OSError, ValueError, RuntimeError):  # a name the OS refuses: opening it will say why
            return False
        return target.parent == database.parent and target.name in {
            database.name + suffix for suffix in ("", "-wal", "-shm", "-journal")
        }

    def _read_only_folder(self, exc: sqlite3.OperationalError) -> bool:
        """Whether ``exc`` is SQLite refusing to write beside a database whose folder is read-only,
        and the file alone holds the database (a snapshot would leave out what a -wal file holds)."""
        # SQLITE_READONLY (a folder this user may not write), SQLITE_CANTOPEN (a read-only file system:
        # the shared-memory file cannot be made, whoever the user is)
        readonly = (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (8, 14)
        if not readonly or self.path == ":memory:" or os.access(Path(self.path).parent, os.W_OK):
            return False
        wal = Path(self.path + "-wal")
        return not (wal.exists() and wal.stat().st_size > 0)

    def _empty_or_ours(self) -> bool:
        """Whether the file is new or a quotes database: WAL mode is a lasting change to the file,
        not to be made to another program's database (the schema check then refuses it)."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return "meta" in tables or not {t for t in tables if not t.startswith("sqlite_")}

    def execute(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Mapping[str, Any]]) -> None:
        self.conn.executemany(sql, rows)

    def executemany_rows(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def rows_of(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction; nested, a savepoint (so one document can fail inside a batch).

        SQLite rolls a whole transaction back by itself on some errors (disk full,
        I/O error): rollbacks here run only while a transaction is open, so the
        caller sees that error, not "cannot rollback - no transaction is active".
        """
        if self._depth:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO {name}")
                raise
            finally:
                self._depth -= 1
                if self.conn.in_transaction:
                    self.conn.execute(f"RELEASE {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        self.conn.close()

    def sqlalchemy_url(self) -> str:
        return f"sqlite:///{self.path}"

    def table_names(self) -> set[str]:
        return {r[0] for r in self.rows("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.rows(f"PRAGMA table_info({table})")]


class PostgresBackend(Backend):
    name = "postgres"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError(
                "PostgreSQL needs psycopg: pip install 'quotes[postgres]'"
            ) from exc
        self.conn = psycopg.connect(self.conninfo(url), autocommit=True)
        self._depth = 0
        """Transactions open (``transaction()`` nests): a connection lost inside one is never replaced."""
        self._sql_cache: dict[str, str] = {}
        self._positional_cache: dict[str, str] = {}

    @staticmethod
    def conninfo(url: str) -> str:
        return re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql://", url)

    def _convert(self, sql: str) -> str:
        out = self._sql_cache.get(sql)
        if out is None:
            out = _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))
            self._sql_cache[sql] = out
        return out

    def _reconnected(self, exc: Exception | None = None) -> bool:
        """Open the connection again when the server dropped it (a restart, a cut network, an idle
        timeout) and no transaction was using it: a long session (the TUI) answers again instead of
        failing until it is restarted. ``exc``: the error a statement just raised."""
        import psycopg

        if self._depth or not self.conn.broken or (exc is not None and not isinstance(exc, psycopg.OperationalError)):
            return False
        self.conn = psycopg.connect(self.conninfo(self.url), autocommit=True)
        return True

    def execute(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Any:
        self._reconnected()
        query, args = (sql, None) if not params else (self._convert(sql), params)  # no parameters: no %% escaping
        try:
            return self.conn.execute(query, args)
        except Exception as exc:
            # a read that met a dropped connection is asked once more on a new one; a write is not
            # (it may have been done): it fails, and the next statement gets the new connection
            if sql.lstrip()[:6].upper() == "SELECT" and self._reconnected(exc):
                return self.conn.execute(query, args)
            raise

    def executemany(self, sql: str, rows: Iterable[Mapping[str, Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._convert(sql), list(rows))

    def _positional(self, sql: str) -> str:
        out = self._positional_cache.get(sql)
        if out is None:
            out = self._positional_cache[sql] = sql.replace("%", "%%").replace("?", "%s")
        return out

    def executemany_rows(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._positional(sql), list(rows))

    def rows_of(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        return self.conn.execute(self._positional(sql), params).fetchall()

    def stream(self, sql: str, params: Mapping[str, Any], size: int = 2000) -> Iterator[tuple]:
        # A named (server-side) cursor keeps memory flat; it needs a transaction.
        with self.conn.transaction():
            with self.conn.cursor(name="quotes_stream") as cur:
                cur.execute(self._convert(sql), params or None)
                while batch := cur.fetchmany(size):
                    yield from batch

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._reconnected()
        self._depth += 1
        try:
            with self.conn.transaction():
                yield
        finally:
            self._depth -= 1

    @contextmanager
    def schema_lock(self) -> Iterator[None]:
        # A session advisory lock per schema: the tables are made on another connection (SQLAlchemy).
        key = "SELECT 2025112201, hashtext(current_schema())"
        self.conn.execute(f"SELECT pg_advisory_lock(k, h) FROM ({key}) AS x(k, h)")
        try:
            yield
        finally:
            self.conn.execute(f"SELECT pg_advisory_unlock(k, h) FROM ({key}) AS x(k, h)")

    def close(self) -> None:
        self.conn.close()

    def sqlalchemy_url(self) -> str:
        return re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql+psycopg://", self.url)

    def table_names(self) -> set[str]:
        return {
            r[0]
            for r in self.rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            )
        }

    def columns(self, table: str) -> list[str]:
        return [
            r[0]
            for r in self.rows(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position",
                {"t": table},
            )
        ]


def open_backend(url: str) -> Backend:
    return PostgresBackend(url) if is_postgres(url) else SqliteBackend(url)


# SQLite result codes (the low byte) that mean no write can succeed: BUSY, LOCKED, NOMEM, READONLY,
# IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
_SQLITE_STORAGE = frozenset({5, 6, 7, 8, 10, 11, 13, 14, 26})


def locked(exc: BaseException) -> bool:
    """Whether ``exc`` says another connection held a lock for too long (SQLite BUSY or LOCKED,
    PostgreSQL's ``lock_timeout``)."""
    if isinstance(exc, sqlite3.OperationalError):
        return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (5, 6)
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.errors.LockNotAvailable)


def storage_failure(exc: BaseException) -> bool:
    """Whether ``exc`` says the database cannot be written at all (full, read-only, broken, gone),
    as opposed to one document that could not be stored."""
    if isinstance(exc, sqlite3.Error):
        return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in _SQLITE_STORAGE
    psycopg = sys.modules.get("psycopg")
    if psycopg is None:
        return False
    errors = psycopg.errors
    # InsufficientPrivilege: a role that may only read (an analyst's login, a reporting replica's)
    return isinstance(
        exc, (psycopg.OperationalError, errors.ReadOnlySqlTransaction, errors.InsufficientPrivilege)
    ) and not isinstance(exc, errors.TransactionRollback)
