"""The quotes, speakers and timeline commands on the sample case, text and JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from store.case import Case
from tests.cli.test_cli import run
from tests.store.factories import add_document

# DESIGN.md's keys in their order, then the keys added since (keys are only ever added).
QUOTE_KEYS = [
    *["id", "doc_id", "text", "speaker", "score", "citation"],
    *["cue", "how", "confidence", "rejected", "speaker_disputed"],
    *["variants", "first_reported", "role"],
]
EVENT_KEYS = [
    *["doc_id", "kind", "phrase", "value", "start", "end", "granularity", "sentence"],
    *["type", "paragraph", "offset", "starred"],
]


def test_quotes_json_finds_a_quote_despite_typos(seed_case: Path, capsys) -> None:
    code, out, _ = run(capsys, "quotes", "aproprate actons", "--case", str(seed_case), "--json")
    hits = json.loads(out)
    assert code == 0
    assert all(list(hit) == QUOTE_KEYS for hit in hits)
    assert "appropriate actions" in hits[0]["text"]
    assert hits[0]["speaker"] == "Fahmi Fadzil"
    assert hits[0]["citation"].startswith("“I have asked the Malaysian")
    assert hits[0]["score"] >= hits[-1]["score"]


def test_quotes_without_query_list_every_quote_in_document_order(seed_case: Path, capsys) -> None:
    hits = json.loads(run(capsys, "quotes", "--case", str(seed_case), "--json")[1])
    assert len(hits) == 10  # two of the seeds' quotations are each interrupted by their cue
    doc_order = [(hit["doc_id"]) for hit in hits]
    assert doc_order == sorted(doc_order, key=doc_order.index)


def test_quotes_filters_and_limit(seed_case: Path, capsys) -> None:
    hits = json.loads(
        run(capsys, "quotes", "#torrentfreak piracy", "--case", str(seed_case), "--json")[1]
    )
    assert hits and all(hit["doc_id"] == hits[0]["doc_id"] for hit in hits)
    limited = json.loads(
        run(capsys, "quotes", "--limit", "2", "--case", str(seed_case), "--json")[1]
    )
    assert len(limited) == 2
    assert run(capsys, "quotes", "--limit", "0", "--case", str(seed_case))[0] == 2


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "markdown"])
def test_quotes_in_each_citation_style(seed_case: Path, capsys, style: str) -> None:
    hits = json.loads(
        run(
            capsys,
            "quotes",
            "'piracy happening",
            "--style",
            style,
            "--case",
            str(seed_case),
            "--json",
        )[1]
    )
    assert "TorrentFreak" in hits[0]["citation"]
    assert (
        hits[0]["citation"]
        != json.loads(
            run(capsys, "quotes", "'piracy happening", "--case", str(seed_case), "--json")[1]
        )[0]["citation"]
    )


@pytest.mark.parametrize("query", ['"', 'NEAR("x', "a AND OR *", "^-:", "\x00", "x" * 10_000])
def test_quotes_never_fails_on_hostile_queries(seed_case: Path, capsys, query: str) -> None:
    code, out, err = run(capsys, "quotes", query, "--case", str(seed_case), "--json")
    assert code == 0, err
    assert isinstance(json.loads(out), list)


def test_speakers_lists_names_with_counts(seed_case: Path, capsys) -> None:
    speakers = json.loads(run(capsys, "speakers", "--case", str(seed_case), "--json")[1])
    first = speakers[0]
    assert (first["name"], first["quotes"], first["aliases"], first["spellings"]) == (
        "Fahmi Fadzil",
        9,
        [],
        [],
    )
    assert any("Minister" in role for role in first["roles"])  # "Communications Minister …"
    assert "Malaysian Communications and Multimedia Commission" in [s["name"] for s in speakers]


def test_timeline_json_is_chronological_with_the_seed_events(seed_case: Path, capsys) -> None:
    events = json.loads(run(capsys, "timeline", "--case", str(seed_case), "--json")[1])
    assert all(list(event) == EVENT_KEYS for event in events)
    dated = [event for event in events if event["start"]]
    assert [event["start"] for event in dated] == sorted(event["start"] for event in dated)
    values = [event["value"] for event in dated]
    for expected in (
        "2018",
        "2020",
        "2023",
        "2023-05",
        "2023-06",
        "2024-03",
        "2024-04",
        "2024-W20",
        "2024-05-13",
    ):
        assert expected in values
    assert values.index("2023-05") < values.index("2023-06") < values.index("2024-03")
    published = [event for event in events if event["kind"] == "published"]
    assert [event["value"] for event in published] == ["2024-05-13"]


def test_timeline_formats(seed_case: Path, capsys) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(run(capsys, "timeline", "--format", "csv", "--case", str(seed_case))[1])
        )
    )
    assert any(row["when"] == "early June 2023" for row in rows)
    markdown = run(capsys, "timeline", "--format", "markdown", "--case", str(seed_case))[1]
    assert "## 2018" in markdown
    slides = json.loads(
        run(capsys, "timeline", "--format", "timelinejs", "--case", str(seed_case))[1]
    )["events"]
    assert slides and all("start_date" in slide for slide in slides)
    text = run(capsys, "timeline", "--no-published", "--case", str(seed_case))[1]
    assert "published" not in text and "March 2024" in text


def test_attribution_and_timex_type_are_stored_and_printed(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Harbour\ndate: 2024-05-03\n---\n\n"
        "The port has been closed for three years.\n\n"
        '"We will reopen it in June," said Ana Lopes, the mayor.\n'
    )
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    (quote,) = json.loads(run(capsys, "quotes", "--json", "--case", case)[1])
    assert quote["speaker"] == "Ana Lopes"
    assert quote["how"] == "direct" and 0 < quote["confidence"] <= 1
    assert "said" in quote["cue"]
    events = json.loads(run(capsys, "timeline", "--json", "--case", case)[1])
    by_phrase = {event["phrase"]: event for event in events}
    assert by_phrase["three years"]["type"] == "DURATION"
    june = by_phrase["June"]
    assert june["type"] == "DATE" and june["value"] == "2024-06"
    paragraphs = json.loads(run(capsys, "show", "1", "--json", "--case", case)[1])["paragraphs"]
    text = paragraphs[june["paragraph"]]["text"]
    assert text[june["offset"] : june["offset"] + len("June")] == "June"


def test_quotes_in_a_csl_style_by_name_and_file(seed_case: Path, capsys, tmp_path: Path) -> None:
    from tests.store.publish.test_csl import TINY_CSL

    args = ["quotes", "'piracy happening", "--case", str(seed_case), "--json"]
    code, out, _ = run(capsys, *args, "--style", "harvard-cite-them-right")
    citation = json.loads(out)[0]["citation"]
    assert code == 0 and "para." in citation and "TorrentFreak" in citation
    style = tmp_path / "tiny.csl"
    style.write_text(TINY_CSL, encoding="utf-8")
    code, out, _ = run(capsys, *args, "--style", str(style))
    assert code == 0 and " | para. " in json.loads(out)[0]["citation"]


@pytest.mark.parametrize("command", [["quotes"], ["export", "quotes"]])
def test_an_unknown_style_is_a_usage_error(seed_case: Path, capsys, command: list[str]) -> None:
    code, out, err = run(capsys, *command, "--case", str(seed_case), "--style", "my-journal")
    assert code == 2 and out == ""
    assert "unknown citation style 'my-journal'" in err


def test_export_quotes_in_a_csl_style(seed_case: Path, capsys) -> None:
    code, out, _ = run(
        capsys, "export", "quotes", "--format", "json", "--case", str(seed_case), "--style", "ieee"
    )
    citations = [record["citation"] for record in json.loads(out)]
    assert code == 0 and citations
    assert all("\n[1] " in citation and ", Para. " in citation for citation in citations)


def test_quotes_json_lists_each_quotes_variants_by_date_and_its_first_report(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "v.db"
    said = "“No, I meant he is the founder of the whole movement,” Dana Roe said."
    text = "No, I meant he is the founder of the whole movement"
    with Case(path) as case:
        ids = []
        for name, outlet, day in [
            ("b", "Second Gazette", dt.date(2016, 8, 12)),
            ("a", "First Herald", dt.date(2016, 8, 11)),
            ("c", "Third Courier", None),
        ]:
            doc_id = add_document(
                case,
                f"/{name}.md",
                name,
                [said],
                quotes=[(0, text, "Dana Roe")],
                source=outlet,
                published=day,
            )
            ids.append(case.quotes_of_document(doc_id)[0].id)
        second, first, undated = ids
        case.link_variants([(second, first, 99.0), (second, undated, 99.0)])
    hits = {
        hit["id"]: hit
        for hit in json.loads(run(capsys, "quotes", "--case", str(path), "--json")[1])
    }
    assert [v["id"] for v in hits[second]["variants"]] == [first, undated]
    assert hits[second]["variants"][0] == {
        "id": first,
        "doc_id": hits[first]["doc_id"],
        "outlet": "First Herald",
        "published": "2016-08-11",
        "speaker": "Dana Roe",
    }
    assert hits[second]["first_reported"]["outlet"] == "First Herald"
    assert hits[first]["first_reported"]["id"] == first  # the quote itself came first
    assert [v["id"] for v in hits[first]["variants"]] == [second]
    assert hits[undated]["first_reported"]["published"] == "2016-08-12"
    one = json.loads(run(capsys, "quotes", "founder", "--case", str(path), "--json")[1])
    assert all(list(hit) == QUOTE_KEYS for hit in one) and one[0]["variants"]
