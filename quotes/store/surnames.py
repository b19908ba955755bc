"""Surname-only speakers linked to the one full name they stand for, as an inferred alias.

An article that never gives a first name files its quotes under the surname alone: over the BBC
corpus "Parry" (47 quotes, in articles about Liverpool) stands apart from "Rick Parry" (11), and a
filter on "Rick Parry" missed most of his words. The two stay two speakers (never merged: the
inference can be wrong, and it is shown as such); the speaker filter follows the link both ways
and says so. A surname-only speaker ``S`` is linked to a full-name speaker ``F`` when

- ``F`` is the only person with two names or more whose last name is ``S``, or holds ``DOMINANCE``
  times as many quotes as all the others together ("Howard", 6 quotes of "Mr Howard" in articles
  that never give his first name, and Michael Howard, 358, beside John, Tim, Andrew and Dominic
  Howard, 6 together; a database holding Ian Blair, 12, and Tony Blair, 40, links no "Blair"), and
- they co-occur: one article quotes both, or ``MIN_CO_NAMED`` other people or more are quoted both
  in an article quoting ``S`` and in one quoting ``F`` (Parry and Rick Parry: Steve Morgan and
  Steven Gerrard). One shared person is not enough: "Tory" (a party, misread as a speaker) and
  "Will Tory" share Michael Howard.

Over the BBC corpus (session 9's parse) this links 13 surnames (83 quotes; "Howard" by dominance),
each of them right on reading; it leaves out 5 with one person in common, 4 of them wrong. The links are computed from what is stored when
a filter asks (a few indexed queries, and a scan of the speakers' names only when a surname-only
speaker exists), so the order of ingest cannot matter and a reparse needs nothing rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotes.results import SpeakerLink

from .engine import Backend

__all__ = ["DOMINANCE", "MIN_CO_NAMED", "speaker_links", "all_speaker_links"]

MIN_CO_NAMED = 2
"""Other people quoted in both speakers' articles that link a surname to a full name."""
DOMINANCE = 10
"""How many times the others' quotes a full name must hold to be the one a surname stands for."""
_NOT_PEOPLE = ("organisation", "place", "group")
_SHOWN = 3
"""Co-named people named in a link's evidence."""


