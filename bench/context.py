"""What every benchmark family shares: settings, the corpora and the work directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .corpus import BaseCorpus, ScaleCorpus, build_scale, load_base

__all__ = ["Settings", "Context"]


@dataclass(frozen=True)
class Settings:
    quick: bool
    runs: int
    """Repetitions behind each median."""
    target_quotes: int
    """Size of the scale corpus in quotes."""
    base_limit: int | None
    """Articles of the base corpus to use (None: all)."""
    profile: bool
    rebuild: bool


@dataclass
class Context:
    repo: Path
    workdir: Path
    settings: Settings
    _base: BaseCorpus | None = None
    _scale: ScaleCorpus | None = None
    quotes_per_pass: int | None = None
    """Quotes ``quotes.extract`` finds in one pass over the base corpus."""
    scale_db_built: bool = False
    """Whether this run (re)built the scale database, so its ingest figures are fresh."""
    rebuilt: set[Path] = field(default_factory=set)
    """The cached databases this run built: ``--rebuild`` rebuilds each once, not once per family."""
    fingerprints: dict[str, str] = field(default_factory=dict)
    """Per corpus file: the sources' fingerprint its cached database must carry (see ingest)."""
    facts: dict[str, str] = field(default_factory=dict)
    """Corpus and database facts for the report, in the order learnt."""
    db_size: str = "?"
    """The scale database's size in words ("1,013,550 quotes") for row labels."""

    @property
    def base(self) -> BaseCorpus:
        if self._base is None:
            self._base = load_base(self.repo, self.workdir, self.settings.base_limit)
            self.facts["base corpus"] = self._base.name
        return self._base

    def count_quotes_per_pass(self) -> int:
        if self.quotes_per_pass is None:
            from quotes import extract

            self.quotes_per_pass = sum(len(extract(t)) for t in self.base.texts)
        return self.quotes_per_pass

    @property
    def scale(self) -> ScaleCorpus:
        if self._scale is None:
            qpp = self.count_quotes_per_pass()
            self._scale = build_scale(self.base, qpp, self.settings.target_quotes, self.workdir)
            s = self._scale
            self.facts["scale corpus"] = (
                f"{s.replicas} copies of the base corpus with distinct ids, dates and datelines: "
                f"{s.documents:,} articles, {s.megabytes:,.0f} MB, about {s.quotes:,} quotes "
                f"({qpp:,} per copy by quotes.extract)"
            )
        return self._scale
