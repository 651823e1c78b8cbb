"""The case file opens in Datasette as it is, with full-text search on the quotes table."""

from __future__ import annotations

from pathlib import Path

from datasette.app import Datasette

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


async def test_datasette_lists_the_timeline_view_with_each_events_sentence(
    seed_case: Path,
) -> None:
    # Events keep their sentence as a span of a paragraph: the view spells it out.
    datasette = Datasette([str(seed_case)])
    await datasette.invoke_startup()
    name = datasette.get_database().name
    database = await datasette.client.get(datasette.urls.database(name, format="json"))
    assert "timeline" in [view["name"] for view in database.json()["views"]]
    url = datasette.urls.table(name, "timeline", format="json")
    events = await datasette.client.get(url, params={"_shape": "array"})
    assert events.status_code == 200, events.text
    assert events.json() and all(event["sentence"] for event in events.json())
    assert {event["phrase"] for event in events.json()} >= {"published", "Saturday"}
