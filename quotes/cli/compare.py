"""``quotes compare SPEAKER SPEAKER...``: what several speakers said, side by side."""

from __future__ import annotations

import argparse

from ..plural import counted
from .database import (
    add_db_argument, add_filter_arguments, also_named, fail, filters_from, non_negative, open_db, print_table,
    unknown_speaker,
)

EXAMPLES = """examples:
  quotes compare Erdogan Pompeo
  quotes compare Erdogan "Mevlut Cavusoglu" --query sanctions
  quotes compare Erdogan Pompeo --query Russian --limit 5
  quotes compare Erdogan Cavusoglu --kind direct     # only their own words, no paraphrase
"""


def register(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "compare",
        help="compare what several speakers said (optionally on a topic)",
        description="For each SPEAKER (a name or any alias), list their quotes, optionally\n"
        "only those matching --query and the filters (those of search).\n\n" + EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("speakers", nargs="+", metavar="SPEAKER", help="speaker names or aliases")
    p.add_argument("--query", "-q", default="", help="only quotes with these words (-word: without it)")
    p.add_argument("--limit", "-n", type=non_negative, default=10, metavar="N", help="at most N quotes each (default 10)")
    add_filter_arguments(p, speaker=False)
    add_db_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from quotes.safe_text import terminal_safe

    db = open_db(args, "compare")
    if db is None:
        return 1
    try:
        filters = filters_from(args)
        result = db.compare(args.speakers, query=args.query, limit=args.limit, **filters)
        # whom each name selects, and how many of their quotes match: the list is cut at --limit
        selected = {name: db.speaker_names(name) for name in result}
        totals = {name: db.count(args.query, speaker=name, **filters) for name in result if selected[name]}
        links = {name: db.speaker_links(name) for name in result if selected[name]}  # followed by the filter
        others = {
            name: also_named(db, name, {*selected[name], *(n for link in links[name] for n in (link.surname, link.full_name))})
            for name in result if selected[name]
        }
    except ValueError as exc:
        return fail("compare", str(exc))
    finally:
        db.close()
    for i, (name, quotes) in enumerate(result.items()):
        if i:
            print()
        if not selected[name]:
            print(terminal_safe(f"== {name}: {unknown_speaker(name)}"))
            continue
        names = selected[name]
        label = name if names == [name] else f"{name} ({', '.join(names[:5])}{', …' if len(names) > 5 else ''})"
        for link in links[name]:  # an inferred alias the filter takes in: said, never merged silently
            label += f" + {link.surname if link.surname not in names else link.full_name} (inferred)"
        total = totals[name]
        shown = f", {len(quotes)} shown" if len(quotes) < total else ""
        print(terminal_safe(f"== {label}: {counted(total, 'quote')}{shown}"))
        for link in links[name]:
            print(terminal_safe(f"   ({link.surname!r}, a surname alone, is inferred to be {link.full_name}: {link.evidence})"))
        if others[name]:  # "Howard" is the speaker known only so, not Michael Howard
            listed = ", ".join(s.name for s in others[name][:5]) + (", …" if len(others[name]) > 5 else "")
            print(terminal_safe(f"   (not {listed}: give the whole name of the one you mean)"))
        whose = len(names) > 1 or bool(links[name])  # "Blair" is Ian, Selma and Tony Blair: each row says whose
        if quotes:
            print_table(
                ("ID", "DATE", *(("SPEAKER",) if whose else ()), "OUTLET", "KIND", "QUOTE"),
                [(q.id, q.published or "", *((q.speaker,) if whose else ()), q.outlet or "", q.kind, q.text) for q in quotes],
            )
    return 0 if all(selected.values()) else 1  # a name that selects nobody is an error a script must see
