"""A folder opened in the app: ingested in worker processes while the app answers keys, the
document list filling as batches commit; a folder with nothing to read leaves nothing behind."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Static, TabbedContent

from store.case import Case
from store.ingest.batch import BATCH_DOCS
from store.ingest.parallel import IN_FLIGHT_PER_PROCESS
from tests.tui.conftest import notices, posted
from tui.app import CaseBrowserApp, build_app
from tui.ingesting import IngestCommitted, IngestProgressed
from tui.panes.documents.pane import DocumentsPane

SIZE = (120, 40)
# One worker a core, each at most IN_FLIGHT_PER_PROCESS files ahead of the writer.
WORKERS = min(os.cpu_count() or 1, 8)
IN_FLIGHT_ITEMS = WORKERS * IN_FLIGHT_PER_PROCESS
# Enough files that, with the workers paused once the list shows at most PAUSE_BY
# documents, some are left that no worker has done, even with a batch held by the writer.
FILES = max(250, IN_FLIGHT_ITEMS + BATCH_DOCS + 200)
PAUSE_BY = FILES - IN_FLIGHT_ITEMS - BATCH_DOCS - 1
# A bound on each wait, not a pause: the conditions are met long before on an idle machine, and
# on one whose two cores are shared with a dozen busy processes (ingest there took 3 minutes).
WAIT_SECONDS = 600

ARTICLE = """---
title: Council story number {n}
source: The Gazette {source}
date: 2024-{month:02d}-{day:02d}
---

# Council story number {n}

The council met on Tuesday to discuss item {n} of the harbour plan. “We will decide by June
on item {n},” said Ann Lee, who chairs the committee.

Residents of ward {ward} asked for the minutes. “Nobody told us about item {n},” said a
shopkeeper, Tom Diaz, adding that last March the same plan had been put off.

A third paragraph about item {n}, with no quotation in it, and a fourth line for good measure.
"""


def write_folder(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        text = ARTICLE.format(n=n, source=n % 7, month=n % 12 + 1, day=n % 28 + 1, ward=n % 9)
        (folder / f"story-{n:04d}.md").write_text(text, encoding="utf-8")


async def until(pilot: Pilot[None], condition: Callable[[], bool], what: str) -> None:
    """Let the app run until `condition` holds; fail, saying `what`, if it never does."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        await pilot.pause(0.02)


@contextmanager
def workers_paused() -> Iterator[list[int]]:
    """The ingest's worker processes stopped (SIGSTOP) while inside: the ingest cannot end
    before what is tried inside is done, however fast the machine. Yields their pids."""
    pids = [child.pid for child in multiprocessing.active_children() if child.pid is not None]
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield pids
    finally:
        for pid in pids:
            with suppress(ProcessLookupError):  # ended meanwhile (a quitting app ends them)
                os.kill(pid, signal.SIGCONT)


async def test_a_folder_of_hundreds_of_files_fills_the_app_while_keys_work(
    tmp_path: Path,
) -> None:
    # 64 files or more once stored nothing: the app's worker processes failed to start
    # ("bad value(s) in fds_to_keep").
    folder = tmp_path / "articles"
    write_folder(folder, FILES)
    case_path = tmp_path / "articles.case.db"
    messages: list[Message] = []
    app = build_app(case_path, ingest_paths=[folder])
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = app.screen
        table = app.query_one(DocumentsPane).table

        def ingesting() -> bool:
            return screen.has_class("-ingesting")

        # The list shows the first batches while the rest are still being read. Workers
        # run at most IN_FLIGHT_ITEMS ahead of the writer, which commits every BATCH_DOCS:
        # with the workers paused at this point, the files left cannot all be stored.
        def partial_list() -> bool:
            failed = [n.message for n in notices(messages) if n.severity == "error"]
            assert ingesting(), f"the ingest ended before the list showed part of it {failed}"
            return 1 < (table.total or 0) <= PAUSE_BY

        await until(pilot, partial_list, "a partial document list during the ingest")
        with workers_paused() as workers:
            assert len(workers) >= WORKERS  # (and any a test before left exiting)
            # Keys work meanwhile: another pane and back, and a step down the list.
            await pilot.press("3")
            assert app.query_one(TabbedContent).active == "quotes"
            await pilot.press("1")
            await pilot.press("down")
            assert app.query_one(TabbedContent).active == "documents"
            assert table.cursor == 1
            label = str(app.query_one("#ingest-label", Static).render())
            assert label.startswith("Ingesting ") and f"/{FILES}" in label
            assert ingesting()

        await until(pilot, lambda: not ingesting(), "the end of the ingest")
        await until(pilot, lambda: table.total == FILES, "every document in the list")
        assert table.cursor == 1  # the list kept its place as it filled

    progress = posted(messages, IngestProgressed)
    assert [message.done for message in progress] == list(range(1, FILES + 1))
    assert {message.total for message in progress} == {FILES}
    committed = [message.stored for message in posted(messages, IngestCommitted)]
    assert len(committed) >= 2 and committed[-1] == FILES
    finished = [n for n in notices(messages) if n.title == "Ingest finished"]
    assert [n.message.splitlines()[0] for n in finished] == [
        f"{FILES} added, 0 updated, 0 unchanged, 0 rejected"
    ]


