"""`casebrowser docs` and `show`: an estimated date with its precision, keys only added."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from store.models import DocumentSummary
from tui.cli import main
from tui.cli.output import DATE_CELLS, date_cell


def test_docs_json_and_text_give_an_estimate_s_precision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "year.txt").write_text("The strike began in 2023, the union said.\n")
    (folder / "month.txt").write_text("The strike began in March 2022, the union said.\n")
    (folder / "dated.md").write_text("---\ntitle: D\ndate: 2024-05-13\n---\nIt began in 2019.\n")
    case = str(tmp_path / "c.db")
    assert main(["ingest", str(folder), "--case", case]) == 0
    capsys.readouterr()
    assert main(["docs", "--case", case, "--json"]) == 0
    by_name = {Path(doc["path"]).name: doc for doc in json.loads(capsys.readouterr().out)}
    dates = {
        name: (doc["published"], doc["published_estimated"], doc["published_precision"])
        for name, doc in by_name.items()
    }
    assert dates == {
        "year.txt": (None, "2023-12-31", "year"),
        "month.txt": (None, "2022-03-31", "month"),
        "dated.md": ("2024-05-13", None, "day"),
    }
    assert main(["show", str(by_name["year.txt"]["id"]), "--case", case]) == 0
    assert "2023 (estimated)" in capsys.readouterr().out
    assert main(["docs", "--case", case]) == 0
    listing = capsys.readouterr().out
    assert "≈2023 " in listing and "≈2022-03" in listing and "2024-05-13" in listing


def test_an_estimated_day_reads_the_same_in_docs_and_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "day.txt").write_text("The deal was signed on 5 March 2023, the union said.\n")
    case = str(tmp_path / "c.db")
    assert main(["ingest", str(folder), "--case", case]) == 0
    assert main(["show", "day.txt", "--case", case]) == 0
    assert "Date     2023-03-05 (estimated)" in capsys.readouterr().out.splitlines()
    assert main(["docs", "--case", case]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert row.split()[1] == "≈2023-03-05"  # the day, not "≈2023-03"
    assert header.index("source") == row.index("≈2023-03-05") + DATE_CELLS + 2  # aligned


@pytest.mark.parametrize(
    ("published", "estimated", "precision", "cell"),
    [
        (dt.date(2023, 3, 5), True, "day", "≈2023-03-05"),
        (dt.date(2023, 12, 31), True, None, "≈2023-12-31"),  # stored before precisions
        (dt.date(2023, 3, 31), True, "month", "≈2023-03"),
        (dt.date(2023, 12, 31), True, "year", "≈2023"),
        (dt.date(2023, 6, 30), True, "quarter", "≈2023-Q2"),
        (dt.date(1999, 12, 31), True, "decade", "≈1990s"),
        (dt.date(2024, 5, 13), False, "day", "2024-05-13"),
        (None, False, None, "-"),
    ],
)
def test_a_list_names_a_date_at_the_precision_show_names_it(
    published: dt.date | None, estimated: bool, precision: str | None, cell: str
) -> None:
    doc = DocumentSummary(
        id=1, title="T", path="a.txt", published=published, published_estimated=estimated,
        published_precision=precision,
    )  # fmt: skip
    assert date_cell(doc) == cell
    assert len(cell) <= DATE_CELLS
