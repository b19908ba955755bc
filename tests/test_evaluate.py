"""The scorer: trimming, exact and overlap matching, speaker accuracy, misses, CLI."""

import json
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.evaluate import GoldDocument, GoldQuote, Scores, evaluate, load_gold, trim
from quotes.model import Quote

TEXT = (
    'The mayor said the budget was "a disgrace." '
    '"We will fight it," said Councillor Ana Ruiz. '
    "Critics argue the \"plan\" will fail. Its 'critics' were 'loud'."
)


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def _quote(text: str, piece: str, kind="direct", **kw) -> Quote:
    s, e = _span(text, piece)
    return Quote(text=text[s:e], start=s, end=e, kind=kind, **kw)


def _doc() -> GoldDocument:
    mayor = _span(TEXT, "The mayor")
    ruiz = _span(TEXT, "Councillor Ana Ruiz")
    critics = _span(TEXT, "Critics")
    return GoldDocument(
        "d1",
        TEXT,
        quoted=(
            GoldQuote(*_span(TEXT, '"a disgrace."'), "The mayor", *mayor),
            GoldQuote(*_span(TEXT, '"We will fight it,"'), "Councillor Ana Ruiz", *ruiz),
        ),
        indirect=(GoldQuote(*_span(TEXT, 'the "plan" will fail'), "Critics", *critics),),
    )


def test_trim_strips_marks_spaces_and_trailing_punctuation():
    text = ' \u201cWe will fight it,\u201d '
    s, e = trim(text, 0, len(text))
    assert text[s:e] == "We will fight it"
    text = '"Why now?!"'
    assert text[slice(*trim(text, 0, len(text)))] == "Why now"


