"""The benchmark case generator at a toy size: files that parse, same seed same bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from store.ingest.extract import extract_document
from store.ingest.formats import read_document

MAKE_CASE = Path(__file__).parents[1] / "benchmarks" / "make_case.py"
DOCS = 20


def make_case(out: Path, *extra: str) -> list[Path]:
    subprocess.run(
        [sys.executable, str(MAKE_CASE), "--docs", str(DOCS), "--out", str(out), *extra],
        check=True,
        capture_output=True,
    )
    return sorted(path for path in out.rglob("*") if path.is_file())


def test_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    first = make_case(tmp_path / "a", "--seed", "3", "--jobs", "2")
    second = make_case(tmp_path / "b", "--seed", "3", "--jobs", "1")
    other = make_case(tmp_path / "c", "--seed", "4")
    assert len(first) == DOCS
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_markdown_files_parse_with_front_matter_and_quotes(tmp_path: Path) -> None:
    for path in make_case(tmp_path / "md"):
        raw = read_document(path)
        assert raw.format == "markdown"
        assert raw.title and raw.url and raw.source and raw.published and raw.fetched
        extracted = extract_document(raw)
        assert len(extracted.quotes) >= 5
        assert any(quote.speaker for quote in extracted.quotes)


def test_mixed_format_writes_plain_text_too(tmp_path: Path) -> None:
    files = make_case(tmp_path / "mixed", "--format", "mixed")
    texts = [path for path in files if path.suffix == ".txt"]
    assert len(texts) == DOCS // 5
    raw = read_document(texts[0])
    assert raw.format == "text"
    assert extract_document(raw).quotes
