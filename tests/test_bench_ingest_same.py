"""The before/after checks of ingest speed changes (benchmarks/bench_ingest_same.py): a folder
ingested twice by the same code is the same; a change in any stored text is named; the CPU
timing (bench_ingest_cpu.py) leaves the first file out of its time."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from bench_ingest_same import compare, dump

ARTICLE = """---
title: Bridge plans approved
url: https://example.com/bridge
date: 2024-05-02
---

The council approved the bridge on Monday, 29 April 2024.

“We waited ten years for this,” said Ann Lee, the mayor.
"""


def test_the_same_folder_dumps_alike_and_holds_what_was_stored(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text("Plain text about the harbour, opened in 2019.\n")
    first, second = dump(tmp_path, workers=1), dump(tmp_path, workers=1)
    assert compare(first, second) == []
    assert sorted(first) == ["a.md", "b.txt"]
    assert first["a.md"]["quotes"][0]["text"].startswith("We waited ten years for this")
    assert "id" not in first["a.md"]["document"] and "doc_id" not in first["a.md"]["quotes"][0]


def test_differences_are_named_by_file_and_table() -> None:
    before = {
        "a.md": {"document": {"title": "A"}, "quotes": [{"text": "x"}, {"text": "y"}]},
        "b.md": {"document": {"title": "B"}},
    }
    after = {
        "a.md": {"document": {"title": "A"}, "quotes": [{"text": "x"}, {"text": "z"}]},
        "c.md": {"document": {"title": "C"}},
    }
    assert compare(before, after) == [
        "a.md: quotes differ: row 1: text: 'y' -> 'z'",
        "b.md: missing",
        "c.md: added",
    ]
    assert compare(before, after, shown=1) == [
        "a.md: quotes differ: row 1: text: 'y' -> 'z'",
        "... and 2 more",
    ]


def test_the_cpu_benchmark_times_every_file_but_the_first(tmp_path: Path) -> None:
    from bench_ingest_cpu import measure

    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(ARTICLE)
    (tmp_path / ".complete").write_text("")  # a dot file, as the benchmark's folders hold
    timed = measure(tmp_path, None)
    assert timed["docs"] == 2 and timed["cpu"] > 0
    assert measure(tmp_path, 1)["docs"] == 1
