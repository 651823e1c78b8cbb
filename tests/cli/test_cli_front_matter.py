"""`casebrowser ingest` on crawler pages: broken front matter is stored, with one warning line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main


def test_broken_front_matter_is_stored_with_one_warning_and_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "check.md").write_text(
        "---\ntitle: Fact Check: Is the moon made of cheese?\n"
        "date: Fri, 05 May 2023 10:00:00 EDT\n---\nThe moon is rock, the agency said.\n"
    )
    (folder / "odd.md").write_text(
        "---\ntitle: Odd: one\ndate: 2023-02-30\n---\nA paragraph of the odd article.\n"
    )
    case = str(tmp_path / "c.db")
    assert main(["ingest", str(folder), "--case", case]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("2 added") and "0 rejected, 1 stored with unreadable metadata" in out
    assert err.splitlines() == [
        f"{folder / 'odd.md'}: stored, but front matter unreadable: date '2023-02-30'"
    ]  # and no library warning about the EDT zone
    assert main(["docs", "--case", case, "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert {(doc["title"], doc["published"]) for doc in documents} == {
        ("Fact Check: Is the moon made of cheese?", "2023-05-05"),
        ("Odd: one", None),
    }
