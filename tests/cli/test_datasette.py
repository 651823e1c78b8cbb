"""The case file opens in Datasette as it is, with full-text search on the quotes table."""

from __future__ import annotations

from pathlib import Path

from tests.cli.datasette_check import datasette_view


async def test_datasette_lists_the_tables_and_searches_the_quotes(seed_case: Path) -> None:
    tables, found = await datasette_view(seed_case, "sovereign country")
    assert {"documents", "paragraphs", "quotes", "events", "annotations"} <= set(tables)
    assert [quote["speaker"] for quote in found] == ["Fahmi Fadzil"]
    assert "sovereign country" in found[0]["text"]


async def test_datasette_search_takes_user_input_as_words(seed_case: Path) -> None:
    # Datasette escapes `_search` for FTS5: punctuation is text, never a query error.
    _tables, found = await datasette_view(seed_case, 'piracy" OR (')
    assert found == []
    _tables, found = await datasette_view(seed_case, "no such words anywhere")
    assert found == []
