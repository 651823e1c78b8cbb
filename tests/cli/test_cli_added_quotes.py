"""annotate doc:DOC --add-quote: the quotation the extractor missed, added from the command
line, is a quote everywhere and survives a re-ingest of its edited file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import run

BODY = (
    "---\ntitle: Harbour budget\ndate: 2024-05-03\nsource: Herald\n---\n\n"
    "The council met on Monday.\n\n"
    "The budget is final and nobody will change it, the mayor wrote in a letter.\n\n"
    '"The harbour will reopen in June," Ann Cole said.\n'
)
MISSED = "The budget is final and nobody will change it,"


def ingested(tmp_path: Path, capsys) -> tuple[Path, str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(BODY)
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    return folder, case


def quotes_json(capsys, case: str, *query: str) -> list[dict]:
    return json.loads(run(capsys, "quotes", *query, "--json", "--case", case)[1])


def test_an_added_quote_is_everywhere_and_survives_reingest(tmp_path: Path, capsys) -> None:
    folder, case = ingested(tmp_path, capsys)
    assert MISSED not in [quote["text"] for quote in quotes_json(capsys, case)]
    code, out, err = run(
        capsys,
        "annotate",
        "doc:a.md",
        "--add-quote",
        " The budget  is final and nobody will change it, ",
        "--speaker",
        "Mayor  Bo Lind",
        "--case",
        case,
    )
    assert code == 0, err
    assert "added to document 1: Mayor Bo Lind said “The budget is final" in out

    def added() -> dict:
        (hit,) = [quote for quote in quotes_json(capsys, case) if quote["how"] == "added"]
        return hit

    hit = added()
    assert (hit["text"], hit["speaker"], hit["confidence"]) == (MISSED, "Mayor Bo Lind", 1.0)
    assert "¶ 2" in hit["citation"] and "Mayor Bo Lind" in hit["citation"]
    assert [q["id"] for q in quotes_json(capsys, case, "@lind")] == [hit["id"]]
    assert [q["id"] for q in quotes_json(capsys, case, "nobody change")][:1] == [hit["id"]]
    speakers = json.loads(run(capsys, "speakers", "--json", "--case", case)[1])
    assert "Mayor Bo Lind" in [speaker["name"] for speaker in speakers]
    docs = json.loads(run(capsys, "docs", "--json", "--case", case)[1])
    assert docs[0]["quotes"] == len(quotes_json(capsys, case))

    (folder / "a.md").write_text(BODY.replace("met on Monday", "met on Tuesday"))
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    again = added()
    assert (again["text"], again["speaker"]) == (MISSED, "Mayor Bo Lind")
    with sqlite3.connect(case) as db:  # the quote word index followed every change
        db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_words_not_in_the_document_are_refused_clearly(tmp_path: Path, capsys) -> None:
    _, case = ingested(tmp_path, capsys)
    before = quotes_json(capsys, case)
    code, _, err = run(
        capsys, "annotate", "doc:a.md", "--add-quote", "words nobody wrote", "--case", case
    )
    assert code == 2 and "is not in document 1's text" in err
    code, _, err = run(capsys, "annotate", "doc:a.md", "--add-quote", "The", "--case", case)
    assert code == 2 and "times: give more of its words" in err
    code, _, err = run(capsys, "annotate", "1", "--add-quote", "The budget", "--case", case)
    assert code == 2 and "doc:DOC" in err
    code, _, err = run(capsys, "annotate", "doc:a.md", "--speaker", "Bo", "--case", case)
    assert code == 2 and "--add-quote" in err
    assert quotes_json(capsys, case) == before
