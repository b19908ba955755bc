"""The database schema as SQLModel tables (schema version 11).

These classes create the schema and are usable as ORM models; the store's
own queries are plain SQL over the same tables (see ``engine.py``). The
full-text index (FTS5 table and triggers on SQLite, a generated tsvector
column with a GIN index on PostgreSQL) is added by ``migrations.py``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index, Table, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

__all__ = [
    "Meta", "Document", "Publication", "Speaker", "Alias", "FacetCount", "Statement", "StatementBlock", "QuoteRow",
    "superseded_quotes", "metadata",
]


class Meta(SQLModel, table=True):
    """Key/value facts about the database itself, e.g. ``schema_version``."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class Document(SQLModel, table=True):
    """One article, stored once per distinct text (``sha256`` of the text)."""

    __tablename__ = "documents"
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, index=False)
    path: str | None = None
    url: str | None = None
    outlet: str | None = Field(default=None, index=True)
    title: str | None = None
    published: date | None = None
    ingested: datetime
    parser_version: str | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    dated_by: str | None = None
    """Where ``published`` came from (``quotes.provenance``): ``metadata`` is kept by a reparse."""
    titled_by: str | None = None
    superseded_by: int | None = None
    """The later version that replaced this one (a new text from the same file path or URL, see
    ``versions.py``); None for a current document. A superseded document's quotes are kept, as
    history, in ``superseded_quotes``."""


class Publication(SQLModel, table=True):
    """One place a stored text was published: its document's first (the document's own metadata)
    and every copy of the same text ingested later (a syndicated wire story in another outlet).

    ``match_key`` (the folded outlet and the URL) is unique per document: the same article
    ingested again, from any file, adds nothing.
    """

    __tablename__ = "publications"
    __table_args__ = (
        UniqueConstraint("document_id", "match_key"),
        # a text's place, where a later version supersedes it (``versions.py``)
        Index("ix_publications_path", "path"),
        Index("ix_publications_url", "url"),
    )
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id")
    match_key: str
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    title: str | None = None
    published: date | None = None
    dated_by: str | None = None
    titled_by: str | None = None


class Speaker(SQLModel, table=True):
    """A canonical speaker; ``folded`` is the name as the search matches it.

    ``quotes``/``documents`` are running totals (see ``stats.py``).
    """

    __tablename__ = "speakers"
    __table_args__ = (Index("ix_speakers_quotes", "quotes"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "unknown"
    folded: str = Field(index=True)
    quotes: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    documents: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class FacetCount(SQLModel, table=True):
    """Running totals of quotes per outlet, kind and year (``facet`` names which)."""

    __tablename__ = "facet_counts"
    facet: str = Field(primary_key=True)
    value: str = Field(primary_key=True)
    n: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))


class Alias(SQLModel, table=True):
    """Another name the speaker filter accepts for a speaker."""

    __tablename__ = "aliases"
    __table_args__ = (Index("ix_aliases_folded", "folded"),)
    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speakers.id")
    alias: str
    folded: str


class Statement(SQLModel, table=True):
    """One statement, reported by one or more quote occurrences.

    ``key`` is the normalised wording of its first occurrence, ``key_hash`` a
    64-bit hash of it for exact-match lookup; ``sources`` is a running total
    of the documents reporting it (see ``stats.py``).
    """

    __tablename__ = "statements"
    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int | None = Field(default=None, foreign_key="speakers.id")
    key: str = Field(sa_column=Column(Text, nullable=False))
    key_hash: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    text: str = Field(sa_column=Column(Text, nullable=False))
    sources: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class StatementBlock(SQLModel, table=True):
    """Blocking keys (speaker x characteristic word) for near-duplicate candidate lookup."""

    __tablename__ = "statement_blocks"
    block: int = Field(sa_column=Column(BigInteger, primary_key=True))
    statement_id: int = Field(primary_key=True, foreign_key="statements.id")


class QuoteRow(SQLModel, table=True):
    """One quote occurrence: every field of ``quotes.Quote`` plus provenance.

    ``published`` and ``outlet`` repeat the document's so that filters and
    facets need no join; ``search_text``/``search_speaker`` are the folded
    copies the full-text index covers.
    """

    __tablename__ = "quotes"
    __table_args__ = (
        # Each filter's index also carries the other facet columns, so filtered facets read only it.
        Index("ix_quotes_speaker_published", "speaker_id", "published", "kind", "outlet"),
        Index("ix_quotes_outlet_published", "outlet", "published", "kind", "speaker_id"),
        Index("ix_quotes_published", "published", "kind", "speaker_id", "outlet"),
        Index("ix_quotes_statement_document", "statement_id", "document_id"),
        Index("ix_quotes_document_start", "document_id", "start_char"),
        # Facets and counts of full-text matches look quotes up by id: this is narrower than the table.
        Index("ix_quotes_facets", "id", "speaker_id", "kind", "outlet", "published"),
    )
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id")
    statement_id: int | None = Field(default=None, foreign_key="statements.id")
    speaker_id: int | None = Field(default=None, foreign_key="speakers.id")
    text: str = Field(sa_column=Column(Text, nullable=False))
    start_char: int
    end_char: int
    kind: str = "direct"
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    via: str | None = None
    method: str | None = None
    confidence: float = 0.0
    utterance: int = 0
    parser_version: str | None = None
    published: date | None = None
    outlet: str | None = None
    search_text: str = Field(sa_column=Column(Text, nullable=False))
    search_speaker: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


superseded_quotes = Table(
    "superseded_quotes",
    SQLModel.metadata,
    *(column._copy() for column in QuoteRow.__table__.columns),  # type: ignore[attr-defined]
    Index("ix_superseded_quotes_document", "document_id"),
)
"""The quotes of superseded documents (``Document.superseded_by``): the columns of ``quotes``, the same
ids, out of every search, count and facet (which read ``quotes`` alone); ``QuoteDB.get`` still finds them."""

metadata = SQLModel.metadata