def test_scores_derive_precision_recall_f1():
    s = Scores(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall) == (0.75, 0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Scores().f1 == 0.0


def test_perfect_extractor_scores_one_with_punctuation_differences():
    def extract(text):
        # Gold includes marks and the final period; these do not.
        return [
            _quote(text, "a disgrace", "partial", mention="The mayor", mention_start=0, mention_end=9),
            _quote(text, "We will fight it,", speaker="Ana Ruiz"),
            _quote(text, 'the "plan" will fail', "indirect", mention="Critics",
                   mention_start=TEXT.index("Critics"), mention_end=TEXT.index("Critics") + 7),
        ]

    r = evaluate([_doc()], extract)
    assert (r.exact.tp, r.exact.fp, r.exact.fn) == (2, 0, 0)
    assert r.overlap.f1 == 1.0
    assert (r.speaker.correct, r.speaker.total) == (2, 2)  # mention overlap; last name "Ruiz"
    assert (r.indirect.tp, r.indirect_speaker.correct) == (1, 1)
    assert r.misses == []


def test_partly_right_boundaries_match_by_overlap_only():
    def extract(text):
        # "We will fight" vs gold "We will fight it": IoU 13/16 -> overlap, not exact.
        return [_quote(text, "We will fight"), _quote(text, "plan", "partial")]

    r = evaluate([_doc()], extract)
    assert (r.exact.tp, r.exact.fp, r.exact.fn) == (0, 2, 2)
    assert (r.overlap.tp, r.overlap.fp, r.overlap.fn) == (1, 1, 1)
    kinds = sorted(m.what for m in r.misses if m.area == "quoted")
    assert kinds == ["boundary", "fn", "fp", "speaker"]
    fp = next(m for m in r.misses if m.what == "fp")
    assert '"[[plan]]"' in fp.context


def test_overlap_is_one_to_one_and_needs_half_the_union():
    def extract(text):
        # Two predictions inside one gold quote: only one may match it.
        return [_quote(text, "We will"), _quote(text, "We will fight it")]

    r = evaluate([_doc()], extract)
    assert (r.overlap.tp, r.overlap.fp) == (1, 1)
    assert r.exact.tp == 1

    def tiny(text):
        return [_quote(text, "We")]  # IoU 2/16 < 0.5

    assert evaluate([_doc()], tiny).overlap.tp == 0


def test_wrong_speaker_is_a_speaker_miss_with_both_names():
    def extract(text):
        return [_quote(text, "We will fight it", speaker="John Smith", mention="he",
                       mention_start=0, mention_end=3)]

    r = evaluate([_doc()], extract)
    assert (r.speaker.correct, r.speaker.total) == (0, 1)
    miss = next(m for m in r.misses if m.what == "speaker")
    assert "Councillor Ana Ruiz" in miss.detail and "John Smith" in miss.detail


def test_indirect_predictions_do_not_count_as_quoted_speech():
    def extract(text):
        return [_quote(text, "We will fight it", "indirect")]

    r = evaluate([_doc()], extract)
    assert r.exact.tp == 0 and r.indirect.fp == 1


def test_quotes_in_single_marks_are_indirect_as_the_gold_types_them_unless_all_marks():
    def extract(text):
        return [_quote(text, "a disgrace"), _quote(text, "loud", "partial")]

    r = evaluate([_doc()], extract)
    assert (r.exact.tp, r.exact.fp, r.unmarked) == (1, 0, 1)
    assert (r.indirect.fp, r.reported.fp) == (1, 0)
    r = evaluate([_doc()], extract, all_marks=True)
    assert (r.exact.tp, r.exact.fp, r.unmarked, r.indirect.fp) == (1, 1, 0, 0)


def test_a_quote_in_two_apostrophes_matches_indirect_gold():
    """NYT style: ''We will fight it,'' said Ruiz. The gold, typing from double marks only,
    holds it as reported speech; the extractor's quote scores there, not as quoted speech."""
    text = "''We will fight it,'' said Councillor Ana Ruiz. She said the plan would fail."
    gold = GoldDocument("d2", text, quoted=(), indirect=(
        GoldQuote(*_span(text, "''We will fight it,''")),
        GoldQuote(*_span(text, "the plan would fail")),
    ))

    def extract(t):
        return [_quote(t, "We will fight it,"), _quote(t, "plan", "partial"),
                _quote(t, "the plan would fail", "indirect")]

    r = evaluate([gold], extract)
    assert (r.exact.fp, r.unmarked) == (0, 2)
    # the partial 'plan' lies inside the indirect clause: part of its content, not a prediction
    assert (r.indirect.tp, r.indirect.fp, r.indirect.fn) == (2, 0, 0)
    assert (r.reported.tp, r.reported.fn) == (1, 1)


def test_a_reported_clause_holding_a_double_marked_quote_is_mixed_and_not_scored():
    """The gold types 'Critics argue the "plan" will fail' as mixed: its quoted stretch is
    quoted speech and its clause is in no gold list, so the predicted clause is no fp."""
    gold = GoldDocument("d1", TEXT, quoted=(GoldQuote(*_span(TEXT, '"plan"')),), indirect=())

    def extract(text):
        return [_quote(text, "plan", "partial"), _quote(text, 'the "plan" will fail', "indirect")]

    r = evaluate([gold], extract)
    assert (r.exact.tp, r.indirect.fp, r.mixed) == (1, 0, 1)
    assert r.reported.fp == 1
    assert evaluate([gold], extract, all_marks=True).indirect.fp == 1


def _write_gold(path: Path) -> None:
    a, b = _span(TEXT, '"We will fight it,"')
    s0, s1 = _span(TEXT, "Councillor Ana Ruiz")
    c0, c1 = _span(TEXT, 'the "plan" will fail')
    obj = {
        "doc_id": "d1",
        "text": TEXT,
        "quotes": [
            {"quote_type": "direct", "start": a, "end": b, "quoted_spans": [[a, b]],
             "spans": [[a, b]], "speaker": "Councillor Ana Ruiz", "speaker_start": s0,
             "speaker_end": s1},
            {"quote_type": "indirect", "start": c0, "end": c1, "quoted_spans": [],
             "spans": [[c0, c1]], "speaker": None, "speaker_start": None, "speaker_end": None},
        ],
    }
    path.write_text(json.dumps(obj) + "\n\n", encoding="utf-8")


def test_load_gold_reads_quoted_spans_and_indirect_pieces(tmp_path):
    gold = tmp_path / "gold.jsonl"
    _write_gold(gold)
    [doc] = list(load_gold(gold))
    assert [TEXT[g.start : g.end] for g in doc.quoted] == ['"We will fight it,"']
    assert doc.quoted[0].speaker == "Councillor Ana Ruiz"
    assert [TEXT[g.start : g.end] for g in doc.indirect] == ['the "plan" will fail']
    assert doc.indirect[0].speaker_start is None


def test_load_gold_names_the_bad_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "x"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:2"):
        list(load_gold(gold))


def test_cli_prints_figures_json_and_misses(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    _write_gold(gold)
    misses = tmp_path / "misses.tsv"
    assert main(["eval", str(gold), "--json", "--misses", str(misses)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["documents"] == 1
    assert figures["quoted"]["exact"]["tp"] == 1  # the real extractor finds the quote
    indirect = figures["indirect"]["overlap"]
    assert indirect["tp"] + indirect["fn"] == 1  # one indirect attribution in the gold
    lines = misses.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.split("\t")[2] == "d1" for line in lines)
    assert main(["eval", str(gold)]) == 0
    assert "quoted speech, exact" in capsys.readouterr().out


def test_cli_reports_unreadable_gold(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_misses_keep_terminal_escapes_out():
    from quotes.evaluate import format_misses

    text = 'He said "\x1b[31mred\x9b alert" today.'
    doc = GoldDocument("d\x1b", text, quoted=(), indirect=())
    r = evaluate([doc], lambda t: [_quote(t, "\x1b[31mred\x9b alert")])
    [line] = list(format_misses(r.misses))
    assert "\x1b" not in line and "\x9b" not in line and line.startswith("fp\tquoted\t")


def test_false_positives_inside_a_quoting_attribution_the_marks_missed_are_counted_apart():
    # PolNeAR derives quoted_spans from the marks: a quote opened with a closing mark gets none,
    # though the annotators typed its attribution "mixed". Scores are unchanged; the count says so.
    text = 'Readers wrote in. \u201dWe need a change.\u201d \u2015 Ana Ruiz'
    doc = GoldDocument("d3", text, quoted=(), indirect=(), quoting=(_span(text, '\u201dWe need a change.\u201d'),))
    report = evaluate([doc], lambda t: [_quote(t, "We need a change.")])
    assert (report.exact.fp, report.unmatched_marks) == (1, 1)
    assert report.to_dict()["quoted"]["unmatched_marks"] == 1
