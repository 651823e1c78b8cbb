"""The app section: start-up until the documents list is painted, opening documents in the
reader, and memory after browsing, headless under Textual's `run_test`."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from bench_common import (
    APP_MEMORY_FLOOR_MB,
    FIRST_PAINT_FLOOR_S,
    READER_FLOOR_MS,
    Row,
    in_child,
    percentile,
)
from bench_report import Report

APP_SIZE = (120, 40)
READER_OPENS = 8


def time_app(case_path: str) -> dict[str, Any]:
    """Start the app headless on `case_path` (Textual's `run_test`), from before its import."""
    started = time.perf_counter()
    from tui.app import build_app

    imported = time.perf_counter() - started
    app = build_app(Path(case_path))
    result: dict[str, Any] = {"import_s": imported}
    asyncio.run(drive_app(app, started, result))
    result["rss_now_mb"] = current_rss_mb()
    return result


class FrameLog:
    """Notes when the app composes a frame in which a condition holds.

    Headless, Textual composes every frame but skips writing it (`App._display`); the hook
    renders the frame to terminal text as a real terminal would need, then checks. Timing
    this way leaves out Pilot's own waits for an idle CPU, which take up to a second.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.condition: Callable[[], bool] | None = None
        self.when: float | None = None
        self.seen = asyncio.Event()  # waited on, not polled: polling would slow the app
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is None or getattr(app, "_batch_count", 0):
                return
            with suppress(Exception):
                renderable.render_segments(app.console)
            if self.condition is not None and self.when is None and self.condition():
                self.when = time.perf_counter()
                self.seen.set()

        app._display = display

    def expect(self, condition: Callable[[], bool]) -> None:
        self.condition, self.when = condition, None
        self.seen.clear()

    async def painted(self, timeout: float = 120.0) -> float:
        await asyncio.wait_for(self.seen.wait(), timeout)
        assert self.when is not None
        return self.when


async def drive_app(app: Any, started: float, result: dict[str, Any]) -> None:
    from textual import events

    from tui.panes.documents.table import DocumentTable
    from tui.panes.reader.pane import ReaderPane

    frames = FrameLog(app)

    def list_shown() -> bool:
        tables = app.query(DocumentTable)
        return (
            bool(tables) and tables.first().total is not None and tables.first().row(0) is not None
        )

    frames.expect(list_shown)  # before the app starts: the frame may come early
    async with app.run_test(size=APP_SIZE) as pilot:
        result["first_paint_s"] = await frames.painted() - started
        table = app.query_one(DocumentTable)
        result["documents"] = table.total
        reader = app.query_one(ReaderPane)
        opens = []
        for number in range(READER_OPENS):
            await pilot.press("1", *["pagedown"] * number, "down")
            await until(pilot, lambda: table.row(table.cursor) is not None)
            await pilot.pause()
            expected = table.row(table.cursor).id
            frames.expect(lambda e=expected: shows_document(app, reader, e))
            pressed = time.perf_counter()
            app.post_message(events.Key("enter", "\r"))
            opens.append((await frames.painted() - pressed) * 1000)
        result["reader_ms"] = opens
        for keys in (["1", "end"], ["home"], ["3"], ["4"], ["2", "pagedown", "pagedown"]):
            await pilot.press(*keys)
            await app.workers.wait_for_complete()
            await pilot.pause()


def shows_document(app: Any, reader: Any, doc_id: int) -> bool:
    """Whether the frame has the reader on show with document `doc_id`'s text in it, not only
    the pane: its first paragraph's opening words are on screen."""
    document = reader.document
    if document is None or document.id != doc_id or reader.loading or not reader.region.area:
        return False
    opening = " ".join(document.paragraphs[0].text.split()[:3]) if document.paragraphs else ""
    screen_text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    return opening in screen_text


async def until(pilot: Any, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app never got there")
        await pilot.pause(0.002)


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_app(args: argparse.Namespace, out: Report, meta: dict[str, Any]) -> None:
    try:
        from tui.app import build_app  # noqa: F401  (is it there yet?)
    except ImportError as error:
        out.notes.append(f"app: skipped, tui.app.build_app is not importable ({error})")
        return
    results = [in_child(time_app, meta["path"]) for _ in range(args.runs)]
    paints = [result["first_paint_s"] for result, _ in results]
    opens = [ms for result, _ in results for ms in result["reader_ms"]]
    peak = max(rss for _, rss in results)
    case = f"{meta['docs']:,} docs"
    out.rows += [
        Row(
            "app start → documents list painted (s)",
            case,
            f"{statistics.median(paints):.2f}",
            f"{percentile(paints, 0.95):.2f}",
            "",
            f"≤ {FIRST_PAINT_FLOOR_S:.0f} s",
            percentile(paints, 0.95) <= FIRST_PAINT_FLOOR_S,
        ),
        Row(
            "open a document in the reader (ms)",
            case,
            f"{statistics.median(opens):.0f}",
            f"{percentile(opens, 0.95):.0f}",
            "",
            f"≤ {READER_FLOOR_MS:.0f} ms",
            percentile(opens, 0.95) <= READER_FLOOR_MS,
        ),
        Row(
            "app memory after browsing (peak RSS)",
            case,
            f"{statistics.median([r['rss_now_mb'] for r, _ in results]):.0f} MB now",
            "",
            f"{peak:.0f} MB",
            f"≤ {APP_MEMORY_FLOOR_MB:.0f} MB",
            peak <= APP_MEMORY_FLOOR_MB,
        ),
    ]
    imports = statistics.median([result["import_s"] for result, _ in results])
    out.notes.append(
        f"app: headless `App.run_test(size={APP_SIZE})` in a fresh process, timed from before"
        f" `import tui.app` ({imports:.2f} s of it) until a frame shows the documents list with"
        f" its rows; reader: Enter until a frame shows the document's first words; browsing:"
        f" {READER_OPENS} documents opened, list end/home, quotes and timeline panes shown."
    )
