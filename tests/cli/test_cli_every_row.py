"""With no query, `quotes` lists every quote, and `docs` and `timeline` every row: a script
reading a case gets all of it, a page at a time, never a silent first fifty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tui.cli import main, read

FILES, QUOTES_A_FILE = 3, 25


@pytest.fixture(scope="module")
def big_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """75 quotes in three articles, each quote dated, so more than any default page or cap."""
    folder = tmp_path_factory.mktemp("big")
    for number in range(FILES):
        paragraphs = [
            f"“We will open crossing {number}-{n} on {n + 1} March 2024,” said Ann Lee, the mayor."
            for n in range(QUOTES_A_FILE)
        ]
        body = "\n\n".join(paragraphs)
        (folder / f"story{number}.md").write_text(
            f"---\ntitle: Story {number}\ndate: 2024-0{number + 1}-01\n---\n{body}\n"
        )
    case = folder / "big.db"
    assert main(["ingest", str(folder), "--case", str(case)]) == 0
    return case


def quotes_json(capsys, *args: str) -> list[dict]:
    code, out, err = run(capsys, "quotes", *args, "--json")
    assert (code, err) == (0, "")
    # The array written an item at a time is the same text one json.dumps would give.
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    return json.loads(out)


def test_quotes_without_a_query_are_all_of_them(big_case: Path, capsys) -> None:
    hits = quotes_json(capsys, "--case", str(big_case))
    assert len(hits) == FILES * QUOTES_A_FILE
    assert len({hit["id"] for hit in hits}) == len(hits)
    texts = [hit["text"] for hit in hits]
    assert texts[0].startswith("We will open crossing 0-0 ") and "crossing 2-24 " in texts[-1]


def test_every_quote_is_read_a_page_at_a_time_in_document_order(
    big_case: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = quotes_json(capsys, "--case", str(big_case))
    monkeypatch.setattr(read, "PAGE", 7)  # pages that end inside a document, and a short last one
    assert quotes_json(capsys, "--case", str(big_case)) == whole
    assert quotes_json(capsys, "--case", str(big_case), "--limit", "30") == whole[:30]
    text = run(capsys, "quotes", "--case", str(big_case))[1]
    assert [line.split("]")[0] for line in text.splitlines() if line.startswith("[")] == [
        f"[{hit['id']}" for hit in whole
    ]


def test_a_limit_given_applies_with_or_without_a_query(big_case: Path, capsys) -> None:
    assert len(quotes_json(capsys, "--case", str(big_case), "--limit", "60")) == 60
    assert len(quotes_json(capsys, "crossing", "--case", str(big_case), "--limit", "60")) == 60
    # A query, with no --limit, shows its best matches only.
    assert len(quotes_json(capsys, "crossing", "--case", str(big_case))) == read.SEARCH_LIMIT


def test_an_empty_case_gives_an_empty_array(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("No quotation in this article at all.\n")
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    assert run(capsys, "quotes", "--case", case, "--json")[1] == "[]\n"
    assert run(capsys, "quotes", "--case", case)[1] == "No quotes found.\n"
    assert run(capsys, "timeline", "--no-published", "--case", case, "--json")[1] == "[]\n"


def test_docs_and_timeline_give_every_row(
    big_case: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read, "PAGE", 2)
    code, out, _ = run(capsys, "docs", "--case", str(big_case), "--json")
    assert code == 0 and [doc["title"] for doc in json.loads(out)] == [
        f"Story {n}" for n in range(FILES)
    ]
    code, out, _ = run(capsys, "timeline", "--no-published", "--case", str(big_case), "--json")
    events = json.loads(out)
    assert code == 0 and len(events) >= FILES * QUOTES_A_FILE
    assert out == json.dumps(events, ensure_ascii=False, indent=2) + "\n"
