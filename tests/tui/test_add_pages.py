"""The palette's "Add web pages…": URLs typed or pasted, fetched from a loopback server (never
the internet) and ingested with progress, each failure named with its reason."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import TextArea

from store.case import Case
from tests.cli.test_cli_sources import Pages
from tests.tui.conftest import notices, posted, screen_text, wait_for_palette, wait_until
from tui.app import build_app
from tui.ingesting import IngestFinished, IngestProgressed
from tui.screens.add_pages import AddPagesScreen, split_urls
from tui.screenshots import settle

SIZE = (120, 36)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


async def open_dialog(pilot: Pilot[None]) -> TextArea:
    await settle(pilot)
    await pilot.press("ctrl+p", *"add web pages")
    await wait_for_palette(pilot, "Add web pages…")
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, AddPagesScreen), "the dialog")
    return pilot.app.screen.query_one(TextArea)


def test_urls_are_split_at_spaces_and_line_breaks_each_once() -> None:
    assert split_urls(" a  b\n\nc\ta\n") == ["a", "b", "c"]
    assert split_urls(" \n ") == []


async def test_the_palette_adds_web_pages_and_names_each_one_it_could_not_add(
    case_path: Path, server: str
) -> None:
    urls = [f"{server}/story/1", f"{server}/story/2", f"{server}/missing", "ftp://example.org/x"]
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        box = await open_dialog(pilot)
        box.insert(f"{urls[0]}\n{urls[1]} {urls[2]}\n\n{urls[3]}\n")  # as a paste would
        await pilot.press("enter")
        await wait_until(pilot, lambda: posted(messages, IngestFinished), "the pages are added")
        await settle(pilot)
        shown = screen_text(app)  # the documents list, read again
        assert "Ferry story 1" in shown and "Ferry story 2" in shown
        box = await open_dialog(pilot)  # the same page again: unchanged, and said so
        box.insert(urls[0])
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(posted(messages, IngestFinished)) == 2, "added again")
    fetching = [message for message in posted(messages, IngestProgressed) if message.fetching]
    said = [(message.name, message.total) for message in fetching]
    assert said == [*((url, 4) for url in urls), (urls[0], 1)]
    notice, again = [notice for notice in notices(messages) if notice.title == "Web pages"]
    assert notice.message.splitlines() == [
        "2 added, 0 updated, 0 unchanged, 2 rejected",
        f"{urls[2]}: HTTP 404 Not Found",
        f"{urls[3]}: not an http or https URL",
    ]
    assert notice.severity == "warning" and not notice.markup
    assert again.message == "0 added, 0 updated, 1 unchanged, 0 rejected"
    with Case(case_path) as case:
        added = {doc.title: doc.url for doc in case.documents() if doc.path.startswith(server)}
    assert added == {"Ferry story 1": urls[0], "Ferry story 2": urls[1]}


async def test_the_dialog_asks_again_for_nothing_and_escape_adds_nothing(case_path: Path) -> None:
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        box = await open_dialog(pilot)
        box.insert("  \n ")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AddPagesScreen)
        assert "Type or paste at least one web address." in [n.message for n in notices(messages)]
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, AddPagesScreen)
    assert posted(messages, IngestProgressed) == []


class TestAddPagesDialog:
    def test_urls_typed_and_pasted(
        self, snap_compare: Callable[..., bool], case_path: Path
    ) -> None:
        async def run(pilot: Pilot[None]) -> None:
            box = await open_dialog(pilot)
            box.cursor_blink = False
            box.insert("https://example.org/ferry-sinks\nhttps://example.org/inquiry ")
            await pilot.pause()

        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=run)
