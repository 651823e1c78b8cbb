"""SVG (and, where rsvg-convert exists, PNG) pictures of each pane, for the README."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from contextlib import suppress
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

from tui.app import CaseBrowserApp, build_app

SIZE = (120, 40)
PNG_WIDTH = 1400
# (file stem, keys pressed from the documents pane before the picture)
SHOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("documents", ()),
    ("reader", ("enter",)),
    ("quotes", ("3",)),
    ("timeline", ("4",)),
    ("help", ("question_mark",)),
)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until workers are done and the messages they posted are handled, twice over:
    painting the list starts the page loads it shows."""
    for _ in range(3):
        # A failed worker has told the user already; a cancelled one gave way to a newer one.
        with suppress(WorkerFailed, WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def _shoot(case_path: Path, keys: tuple[str, ...], svg: Path) -> None:
    app: CaseBrowserApp = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        app.save_screenshot(filename=svg.name, path=str(svg.parent))


def save_screenshots(out_dir: Path, case_path: Path) -> list[Path]:
    """Write `<pane>.svg` (and `<pane>.png`) for each pane of the app on `case_path`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    converter = shutil.which("rsvg-convert")
    written: list[Path] = []
    for stem, keys in SHOTS:
        svg = out_dir / f"{stem}.svg"
        asyncio.run(_shoot(case_path, keys, svg))
        written.append(svg)
        if converter is not None:
            png = svg.with_suffix(".png")
            subprocess.run([converter, "-w", str(PNG_WIDTH), str(svg), "-o", str(png)], check=True)
            written.append(png)
    return written
