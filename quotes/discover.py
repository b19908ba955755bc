"""Finding article files in folders without tripping on what else a folder may hold.

:func:`iter_files` walks files and folders in sorted order and yields the
article files to read, or an :class:`~quotes.results.IngestFailure` naming
anything it had to leave out and why: symbolic link loops, broken links,
folders or files it may not read, named pipes and devices (opening a pipe
would block forever), empty files, files too large to be an article, binary
files (a PNG or a zip, whatever their name) and unsupported file types.
Hidden entries (``.git``, ``.DS_Store``) and metadata sidecars (``NAME.json``
beside ``NAME.txt``) are skipped silently. Symbolic links to folders are
followed, each real folder read once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.results import IngestFailure
from quotes.textio import binary_kind

__all__ = ["iter_files", "MAX_ARTICLE_BYTES", "SIDECAR"]

MAX_ARTICLE_BYTES = 16 * 1024 * 1024
"""A .txt or .html file above this is not one article (the longest news features are well under 1 MB)."""
SIDECAR = ".json"
_HEAD = 8192
_LINE_FILES = (".jsonl",)
"""Files holding one article per line: any size (a line above ``MAX_ARTICLE_BYTES`` is skipped when read)."""
_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _stat_failure(path: Path, exc: OSError) -> IngestFailure:
    if exc.errno == errno.ELOOP:
        return IngestFailure(str(path), "symbolic link loop")
    if exc.errno == errno.ENOENT and path.is_symlink():
        return IngestFailure(str(path), "broken symbolic link")
    if exc.errno == errno.ENOENT:
        return IngestFailure(str(path), "no such file or folder")
    return IngestFailure(str(path), f"cannot read: {exc.strerror or exc}")


def _check_file(path: Path, st: os.stat_result, suffixes: tuple[str, ...]) -> Path | IngestFailure:
    """``path`` if it is a readable article file, else why not."""
    where = str(path)
    for test, what in _SPECIAL:
        if test(st.st_mode):
            return IngestFailure(where, f"not a regular file: {what}")
    if st.st_size == 0:
        return IngestFailure(where, "empty file")
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
    except OSError as exc:
        return IngestFailure(where, f"cannot read: {exc.strerror or exc}")
    suffix = path.suffix.lower()
    if (kind := binary_kind(head)) is not None:
        return IngestFailure(where, f"not a text file: {kind}")
    if suffix not in suffixes:
        return IngestFailure(where, f"unsupported file type {suffix or '(none)'}: use {', '.join(suffixes)}")
    if suffix not in _LINE_FILES and st.st_size > MAX_ARTICLE_BYTES:
        return IngestFailure(
            where,
            f"too large for one article ({st.st_size / 2**20:.1f} MB, the limit is {MAX_ARTICLE_BYTES // 2**20} MB):"
            " split it, or give one article per line in a .jsonl file",
        )
    return path


def _is_sidecar(path: Path, names: set[str], suffixes: tuple[str, ...]) -> bool:
    return path.suffix.lower() == SIDECAR and any(path.stem + s in names for s in suffixes)


def _walk(
    folder: Path, suffixes: tuple[str, ...], ancestors: dict[tuple[int, int], Path], seen: set[tuple[int, int]]
) -> Iterator[Path | IngestFailure]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(e.name for e in it if not e.name.startswith("."))
    except OSError as exc:
        yield IngestFailure(str(folder), f"cannot read folder: {exc.strerror or exc}")
        return
    names = set(entries)
    for name in entries:
        path = folder / name
        try:
            st = path.stat()
        except OSError as exc:
            yield _stat_failure(path, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield IngestFailure(str(path), f"symbolic link loop: leads back to {ancestors[key]}")
            elif key not in seen:
                seen.add(key)
                ancestors[key] = path
                yield from _walk(path, suffixes, ancestors, seen)
                del ancestors[key]
        elif not _is_sidecar(path, names, suffixes):
            yield _check_file(path, st, suffixes)


def iter_files(paths: Iterable[str | os.PathLike[str]], suffixes: Iterable[str]) -> Iterator[Path | IngestFailure]:
    """Article files under ``paths`` (files or folders, recursively, sorted), or failures naming what was left out.

    ``suffixes`` are the article file types, lower case with the dot (".txt").
    A file named explicitly is checked like one found in a folder.
    """
    wanted = tuple(s.lower() for s in suffixes)
    seen: set[tuple[int, int]] = set()
    for p in paths:
        path = Path(p)
        try:
            st = path.stat()
        except OSError as exc:
            yield _stat_failure(path, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key not in seen:
                seen.add(key)
                yield from _walk(path, wanted, {key: path}, seen)
        else:
            yield _check_file(path, st, wanted)
