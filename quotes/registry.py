"""The speaker registry: known people and organisations, their aliases and roles.

The registry is ``speakers.json`` in the data directory: shipped inside the
wheel as ``quotes/data`` and found at ``<repo>/data`` in an editable checkout.
Each entry::

    {"name": "Mike Pompeo", "kind": "person", "gender": "m",
     "aliases": ["Michael Pompeo"],
     "roles": [{"title": "Secretary of State", "from": 2018, "to": 2021}]}

``kind`` is "person" or "organisation"; ``gender`` ("m"/"f") is optional and
only used to match pronouns; ``to`` is omitted while the role is held.
Lookups compare folded names (see :func:`quotes.names.fold`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .names import fold, surname

__all__ = [
    "Role",
    "Speaker",
    "Registry",
    "RegistryError",
    "registry_path",
    "data_path",
    "load_registry",
    "default_registry",
]

KINDS = ("person", "organisation")


class RegistryError(ValueError):
    """The registry file is missing or malformed; the message says where."""


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    start: int | None = None
    end: int | None = None
    """Last year held; None while the role is held."""

    def held_in(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None


@dataclass(slots=True, eq=False)
class Registry:
    """Speakers indexed by folded name, alias and family name."""

    speakers: tuple[Speaker, ...] = ()
    _by_name: dict[str, Speaker] = field(default_factory=dict, repr=False)
    _by_surname: dict[str, list[Speaker]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for sp in self.speakers:
            for form in (sp.name, *sp.aliases):
                self._by_name.setdefault(fold(form), sp)
            if sp.kind == "person":
                for last in {surname(sp.name), *(surname(a) for a in sp.aliases if " " in a)}:
                    self._by_surname.setdefault(last, []).append(sp)

    def lookup(self, name: str) -> Speaker | None:
        """The speaker whose name or alias is ``name`` (folded comparison)."""
        return self._by_name.get(fold(name))

    def by_surname(self, name: str) -> list[Speaker]:
        """People whose family name is the last word of ``name``."""
        return self._by_surname.get(surname(name), [])

    def __len__(self) -> int:
        return len(self.speakers)


def registry_path(package_dir: Path | None = None) -> Path:
    """``speakers.json`` in the package's data/ (a wheel), else in the checkout's data/."""
    return data_path("speakers.json", package_dir)


def data_path(filename: str, package_dir: Path | None = None) -> Path:
    """A shipped data file: in the package's data/ (a wheel), else in the checkout's data/."""
    here = package_dir or Path(__file__).resolve().parent
    for base in (here / "data", here.parent / "data"):
        path = base / filename
        if path.is_file():
            return path
    raise RegistryError(f"{filename} not found in {here / 'data'} or {here.parent / 'data'}")


def _speaker(entry: object, where: str) -> Speaker:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise RegistryError(f"{where}: an entry needs a non-empty string 'name'")
    kind = entry.get("kind", "person")
    if kind not in KINDS:
        raise RegistryError(f"{where} ({entry['name']}): kind must be one of {KINDS}, not {kind!r}")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise RegistryError(f"{where} ({entry['name']}): aliases must be a list of strings")
    roles = []
    for r in entry.get("roles", []):
        if not isinstance(r, dict) or not isinstance(r.get("title"), str):
            raise RegistryError(f"{where} ({entry['name']}): each role needs a string 'title'")
        start, end = r.get("from"), r.get("to")
        if not all(y is None or isinstance(y, int) for y in (start, end)):
            raise RegistryError(f"{where} ({entry['name']}): role years must be integers")
        roles.append(Role(r["title"], start, end))
    gender = entry.get("gender")
    if gender not in (None, "m", "f"):
        raise RegistryError(f"{where} ({entry['name']}): gender must be 'm' or 'f'")
    return Speaker(entry["name"].strip(), kind, tuple(aliases), tuple(roles), gender)


def load_registry(path: str | Path | None = None) -> Registry:
    """Read a registry file (the shipped one by default); raises RegistryError when malformed."""
    path = Path(path) if path is not None else registry_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: not valid JSON: {exc}") from exc
    if not isinstance(data, list):
        raise RegistryError(f"{path}: expected a JSON list of speakers")
    return Registry(tuple(_speaker(e, f"{path} entry {i}") for i, e in enumerate(data)))


@cache
def default_registry() -> Registry:
    """The shipped registry, loaded once."""
    return load_registry()