async def test_quitting_during_the_ingest_stops_it_and_keeps_what_was_stored(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    write_folder(folder, FILES)
    case_path = tmp_path / "articles.case.db"
    app = build_app(case_path, ingest_paths=[folder])
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(DocumentsPane).table
        await until(pilot, lambda: 1 < (table.total or 0) <= PAUSE_BY, "a partial list")
        assert app.screen.has_class("-ingesting")
        with workers_paused():
            await pilot.press("q")
    # The ingest's thread has ended (the app's thread workers run in the loop's executor).
    await asyncio.get_running_loop().shutdown_default_executor()
    with Case(case_path, readonly=True) as case:
        stored = case.count_documents()
    assert 1 < stored < FILES


async def test_ctrl_c_during_the_ingest_stops_it_keeps_what_was_stored_and_the_app_open(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    write_folder(folder, FILES)
    case_path = tmp_path / "articles.case.db"
    messages: list[Message] = []
    app = build_app(case_path, ingest_paths=[folder])
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        table = app.query_one(DocumentsPane).table
        await until(pilot, lambda: 1 < (table.total or 0) <= PAUSE_BY, "a partial list")
        with workers_paused():
            await pilot.press("ctrl+c")
            await until(pilot, lambda: not app.screen.has_class("-ingesting"), "the stop")

        def stopped() -> list[str]:
            return [n.message for n in notices(messages) if n.title == "Ingest stopped"]

        await until(pilot, lambda: bool(stopped()), "the notice")
        with Case(case_path, readonly=True) as case:
            stored = case.count_documents()
        assert 1 < stored < FILES
        await until(pilot, lambda: table.total == stored, "the list showing what was stored")
        assert stopped() == [
            f"{stored} documents stored; the rest is read the next time the folder is opened."
        ]
        assert not any("Press" in n.message for n in notices(messages))  # no quit hint
        assert app.is_running
        await pilot.press("ctrl+c")  # nothing left to stop: the app says how to quit
        await until(pilot, lambda: any("to quit" in n.message for n in notices(messages)), "hint")
        assert app.is_running
    finished = [n for n in notices(messages) if n.title == "Ingest finished"]
    assert finished == []


async def test_a_folder_with_nothing_to_read_closes_the_app_and_makes_no_case(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    case_path = tmp_path / "scans.case.db"
    app: CaseBrowserApp = build_app(case_path, ingest_paths=[folder])
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.return_code is not None, "the app closing")
    assert app.return_code == 1
    assert not case_path.exists()


def test_casebrowser_on_such_a_folder_says_so_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    command = Path(sys.executable).with_name("casebrowser")
    result = subprocess.run(
        [str(command), str(folder)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        env={**os.environ, "COLUMNS": "300"},
    )
    assert result.returncode == 1
    # Said before the app starts: the one line alone, no screen drawn before it.
    assert result.stdout == ""
    assert result.stderr == (
        f"casebrowser: {folder}: no supported files found (.md, .markdown,"
        " .txt, .html or .htm); nothing to open\n"
    )
    assert not (tmp_path / "scans.case.db").exists()


async def test_an_ingest_that_fails_says_so_and_leaves_the_app_usable(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_folder(folder, 3)
    case_path = tmp_path / "articles.case.db"
    case_path.write_bytes(b"not a case file, not even SQLite" * 100)
    messages: list[Message] = []
    app = build_app(case_path, ingest_paths=[folder])
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:

        def failure_told() -> bool:
            return any(
                n.message.startswith("Could not ingest the files: ") for n in notices(messages)
            )

        await until(pilot, failure_told, "a notice of the failure")
        assert not app.screen.has_class("-ingesting")
        await pilot.press("3")
        assert app.query_one(TabbedContent).active == "quotes"
