"""The documents pane lists copies of one article once, and `is:copy` lists the copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from store.case import Case
from store.ingest.copy_linking import link_copies
from tests.tui.conftest import STANDARD_DOCS, CaseFactory, Doc
from tests.tui.test_documents import titles_on_screen
from tui.app import build_app
from tui.panes.documents.pane import DocumentsPane
from tui.screenshots import settle

SIZE = (120, 40)
Compare = Callable[..., bool]

WIRE = [
    "Every flight between the mainland and the three islands was cancelled on Sunday as pilots"
    " at Skerry Air walked out in a dispute over rest days, leaving hundreds of passengers to"
    " look for seats on the already crowded ferries.",
    "The airline said the strike was unnecessary and that it had offered the union two more"
    " rest days a month from the summer. It accused union leaders of walking away from talks on"
    " Friday evening without putting the offer to their members.",
]


def wire_story(title: str, source: str, url: str) -> Doc:
    return Doc(
        title,
        [("text", text) for text in WIRE],
        source=source,
        url=url,
        published=dt.date(2024, 3, 10),
    )


COPIES = [
    *STANDARD_DOCS,
    wire_story(
        "Pilots' strike grounds island flights",
        "The Coastal Ledger",
        "https://coastal-ledger.example/news/pilots-strike",
    ),
    wire_story(
        "Island flights cancelled as pilots walk out",
        "The Valley Times",
        "https://valley-times.example/world/pilots-walk-out",
    ),
    # The first standard document crawled again, its URL with tracking parameters.
    Doc(
        "Harbour dispute reaches court",
        STANDARD_DOCS[0].paragraphs,
        url="https://www.example.org/harbour/?utm_source=feed",
    ),
]


def copies_case(make_case: CaseFactory) -> Path:
    path = make_case(COPIES, name="copies.db")
    with Case(path) as case, case.transaction():
        link_copies(case, [(doc.id, None) for doc in case.documents(with_copies=True)])
    return path


def status(pane: DocumentsPane) -> str:
    return str(pane.query_one("#documents-status").render())


async def test_copies_are_listed_once_with_their_outlets(make_case: CaseFactory) -> None:
    app = build_app(copies_case(make_case))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        assert pane.table.total == 5
        rows = [pane.table.row(index) for index in range(5)]
        strike = next(row for row in rows if row and row.title.startswith("Pilots"))
        assert [strike.source, *strike.copy_sources] == ["The Coastal Ledger", "The Valley Times"]
        assert "2 copies listed once (is:copy shows them)" in status(pane)
        screen = "\n".join(pane.table.render_line(y).text for y in range(1, 6))
        pilots = next(line for line in screen.splitlines() if "Pilots" in line)
        # The title gives way to the mark when the column is too narrow for both.
        assert "Pilots' strike grounds island… · +1 copy: The Valley Times" in pilots
        assert "Harbour dispute reaches court · +1 copy " in screen  # one outlet


async def test_is_copy_lists_the_copies(make_case: CaseFactory) -> None:
    app = build_app(copies_case(make_case))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press("slash", *"is:copy", "enter")
        await settle(pilot)
        assert pane.query_one(Input).value == "is:copy"
        assert sorted(titles_on_screen(pane)) == [
            "Harbour dispute reaches court",
            "Island flights cancelled as pilots walk out",
        ]
        assert "copies listed once" not in status(pane)
        assert status(pane).startswith("2 of 2 copies match “is:copy”")
        screen = pane.table.render_line(1).text
        assert " · copy" in screen


class TestDocumentsCopiesSnapshot:
    def test_copies_listed_once(self, snap_compare: Compare, make_case: CaseFactory) -> None:
        async def run(pilot: Pilot[None]) -> None:
            for field in pilot.app.query(Input):
                field.cursor_blink = False
            await settle(pilot)

        app = build_app(copies_case(make_case))
        assert snap_compare(app, terminal_size=SIZE, run_before=run)
