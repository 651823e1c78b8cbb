"""A document reference that names several documents (`show`, `timeline --doc`, `annotate
doc:`) lists them to choose from: id, date, outlet and title, a few, then how many more."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.case import Case
from tests.cli.test_cli import run
from tests.store.factories import add_document

OUTLETS = ["The Star", "Wired", "Reuters", "The Star", "Nature", "Wired", "BBC"]


@pytest.fixture
def case(tmp_path: Path) -> str:
    path = tmp_path / "c.db"
    with Case(path) as opened:
        for day, outlet in enumerate(OUTLETS, start=1):
            add_document(
                opened,
                f"/cases/{day}.md",
                f"Machine learning, part {day}",
                ["x"],
                published=dt.date(2024, 5, day),
                source=outlet,
            )
        add_document(opened, "/cases/port.md", "Port reopens", ["x"], source="BBC")
    return str(path)


@pytest.mark.parametrize(
    "command",
    [
        ["show", "machine learning"],
        ["timeline", "--doc", "machine learning"],
        ["annotate", "doc:machine learning", "--note", "read this"],
        ["annotate", "doc:machine learning", "--add-quote", "x"],
    ],
)
def test_a_reference_that_names_several_lists_them(
    case: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *command, "--case", case)
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0] == "casebrowser: 7 documents match 'machine learning'; give one's id:"
    rows = [line.split() for line in lines[1:6]]
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]  # in date order
    assert rows[1][:3] == ["2", "2024-05-02", "Wired"]
    assert lines[2].endswith("Machine learning, part 2")
    assert lines[6].startswith("  and 2 more")
    assert len(lines) == 7


def test_two_documents_are_both_listed_with_nothing_more(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Case(case) as opened:
        add_document(opened, "/cases/other.md", "Ports of call", ["x"])  # undated
    code, _, err = run(capsys, "show", "Port", "--case", case)
    lines = err.splitlines()
    assert code == 2 and lines[0] == "casebrowser: 2 documents match 'Port'; give one's id:"
    assert [line.split()[-1] for line in lines[1:]] == ["reopens", "call"]
    assert lines[2].split()[:3] == ["9", "-", "-"]  # no date, no outlet


def test_a_reference_that_names_one_still_shows_it(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "show", "Machine learning, part 3", "--case", case)
    assert code == 0 and out.startswith("Machine learning, part 3\n")


def test_a_reference_that_names_none_says_so(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "Ferries", "--case", case)
    assert code == 2
    assert err.strip() == "casebrowser: no document matches 'Ferries' (try `casebrowser docs`)"
