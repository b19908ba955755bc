"""The ``quotes`` command: a thin argparse layer over the core.

Each command lives in its own module under ``quotes.cli`` and exposes
``register(subparsers)``; command modules import only argparse at load time
and pull in the heavy core inside their handlers, so ``quotes --help`` stays
fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Sequence
from types import ModuleType

__all__ = ["main", "build_parser"]

# Command modules, in the order their commands are listed in --help.
COMMAND_MODULES = (
    "extract", "ingest", "search", "show", "versions", "speakers", "variants", "compare", "timeline", "export", "reparse",
    "eval",
)
# Commands contributed by other packages (the Textual UI registers ``tui`` this way, so the
# core never imports it): entry points of this group name a module with ``register``.
PLUGIN_GROUP = "quotes.commands"


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keep the examples in descriptions as written."""


def build_parser() -> argparse.ArgumentParser:
    from quotes import __version__

    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find who said what in news text; store, search and compare quotes.",
        formatter_class=_Formatter,
        epilog="Run 'quotes COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"quotes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"quotes.cli.{name}").register(sub, _Formatter)
    for module in _plugin_modules():
        module.register(sub, _Formatter)
    return parser


def _plugin_modules() -> list[ModuleType]:
    from importlib.metadata import entry_points

    modules = []
    for ep in sorted(entry_points(group=PLUGIN_GROUP), key=lambda e: e.name):
        try:
            modules.append(ep.load())
        except ImportError as exc:  # a broken optional install must not take the CLI down
            print(f"quotes: command {ep.name!r} unavailable: {exc}", file=sys.stderr)
    return modules


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args, extra = parser.parse_known_args(_minus_words(parser, argv))
    if extra and isinstance(getattr(args, "query", None), list):  # "quotes search erdogan --limit 5 turkey": words too
        args.query += [word for word in extra if not word.startswith("-")]
        extra = [word for word in extra if word.startswith("-")]
    if extra:  # said by the command's own parser, with its usage (argparse would give the top level's)
        _command_parser(parser, getattr(args, "command", None)).error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped (quotes search | head): nothing more to say
        _drop_stdout()
        return 0
    except OSError as exc:  # the output cannot be written (a full disk, a closed terminal)
        _drop_stdout()
        where = f": {exc.filename}" if exc.filename else ""
        print(f"quotes {args.command}: stopped: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1


MINUS = "\u2212"
"""The minus sign (U+2212), which a query reads as "-": a word typed with a hyphen-minus that argparse would
take for an option ("-sanctions", "-nato" as -n ato) is handed to the command with it instead."""
_MINUS_WORD = re.compile(r"-[^\W\d_]")
_QUERY_OPTIONS = ("--query", "-q")


def _minus_words(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``argv`` with each query word typed with a minus sign ("quotes search erdogan -sanctions", "quotes export
    --query -sanctions") written with the minus sign that argparse reads as no option; an option of the command
    ("-n", "-n5", "-h") stays one."""
    command = _command_parser(parser, argv[0] if argv else None)
    if command is parser:
        return argv
    options = set(command._option_string_actions)
    short = tuple(o for o in options if len(o) == 2)
    words_are_query = any(a.dest == "query" and a.nargs == "*" for a in command._actions)  # quotes search QUERY ...
    out = argv[:1]
    for i, word in enumerate(argv[1:], 1):
        if word == "--":  # the rest is positional already
            return out + argv[i:]
        query = words_are_query or argv[i - 1] in _QUERY_OPTIONS
        option = word in options or (word.startswith(short) and word[2:3].isdigit())
        out.append(MINUS + word[1:] if query and not option and _MINUS_WORD.match(word) else word)
    return out


def _command_parser(parser: argparse.ArgumentParser, command: str | None) -> argparse.ArgumentParser:
    """The parser of ``quotes COMMAND`` (``parser`` itself when there is none)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            return action.choices[command]
    return parser


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit does not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (captured in tests, None)
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
