"""Issue 6, bad input: a folder of broken, binary, hostile and odd files; every good article stored,
every bad item named with its reason, the exit status saying some failed (QuoteDB.ingest and the CLI)."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from quotes import QuoteDB
from quotes.parse import extract
from quotes.plural import counted

from reliability_support import article, assert_no_traceback, assert_whole_documents, cli, documents

LATIN = "Café owner Jürgen Müller said: “We will not close — not this winter.” The mayor of Besançon agreed.\n"
TURKISH = "Foreign Minister Mevlüt Çavuşoğlu said: “Türkiye will not step back from its decision.” İstanbul waited.\n"
UTF16 = "Erdoğan told reporters: “The deal is done,” before leaving for Şırnak.\n"
UNBALANCED = "The spokesman began “" + " and then “".join(f"point {i}" for i in range(10_000)) + "\n"
HTML = """<!doctype html><html><head><title>Minister speaks on the deal</title>
<script>var stolen = "He said: \\"secret from the script\\""; document.cookie;</script></head>
<body><nav>Home | World</nav><article><h1>Minister speaks on the deal</h1>
<p>The defence minister said on Monday: "We will not step back from this agreement," speaking in Ankara after the talks ended.</p>
<script>document.write("injected by a script")</script>
<p>Officials said the next round of talks would take place in Brussels in the spring, with both delegations present.</p>
</article><style>p { color: red }</style></body></html>
"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
BIG = 50 * 1024 * 1024


