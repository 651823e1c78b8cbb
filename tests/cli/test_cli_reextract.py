"""`casebrowser reextract`: the summary on stdout, what was left on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import EXTRACTION_VERSION
from store.case import Case
from tests.cli.test_cli import run
from tests.store.case.test_case_raw import deflated_against_article
from tests.store.ingest.test_reextract import raw_doc, store_as_an_older_extraction


def test_the_command_redoes_older_documents_and_says_what_it_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.db"
    with Case(path) as case:
        for n in range(3):
            store_as_an_older_extraction(case, raw_doc(n))
        case.db.execute(
            "UPDATE document_raw SET raw_zlib = ? WHERE doc_id = 3",
            [deflated_against_article("Raw.", ["Changed since."])],
        )
        case.db.conn.commit()
    code, out, err = run(capsys, "reextract", "--case", str(path))
    assert code == 1
    assert out.strip() == "2 re-extracted, 1 without readable raw text, left as they were"
    assert err.strip() == "/docs/2.md: no readable raw text, left as it was"
    with Case(path, readonly=True) as case:
        versions = case.db.execute("SELECT extraction_version FROM documents ORDER BY id")
        assert [row[0] for row in versions] == [EXTRACTION_VERSION, EXTRACTION_VERSION, 0]
    code, out, _ = run(capsys, "reextract", "--case", str(path))
    assert code == 1  # the unreadable one is still there, still said
    assert out.strip().startswith("0 re-extracted")
