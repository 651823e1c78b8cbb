"""benchmarks/accuracy.py on tiny corpora made here (no network): the scoring on known answers,
the held-out splits refused, and the command end to end."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from accuracy_corpora import HeldOutError, refuse_held_out  # noqa: E402
from accuracy_dates import Tally as DateTally  # noqa: E402
from accuracy_dates import place  # noqa: E402
from accuracy_metrics import shingle_prf, word_prf  # noqa: E402
from accuracy_polnear import articles, gold_quotes  # noqa: E402
from accuracy_quotes import Tally as QuoteTally  # noqa: E402
from accuracy_quotes import score_article, source_class  # noqa: E402
from accuracy_regex_quotes import find_quotes as regex_quotes  # noqa: E402
from accuracy_tempeval import Timex, documents, parse_timeml  # noqa: E402
from accuracy_wcxb import pages  # noqa: E402

ARTICLE = (
    "The city council voted on Tuesday to rebuild the old harbour bridge before the winter."
    " Engineers said the work would take two years and cost far more than planned."
)
PARAGRAPHS = [
    ARTICLE,
    "Residents who cross the river every morning welcomed the decision at a crowded meeting"
    " in the town hall, although several shop owners worried about the long closure.",
    "The mayor promised a free ferry service for the whole period of the works and a new"
    " footpath along the eastern bank once the bridge reopens to traffic.",
]


# --- the measures on known answers -------------------------------------------------------------


def test_text_overlap_perfect_empty_and_half() -> None:
    assert word_prf(ARTICLE, ARTICLE).f1 == 1.0
    assert shingle_prf(ARTICLE, ARTICLE).f1 == 1.0
    assert word_prf("", ARTICLE).f1 == 0.0
    assert shingle_prf("", ARTICLE).f1 == 0.0
    # Half the reference's words, all of them right: P 1, R 1/2, F1 2/3.
    half = word_prf("one two", "one two three four")
    assert (half.precision, half.recall) == (1.0, 0.5)
    assert half.f1 == pytest.approx(2 / 3)
    # "a b c d e" has shingles abcd, bcde; "a b c d" has abcd alone: P 1, R 1/2.
    shingled = shingle_prf("a b c d", "a b c d e")
    assert (shingled.precision, shingled.recall) == (1.0, 0.5)
    # Word order counts for shingles only.
    assert word_prf("d c b a e", "a b c d e").f1 == 1.0
    assert shingle_prf("d c b a e", "a b c d e").f1 == 0.0


ANNOTATED = "“We will rebuild the bridge this year,” said Jane Doe. “It is safe now,” he said."
ANNOTATION = (
    "T1\tContent 1 37\tWe will rebuild the bridge this year\n"
    "T2\tCue 40 44\tsaid\n"
    "T3\tSource 45 53\tJane Doe\n"
    "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n"
    "T4\tContent 56 69\tIt is safe now\n"
    "T5\tSource 72 74\the\n"
    "E2\tAttribution:T5 Content:T4 Source:T5\n"
)


def test_gold_quotes_are_the_quoted_content_with_their_source() -> None:
    quotes = gold_quotes(ANNOTATED, ANNOTATION)
    assert [(q.text, q.source) for q in quotes] == [
        ("We will rebuild the bridge this year,", "Jane Doe"),
        ("It is safe now,", "he"),
    ]


INTERRUPTED = "“We will rebuild,” said Jane Doe, “and soon.” Later: “It is safe now,” she said."
INTERRUPTED_ANNOTATION = (
    "T1\tContent 1 17;35 44\tWe will rebuild, and soon.\n"
    "T2\tCue 19 23\tsaid\n"
    "T3\tSource 24 32\tJane Doe\n"
    "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n"
    "T4\tContent 54 69\tIt is safe now,\n"
    "T5\tSource 71 74\tshe\n"
    "E2\tAttribution:T5 Content:T4 Source:T5\n"
)


def test_a_gold_quote_interrupted_by_its_own_cue_is_one_quote() -> None:
    quotes = gold_quotes(INTERRUPTED, INTERRUPTED_ANNOTATION)
    assert [(q.text, q.source) for q in quotes] == [
        ("We will rebuild … and soon.", "Jane Doe"),
        ("It is safe now,", "she"),
    ]


def test_quote_scores_perfect_empty_and_half() -> None:
    gold = gold_quotes(ANNOTATED, ANNOTATION)
    perfect = QuoteTally()
    score_article([(q.text, "Jane Doe") for q in gold], gold, perfect)
    assert perfect.spans().f1 == 1.0
    assert perfect.speaker_accuracy("named") == 1.0
    assert perfect.scored["pronoun"] == 1  # "he" in the gold: counted, not scored
    empty = QuoteTally()
    score_article([], gold, empty)
    assert empty.spans().f1 == 0.0
    assert empty.speaker_accuracy("named") is None  # nothing matched, nothing to score
    half = QuoteTally()
    score_article([("We will rebuild the bridge", "John Roe")], gold, half)
    assert (half.spans().precision, half.spans().recall) == (1.0, 0.5)
    assert half.speaker_accuracy("named") == 0.0  # the wrong name


def test_the_regex_baseline_finds_tagged_and_untagged_speakers() -> None:
    text = (
        "“We will rebuild the bridge,” said Jane Doe. “It is safe now,” she said.\n"
        "Mayor John Roe called the plan “a very bad idea indeed” on Monday.\n"
        "“Two words”\n"
    )
    assert regex_quotes(text) == [
        ("We will rebuild the bridge,", "Jane Doe"),
        ("It is safe now,", "Jane Doe"),  # "she": the last name found
        ("a very bad idea indeed", "Mayor John Roe"),  # untagged: the sentence's subject
    ]  # "Two words" is too short to count


def test_speaker_classes() -> None:
    assert source_class("he") == "pronoun"
    assert source_class("the company") == "nominal"
    assert source_class("Mr. Trump") == "named"
    assert source_class(None) == "none"


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-05" functionInDocument="CREATION_TIME">
19980305</TIMEX3></DCT>
<TEXT>
The council met <TIMEX3 tid="t1" type="DATE" value="1998-03-03">Tuesday</TIMEX3>.
It will meet again on <TIMEX3 tid="t2" type="DATE" value="1998-06-01">June 1, 1998</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_text_and_spans() -> None:
    dct, text, timexes = parse_timeml(TIMEML)
    assert dct == "1998-03-05"
    assert [text[t.start : t.end] for t in timexes] == ["Tuesday", "June 1, 1998"]


def test_date_scores_perfect_empty_and_half() -> None:
    _dct, _text, gold = parse_timeml(TIMEML)
    perfect = DateTally()
    perfect.add(list(gold), gold)
    assert all(v == 1.0 for v in perfect.figures().values())
    empty = DateTally()
    empty.add([], gold)
    assert empty.figures()["relaxed span F1"] == 0.0
    assert empty.figures()["DATE value accuracy"] is None
    # One of the two found, one character wider and with the wrong value: relaxed but not strict.
    wider = Timex(gold[1].start - 3, gold[1].end, "DATE", "1998-06")
    half = DateTally()
    half.add([wider], gold)
    figures = half.figures()
    assert (figures["relaxed span P"], figures["relaxed span R"]) == (1.0, 0.5)
    assert figures["strict span F1"] == 0.0
    assert figures["value accuracy"] == 0.0
    assert figures["type accuracy"] == 1.0


def test_placing_events_back_on_the_original_text() -> None:
    text = "First line\nof a paragraph.\n\nIt happened on June 1, 1998, they said."
    paragraphs = ["First line of a paragraph.", "It happened on June 1, 1998, they said."]
    events = [{"paragraph": 1, "offset": 15, "phrase": "June 1, 1998", "value": "1998-06-01"}]
    (span,) = place(text, paragraphs, events)
    assert span is not None and text[span.start : span.end] == "June 1, 1998"


# --- held out ----------------------------------------------------------------------------------


@pytest.mark.parametrize("split", ["test", "Test", "te3-platinum"])
def test_held_out_splits_are_refused(split: str, tmp_path: Path) -> None:
    with pytest.raises(HeldOutError):
        refuse_held_out(split)
    with pytest.raises(HeldOutError):
        next(pages(tmp_path, split))
    with pytest.raises(HeldOutError):
        next(articles(tmp_path, split))
    with pytest.raises(HeldOutError):
        next(documents(tmp_path, split))
    refuse_held_out("dev", Path("dev"))  # dev and train pass


# --- the command, end to end -------------------------------------------------------------------


def make_corpora(root: Path) -> None:
    """One document per corpus and split, in each corpus's own layout."""
    for split in ("train", "dev"):
        base = root / "polnear" / "data" / split
        (base / "text").mkdir(parents=True)
        (base / "attributions").mkdir(parents=True)
        (base / "text" / f"doc-{split}.txt").write_text(ANNOTATED + "\n", encoding="utf-8")
        (base / "attributions" / f"doc-{split}_ab12.ann").write_text(ANNOTATION, "utf-8")
    timebank = root / "structtemprel" / "data/TempEval3/Training/TBAQ-cleaned/TimeBank"
    timebank.mkdir(parents=True)
    (timebank / "X1.tml").write_text(TIMEML, encoding="utf-8")
    wcxb = root / "wcxb" / "dev"
    (wcxb / "ground-truth").mkdir(parents=True)
    (wcxb / "html").mkdir(parents=True)
    record = {
        "url": "https://example.org/news/bridge",
        "_internal": {"page_type": {"primary": "article"}},
        "ground_truth": {"main_content": "\n\n".join(PARAGRAPHS)},
    }
    (wcxb / "ground-truth" / "0001.json").write_text(json.dumps(record), encoding="utf-8")
    page = (
        "<html><head><title>Council: bridge to be rebuilt</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
        + "</article><footer>Copyright Example News</footer></body></html>"
    )
    with gzip.open(wcxb / "html" / "0001.html.gz", "wt", encoding="utf-8") as handle:
        handle.write(page)


