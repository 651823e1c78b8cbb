"""Review states and quote locators from the command line: annotate --review, show --at."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run
from tests.cli.test_cli_export import fresh_case


def docs(capsys, case: str) -> list[dict]:
    return json.loads(run(capsys, "docs", "--case", case, "--json")[1])


def test_annotate_review_sets_the_state_docs_and_show_carry(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    listed = docs(capsys, case)
    assert {doc["review"] for doc in listed} == {"new"}
    first = listed[0]["id"]
    code, out, _ = run(capsys, "annotate", f"doc:{first}", "--review", "reviewed", "--case", case)
    assert code == 0 and out.strip().endswith("review: reviewed")
    assert [doc["review"] for doc in docs(capsys, case) if doc["id"] == first] == ["reviewed"]
    code, out, _ = run(capsys, "docs", "--case", case)
    header, *lines = out.splitlines()
    assert "  review  " in header
    row = next(line for line in lines if line.split()[0] == str(first))
    assert "  reviewed  " in row
    shown = json.loads(run(capsys, "show", str(first), "--case", case, "--json")[1])
    assert shown["review"] == "reviewed"
    # The keys of the contract stay first, in their order; review is added after them.
    assert list(shown)[:9] == ["id", "title", "source", "url", "author", "published", "words",
                               "quotes", "path"]  # fmt: skip


def test_annotate_review_usage_errors(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    first = docs(capsys, case)[0]["id"]
    code, _, err = run(capsys, "annotate", f"doc:{first}", "--review", "done", "--case", case)
    assert code == 2 and "done" in err
    code, _, err = run(capsys, "annotate", "1", "--review", "reviewed", "--case", case)
    assert code == 2 and "doc:DOC" in err


def test_show_at_marks_the_quote_paragraph(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    quote = json.loads(run(capsys, "quotes", "'piracy happening", "--case", case, "--json")[1])[0]
    doc, quote_id = str(quote["doc_id"]), str(quote["id"])
    shown = json.loads(run(capsys, "show", doc, "--at", quote_id, "--case", case, "--json")[1])
    at = shown["at"]
    assert at["quote_id"] == quote["id"] and at["text"] == quote["text"]
    paragraph = shown["paragraphs"][at["paragraph"]]
    assert quote["text"][:20] in paragraph["text"]
    text_before = [p for p in shown["paragraphs"][: at["paragraph"] + 1] if p["kind"] == "text"]
    assert at["paragraph_number"] == len(text_before)
    assert f"¶ {at['paragraph_number']}" in quote["citation"]
    code, out, _ = run(capsys, "show", doc, "--at", quote_id, "--case", case)
    assert code == 0 and f"▶ ¶ {at['paragraph_number']} · quote {quote_id}" in out
    other = next(d["id"] for d in docs(capsys, case) if d["id"] != quote["doc_id"])
    code, _, err = run(capsys, "show", str(other), "--at", quote_id, "--case", case)
    assert code == 2 and f"has no quote {quote_id}" in err