def _zip_bytes(tmp: Path) -> bytes:
    z = tmp / "made.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("article.txt", article(0))
    data = z.read_bytes()
    z.unlink()
    return data


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], dict[str, str]]:
    """The folder, its bad items (path -> reason fragment) and good items (path -> stored text)."""
    root = tmp_path_factory.mktemp("bad") / "inbox"
    (root / "nested").mkdir(parents=True)
    good: dict[str, str] = {}
    bad: dict[str, str] = {}

    def put(name: str, data: bytes, text: str | None = None, reason: str | None = None) -> Path:
        path = root / name
        path.write_bytes(data)
        if reason:
            bad[str(path)] = reason
        else:
            good[str(path)] = text if text is not None else data.decode("utf-8")
        return path

    put("plain.txt", article(1).encode())
    put("nested/deeper.txt", article(2).encode())
    put("latin1.txt", LATIN.encode("cp1252"), LATIN)
    put("turkish.txt", TURKISH.encode("cp1254"), TURKISH)
    put("utf16.txt", UTF16.encode("utf-16"), UTF16)  # with its byte-order mark
    put("unbalanced.txt", UNBALANCED.encode())
    put("empty.txt", b"", reason="empty file")
    put("photo.png", PNG, reason="PNG image")
    put("archive.zip", _zip_bytes(root), reason="zip archive")
    put("report.txt", _zip_bytes(root), reason="zip archive")  # a zip under an article's name
    put("cover.txt", PNG, reason="PNG image")
    put("damaged.txt", article(3).encode()[:60] + b"\xff\xfe\xc3(" + "Erdoğan".encode(), reason="invalid UTF-8")
    with (root / "huge.txt").open("wb") as fh:  # one 50 MB line, written in 1 MB pieces
        piece = (b"He said \xe2\x80\x9cyes\xe2\x80\x9d and " * 50_000)[: 1024 * 1024]
        for _ in range(BIG // len(piece)):
            fh.write(piece)
    bad[str(root / "huge.txt")] = "too large"
    os.mkfifo(root / "pipe.txt")  # opening it would block forever
    bad[str(root / "pipe.txt")] = "named pipe"
    (root / "nested" / "back").symlink_to(root, target_is_directory=True)
    bad[str(root / "nested" / "back")] = "symbolic link loop"
    (root / "self1.txt").symlink_to(root / "self2.txt")
    (root / "self2.txt").symlink_to(root / "self1.txt")
    bad[str(root / "self1.txt")] = "symbolic link loop"
    bad[str(root / "self2.txt")] = "symbolic link loop"
    lines = [
        json.dumps({"text": article(4), "outlet": "Wire", "url": "https://example.org/4"}),
        '{"text": "Pompeo said: \\"broken line',  # malformed, in the middle of good ones
        json.dumps({"text": article(5), "outlet": "Wire", "url": "https://example.org/5"}),
        json.dumps({"text": "Akar said: “We will act\u0000 now,” in Ankara on Monday, officials confirmed."}),
        json.dumps({"text": "Akar said: “We will wait \ud800 here,” in Ankara on Tuesday, officials confirmed."}),
    ]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good[f"{root}/wire.jsonl:1"] = article(4)
    bad[f"{root}/wire.jsonl:2"] = "not valid JSON"
    good[f"{root}/wire.jsonl:3"] = article(5)
    good[f"{root}/wire.jsonl:4"] = "Akar said: “We will act\ufffd now,” in Ankara on Monday, officials confirmed."
    good[f"{root}/wire.jsonl:5"] = "Akar said: “We will wait \ufffd here,” in Ankara on Tuesday, officials confirmed."
    (root / "page.html").write_text(HTML, encoding="utf-8")
    good[str(root / "page.html")] = "HTML"
    yield root, bad, good
    shutil.rmtree(root, ignore_errors=True)


def _check_stored(db: QuoteDB, good: dict[str, str]) -> None:
    docs = documents(db)
    assert set(docs) == set(good)
    for path, text in good.items():
        if text == "HTML":
            html = docs[path]
            assert "We will not step back from this agreement" in html
            assert "secret from the script" not in html and "injected by a script" not in html
            assert "color: red" not in html
        else:
            assert docs[path] == text, path  # decoded correctly: no mojibake, no lost characters
    assert_whole_documents(db)
    unbalanced = [t for t in docs.values() if t == UNBALANCED]
    assert unbalanced and db.stats()["quotes"] >= len(extract(UNBALANCED))


def test_ingest_bad_folder(db_url: str, bad_folder) -> None:
    root, bad, good = bad_folder
    with QuoteDB(db_url) as db:
        report = db.ingest([root])
        failed = {f.path: f.reason for f in report.failed}
        assert set(failed) == set(bad), failed
        for path, fragment in bad.items():
            assert fragment in failed[path], (path, failed[path])
        assert not report.ok
        assert report.documents == len(good)
        _check_stored(db, good)
        again = db.ingest([root])  # nothing new; the same failures again
        assert (again.documents, again.skipped) == (0, len(good))
        assert {f.path for f in again.failed} == set(bad)


def test_cli_ingest_bad_folder_names_each_failure_and_exits_1(tmp_path: Path, bad_folder) -> None:
    root, bad, good = bad_folder
    dbfile = tmp_path / "cli.sqlite"
    proc = cli("ingest", str(root), "--db", str(dbfile), "--jobs", "2")
    assert_no_traceback(proc)
    assert proc.returncode == 1, proc.stderr
    assert f"{counted(len(good), 'document')} stored" in proc.stdout
    assert f"{len(bad)} failed" in proc.stdout
    for path, fragment in bad.items():
        lines = [ln for ln in proc.stderr.splitlines() if ln.startswith(f"failed: {path}: ")]
        assert len(lines) == 1 and fragment in lines[0], (path, proc.stderr)
    with QuoteDB(str(dbfile)) as db:
        _check_stored(db, good)


def test_cli_ingest_of_a_missing_path_says_so(tmp_path: Path) -> None:
    proc = cli("ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "q.sqlite"))
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert "nowhere: no such file or folder" in proc.stderr


def _drop_read_override() -> list[str] | None:
    """As root, a command prefix that removes the capabilities that let root read a mode-000 file."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_unreadable_file_and_folder_are_named_and_the_rest_stored(tmp_path: Path) -> None:
    wrap = _drop_read_override()
    if wrap is None:
        pytest.skip("running as root without setpriv: a mode-000 file stays readable, nothing to test")
    root = tmp_path / "inbox"
    (root / "locked").mkdir(parents=True)
    (root / "ok.txt").write_text(article(6), encoding="utf-8")
    (root / "secret.txt").write_text(article(7), encoding="utf-8")
    (root / "locked" / "inside.txt").write_text(article(8), encoding="utf-8")
    (root / "secret.txt").chmod(0)
    (root / "locked").chmod(0)
    try:
        dbfile = tmp_path / "q.sqlite"
        proc = cli("ingest", str(root), "--db", str(dbfile), wrap=wrap)
        assert_no_traceback(proc)
        assert proc.returncode == 1
        assert f"failed: {root / 'secret.txt'}: cannot read: Permission denied" in proc.stderr
        assert f"failed: {root / 'locked'}: cannot read folder: Permission denied" in proc.stderr
        # The Python API, in a process with the same rights.
        code = (
            "import json, sys; from quotes import QuoteDB\n"
            "with QuoteDB(sys.argv[1]) as db: r = db.ingest([sys.argv[2]])\n"
            "print(json.dumps([r.documents, r.skipped, [[f.path, f.reason] for f in r.failed]]))"
        )
        import subprocess
        import sys

        api = subprocess.run([*wrap, sys.executable, "-c", code, str(tmp_path / "api.sqlite"), str(root)],
                             capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert api.returncode == 0, api.stderr
        documents_stored, _, failed = json.loads(api.stdout)
        assert documents_stored == 1
        assert dict(map(tuple, failed)) == {
            str(root / "secret.txt"): "cannot read: Permission denied",
            str(root / "locked"): "cannot read folder: Permission denied",
        }
    finally:
        (root / "secret.txt").chmod(0o644)
        (root / "locked").chmod(0o755)
    with QuoteDB(str(dbfile)) as db:
        assert set(documents(db)) == {str(root / "ok.txt")}