def run_accuracy(data: Path, out: Path, only: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "accuracy.py"), "--data", str(data), "--json",
         str(out), "--only", only],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "| Task | Metric |" in done.stdout
    return json.loads(out.read_text(encoding="utf-8"))


def figure(report: dict, task: str, metric: str, split: str | None = None) -> float | None:
    rows = [row for row in report["accuracy"] if row["task"] == task and row["metric"] == metric]
    rows = [row for row in rows if split is None or row["split"] == split]
    assert rows, (task, metric)
    return rows[0]["ours"]


def test_the_command_scores_quotes_and_dates(tmp_path: Path) -> None:
    make_corpora(tmp_path / "data")
    report = run_accuracy(tmp_path / "data", tmp_path / "out.json", "quotes,dates")
    for split in ("train", "dev"):
        assert figure(report, "quotes", "quote span F1", split) == 1.0
        assert figure(report, "quotes", "speaker accuracy (named gold)", split) == 1.0
    assert figure(report, "dates", "relaxed span F1") == 1.0
    assert figure(report, "dates", "value accuracy") == 1.0
    speeds = {speed["task"]: speed for speed in report["speed"]}
    assert speeds["TempEval-3"]["documents"] == 1
    assert speeds["TempEval-3"]["per_second"]["whole file"] > 0


def test_the_command_scores_cleaning(tmp_path: Path) -> None:
    pytest.importorskip("markdownify", reason="the bench extra: pip install -e '.[bench]'")
    pytest.importorskip("html2text", reason="the bench extra: pip install -e '.[bench]'")
    make_corpora(tmp_path / "data")
    report = run_accuracy(tmp_path / "data", tmp_path / "out.json", "cleaning")
    rows = [row for row in report["accuracy"] if row["metric"] == "4-word-shingle F1"]
    assert {row["input"] for row in rows} == {"HTML", "markdownify .md", "html2text .md"}
    for row in rows:
        assert row["items"] == 1
        assert row["reference"] > 0.5  # trafilatura finds this article
        # The unquoted title holds ": ": a page ingest rejects scores 0 and is counted.
        assert row["ours"] > 0.5 or row["rejected"] == 1
