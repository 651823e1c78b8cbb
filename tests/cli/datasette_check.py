"""Opening a case in Datasette in-process, as `datasette CASE.db` would serve it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette.app import Datasette


async def datasette_view(case: Path, search: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The case's tables as Datasette lists them, and the quotes its `_search=` finds."""
    datasette = Datasette([str(case)])
    await datasette.invoke_startup()
    name = datasette.get_database().name
    database = await datasette.client.get(datasette.urls.database(name, format="json"))
    assert database.status_code == 200, database.text
    tables = [table["name"] for table in database.json()["tables"]]
    url = datasette.urls.table(name, "quotes", format="json")
    found = await datasette.client.get(url, params={"_search": search, "_shape": "array"})
    assert found.status_code == 200, found.text
    return tables, found.json()
