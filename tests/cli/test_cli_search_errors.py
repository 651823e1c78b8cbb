"""`casebrowser quotes` on a case whose quote index cannot be read: an error, not "no quotes"."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.cli.test_cli import run


def test_quotes_on_a_case_without_its_quote_index_fails_with_a_clear_message(
    seed_case: Path, tmp_path: Path, capsys
) -> None:
    broken = tmp_path / "broken.db"
    shutil.copy(seed_case, broken)
    with sqlite3.connect(broken) as conn:
        conn.execute("DROP TABLE quotes_fts")
    code, out, err = run(capsys, "quotes", "piracy", "--case", str(broken), "--json")
    assert code != 0
    assert out == ""
    assert err.strip() == (
        f"casebrowser: {broken}: cannot search the quotes: its quote index is missing"
        " (no such table: quotes_fts_data)"
    )