def speaker_links(b: Backend, ids: Iterable[int], why: bool = True) -> list[SpeakerLink]:
    """The inferred links of the speakers ``ids``: to their surname-only speaker when they are the
    one full name of it, to their full name when they are a surname-only speaker; by name.
    ``why=False`` (a filter, which needs only the ids) leaves each link's evidence empty and stops
    reading the articles as soon as the link is certain."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return []
    rows = b.rows(f"SELECT id, folded, kind FROM speakers WHERE id IN ({', '.join(map(str, ids))})")
    surnames = {i: f for i, f, k in rows if f and " " not in f and k not in _NOT_PEOPLE}
    lasts = {f.rsplit(" ", 1)[1] for _, f, k in rows if f and " " in f and k == "person"}
    if lasts:  # the surname-only speakers a full name may stand for
        found = b.rows(
            f"SELECT id, folded, kind FROM speakers WHERE folded IN ({', '.join(f':l{i}' for i in range(len(lasts)))})"
            " AND quotes > 0",
            {f"l{i}": last for i, last in enumerate(sorted(lasts))},
        )
        surnames.update({i: f for i, f, k in found if k not in _NOT_PEOPLE})
    links = []
    for sid, surname in sorted(surnames.items()):
        full = _one_full_name(_full_names(b, surname))
        if full is None or (sid not in ids and full[0] not in ids):
            continue
        fid, full_name = full
        if (evidence := _evidence(b, sid, fid, why)) is not None:
            name = b.scalar("SELECT name FROM speakers WHERE id = :i", {"i": sid})
            links.append(SpeakerLink(name, full_name, evidence, sid, fid))
    return sorted(links, key=lambda link: (link.full_name, link.surname))


def all_speaker_links(b: Backend) -> list[SpeakerLink]:
    """Every inferred link of the database (one pass over the speakers' names), by full name."""
    one_word: dict[str, list[tuple[int, str]]] = {}
    full: dict[str, list[tuple[int, str, int]]] = {}
    for i, name, folded, kind, quotes in b.rows(
        "SELECT id, name, folded, kind, quotes FROM speakers WHERE quotes > 0 ORDER BY id"
    ):
        if folded and " " not in folded and kind not in _NOT_PEOPLE:
            one_word.setdefault(folded, []).append((i, name))
        elif folded and " " in folded and kind == "person":
            full.setdefault(folded.rsplit(" ", 1)[1], []).append((i, name, quotes))
    links = [
        SpeakerLink(name, full_name, evidence, sid, fid)
        for surname, speakers in one_word.items()
        if (found := _one_full_name(full.get(surname, []))) is not None
        for fid, full_name in [found]
        for sid, name in speakers
        if (evidence := _evidence(b, sid, fid)) is not None
    ]
    return sorted(links, key=lambda link: (link.full_name, link.surname))


def _full_names(b: Backend, surname: str) -> list[tuple[int, str, int]]:
    """(id, name, quotes) of the quoted people with two names or more, the last one ``surname`` (folded)."""
    pattern = "% " + surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [
        (i, n, q)
        for i, n, q in b.rows(
            "SELECT id, name, quotes FROM speakers WHERE folded LIKE :p ESCAPE '\\' AND kind = 'person' AND quotes > 0",
            {"p": pattern},
        )
    ]


def _one_full_name(full: list[tuple[int, str, int]]) -> tuple[int, str] | None:
    """(id, name) of the full name a surname stands for among ``full`` (id, name, quotes): the only
    one, or the one with ``DOMINANCE`` times the quotes of all the others together."""
    if not full:
        return None
    top = max(full, key=lambda f: (f[2], -f[0]))
    others = sum(q for i, _, q in full if i != top[0])
    return (top[0], top[1]) if top[2] >= DOMINANCE * others else None


def _evidence(b: Backend, surname_id: int, full_id: int, why: bool = True) -> str | None:
    """Why the two are one person, in words ("" when not ``why``); None when nothing says so. Read from the articles of the
    one with fewer quotes: the other may be quoted in thousands ("Michael Howard" on 1M quotes:
    listing everyone quoted beside him took 80 ms for each speaker filter)."""
    counts = dict(b.rows("SELECT id, quotes FROM speakers WHERE id IN (:s, :f)", {"s": surname_id, "f": full_id}))
    few, many = sorted((surname_id, full_id), key=lambda i: (counts.get(i) or 0, i))
    docs = ", ".join(str(d) for (d,) in b.rows("SELECT DISTINCT document_id FROM quotes WHERE speaker_id = :x", {"x": few}))
    if not docs:
        return None
    if b.rows(f"SELECT 1 FROM quotes WHERE document_id IN ({docs}) AND speaker_id = :m LIMIT 1", {"m": many}):
        return "quoted in the same article" if why else ""
    # the people quoted beside the one, each asked whether an article of theirs quotes the other
    beside = b.rows(
        "SELECT s.id, s.name FROM speakers s WHERE s.kind = 'person' AND s.id NOT IN (:s, :f)"
        f" AND s.id IN (SELECT speaker_id FROM quotes WHERE document_id IN ({docs}))",
        {"s": surname_id, "f": full_id},
    )
    both = []
    for i, name in beside:
        if b.rows(
            "SELECT 1 FROM quotes a WHERE a.speaker_id = :p"
            " AND EXISTS (SELECT 1 FROM quotes c WHERE c.document_id = a.document_id AND c.speaker_id = :m) LIMIT 1",
            {"p": i, "m": many},
        ):
            both.append(name)
            if not why and len(both) == MIN_CO_NAMED:
                return ""
    both.sort()
    if len(both) < MIN_CO_NAMED:
        return None
    shown = ", ".join(both[:_SHOWN]) + (f" and {len(both) - _SHOWN} more" if len(both) > _SHOWN else "")
    return f"quoted with the same people: {shown}"
