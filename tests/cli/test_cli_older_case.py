"""A read command on a case an older casebrowser made: upgraded (backed up first), then read."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import run


def made_older(case: Path) -> None:
    """`case` as schema 3 had it: no tags or annotations tables yet."""
    conn = sqlite3.connect(case)
    conn.execute("DROP TABLE document_tags")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'create_annotations'")
    conn.execute("DROP TABLE annotations")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def test_a_read_command_upgrades_an_older_case_and_reads_it(
    seed_case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "older.db"
    shutil.copy(seed_case, case)
    made_older(case)
    code, out, err = run(capsys, "docs", "--json", "--case", str(case))
    assert (code, err) == (0, "")
    assert len(json.loads(out)) == 2
    assert (tmp_path / "older.db.v3.bak").exists()  # the file as it was, kept


def test_a_read_only_older_case_says_why_it_cannot_be_read(
    seed_case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "older.db"
    shutil.copy(seed_case, case)
    made_older(case)
    case.chmod(0o444)
    try:
        code, _out, err = run(capsys, "docs", "--json", "--case", str(case))
    finally:
        case.chmod(0o644)
    assert code != 0
    assert err.startswith(f"casebrowser: {case}: older case file")
