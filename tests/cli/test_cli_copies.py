"""Copies of one article from the command line: `docs` lists every document, each copy naming
the one shown for it; `speakers` and `timeline` count the article once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import run

FIXTURES = Path(__file__).parents[1] / "fixtures" / "copies"


@pytest.fixture
def case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    shutil.copytree(FIXTURES, tmp_path / "in")
    path = str(tmp_path / "copies.db")
    code, out, err = run(capsys, "ingest", str(tmp_path / "in"), "--case", path)
    assert code == 0, err
    assert "7 added" in out
    return path


def test_docs_json_names_each_copy_s_primary_and_each_primary_s_copies(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = json.loads(run(capsys, "docs", "--case", case, "--json")[1])
    assert len(listed) == 7
    by_name = {Path(doc["path"]).name: doc for doc in listed}
    ferry, crawl = by_name["ferry.html"], by_name["ferry.crawl.md"]
    assert crawl["copy_of"] == by_name["ferry.recrawl.md"]["copy_of"] == ferry["id"]
    assert ferry["copy_of"] is None
    assert sorted(ferry["copies"]) == sorted([crawl["id"], by_name["ferry.recrawl.md"]["id"]])
    # One outlet: the crawl, known by its address, is named by its title as the page names it.
    assert by_name["ferry.crawl.md"]["source"] == ferry["source"] == "The Coastal Ledger"
    assert ferry["copy_sources"] == []
    wire = by_name["strike.ledger.html"]
    assert wire["copies"] == [by_name["strike.valley.md"]["id"]]
    assert wire["copy_sources"] == ["The Valley Times"]
    assert by_name["pier.html"]["copy_of"] is None and by_name["pier.html"]["copies"] == []
    # The contract's keys stay first, in their order.
    assert list(ferry)[:9] == ["id", "title", "source", "url", "author", "published", "words",
                               "quotes", "path"]  # fmt: skip
    shown = json.loads(run(capsys, "show", str(crawl["id"]), "--case", case, "--json")[1])
    assert shown["copy_of"] == ferry["id"]


def test_docs_text_says_which_are_copies(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    listed = json.loads(run(capsys, "docs", "--case", case, "--json")[1])
    wire = next(doc for doc in listed if doc["path"].endswith("strike.ledger.html"))
    code, out, _ = run(capsys, "docs", "--case", case)
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert rows[str(wire["id"])].endswith("(+1 copy: The Valley Times)")
    assert rows[str(wire["copies"][0])].endswith(f"(copy of {wire['id']})")


def test_speakers_and_timeline_count_an_article_once(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = json.loads(run(capsys, "docs", "--case", case, "--json")[1])
    copies = {doc["id"] for doc in listed if doc["copy_of"] is not None}
    speakers = json.loads(run(capsys, "speakers", "--case", case, "--json")[1])
    # One in the wire story (its two parts around the cue are one quotation), one in the
    # Island Post's report; not one more for the wire's copy.
    assert {
        "name": "Tomas Reyes",
        "quotes": 2,
        "aliases": [],
        "roles": [],
        "spellings": [],
        "described": False,
    } in speakers
    events = json.loads(run(capsys, "timeline", "--case", case, "--json")[1])
    assert events and not {event["doc_id"] for event in events} & copies
