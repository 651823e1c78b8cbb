"""`casebrowser docs` and `show`: an estimated date with its precision, keys only added."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main


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
