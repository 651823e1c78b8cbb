"""100,000 documents: the list pages from the database and stays quick."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.case import Case
from tui.app import build_app
from tui.panes.documents.pane import DocumentsPane
from tui.panes.documents.table import CACHED_PAGES
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

DOCUMENTS = 100_000
SIZE = (120, 40)


@pytest.fixture(scope="module")
def big_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.case.db"
    with Case(path) as case:
        records = (
            {
                "path": f"/big/{number:06}.md",
                "title": f"Story {number:06} [b]not bold[/b]",
                "source": ("Gazette", "Herald", "Courier")[number % 3],
                "published": f"20{10 + number % 15}-{1 + number % 12:02}-{1 + number % 28:02}",
                "format": "markdown",
                "content_hash": f"{number:064}",
                "words": number % 1000,
                "quotes": number % 7,
            }
            for number in range(DOCUMENTS)
        )
        with case.transaction():
            case.db["documents"].insert_all(records, batch_size=5_000)
    return path


async def test_a_hundred_thousand_documents_page_from_the_database(big_case: Path) -> None:
    app = build_app(big_case)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.query_one(DocumentsPane).table
        assert table.total == DOCUMENTS
        assert table.row(0) is not None
        assert len(list(app.query("*"))) < 150  # rows are painted, not mounted

        await pilot.press("end")
        await settle(pilot)
        assert table.cursor == DOCUMENTS - 1
        assert table.row(table.cursor) is not None
        assert len(table._pages) <= CACHED_PAGES

        await pilot.press("s", "s", "s")  # by title
        await settle(pilot)
        assert table.row(0).title == "Story 000000 [b]not bold[/b]"  # type: ignore[union-attr]
        await pilot.press("pagedown", "pagedown", "enter")
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        opened = table.cursor
        assert reader.document is not None
        assert reader.document.title.startswith(f"Story {opened:06}")
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.document.title.startswith(f"Story {opened + 1:06}")

        await pilot.press("1", "slash", *"099999")
        await settle(pilot)
        assert table.total == 1
        assert table.row(0).title.startswith("Story 099999")  # type: ignore[union-attr]
