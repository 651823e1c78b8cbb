"""The ingest bar says what the ingest is doing before the first file is read: looking for
files (the bar moving to and fro, no percentage), then how many it found."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message
from textual.widgets import ProgressBar, Static

import store.ingest.run
from tests.tui.conftest import posted, wait_until
from tui.app import build_app
from tui.ingesting import IngestFinished, IngestFound, IngestProgressed

SIZE = (120, 40)
GATE_LIMIT = 30.0  # seconds: a bound for a stuck test, never reached when it passes


class Gates:
    """The ingest held where the app must show a phase, until the test has looked."""

    def __init__(self) -> None:
        self.walk = threading.Event()  # before the ingest looks for files
        self.read = threading.Event()  # after it counted them, before it reads the first

    def ingest(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def held(case: Any, paths: Any, *, found: Callable[[int], None], **options: Any) -> Any:
            def counted(total: int) -> None:
                found(total)
                self.read.wait(GATE_LIMIT)

            self.walk.wait(GATE_LIMIT)
            return real(case, paths, found=counted, **options)

        return held


@pytest.fixture
def gates(monkeypatch: pytest.MonkeyPatch) -> Gates:
    held = Gates()
    monkeypatch.setattr(store.ingest.run, "ingest", held.ingest(store.ingest.run.ingest))
    return held


def folder_of(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(count):
        (folder / f"story-{number}.md").write_text(f"# Story {number}\n\nText {number}.\n")
    return folder


def label(app: Any) -> str:
    return str(app.query_one("#ingest-label", Static).render())


def percentage_shown(app: Any) -> bool:
    return app.query_one(ProgressBar).query_one("#percentage").display


async def test_the_bar_says_it_looks_then_counts_then_reads(tmp_path: Path, gates: Gates) -> None:
    folder = folder_of(tmp_path, 3)
    messages: list[Message] = []
    app = build_app(tmp_path / "articles.case.db", ingest_paths=[folder])
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        bar = app.query_one(ProgressBar)
        looking = f"Looking for files in {folder}…"
        await wait_until(pilot, lambda: label(app) == looking, "the bar says it looks")
        await pilot.pause()
        assert bar.total is None and not percentage_shown(app)  # no "--%"
        gates.walk.set()
        counted = "Found 3 files; reading the first…"
        await wait_until(pilot, lambda: label(app) == counted, "the bar gives the count")
        await pilot.pause()
        assert (bar.total, bar.progress) == (3, 0) and percentage_shown(app)
        gates.read.set()
        await wait_until(pilot, lambda: posted(messages, IngestFinished) != [], "the ingest ends")
    ingest_messages = (m for m in messages if isinstance(m, IngestFound | IngestProgressed))
    heard = list({id(m): m for m in ingest_messages}.values())  # each once, in order
    assert heard[0] == IngestFound(3)
    assert [m.done for m in heard[1:] if isinstance(m, IngestProgressed)] == [1, 2, 3]


async def test_a_count_of_none_says_so(make_case: Any, tmp_path: Path, gates: Gates) -> None:
    # An existing case opened with a folder that holds nothing to read.
    empty = tmp_path / "empty"
    empty.mkdir()
    gates.walk.set()
    app = build_app(make_case(), ingest_paths=[empty])
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: label(app) == "Found no files to read", "the count")
        gates.read.set()
