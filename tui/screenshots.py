"""SVG (and, where rsvg-convert exists, PNG) pictures of each pane, for the README."""

from __future__ import annotations

import asyncio
import html
import re
import shutil
import subprocess
from contextlib import suppress
from pathlib import Path

from rich.cells import cell_len
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

from tui.app import CaseBrowserApp, build_app

SIZE = (120, 40)
PNG_WIDTH = 1400
# Rounds of waiting with no worker left running before a picture is taken, and a bound on
# them in case a pane keeps working forever (a bug the picture then shows).
QUIET_ROUNDS = 2
SETTLE_ROUNDS_AT_MOST = 50
# A run of text on the terminal, as Textual's SVG export writes it.
SVG_TEXT = re.compile(
    r'<text class="(?P<cls>[^"]*)" x="(?P<x>[\d.]+)" y="(?P<y>[\d.]+)" '
    r'textLength="(?P<length>[\d.]+)" clip-path="(?P<clip>[^"]*)">(?P<text>[^<]*)</text>'
)
PIECE_CELLS = 8  # at most this many cells placed from one x: the font's drift stays < 2 px
# The terminal's text style, and the advance of the usual monospace fonts (DejaVu Sans Mono,
# Menlo, Fira Code, Liberation Mono: 0.6 em), to size them to fill a cell: Textual's 20 px
# leaves them 1.5% short of its 12.2 px cells, and line drawing then shows seams.
SVG_MATRIX_FONT = re.compile(r"(-matrix \{[^}]*?font-size: )(?P<size>[\d.]+)px")
MONO_ADVANCE = 0.6
# (file stem, keys pressed from the documents pane before the picture)
SHOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("documents", ()),
    ("reader", ("enter",)),
    ("quotes", ("3",)),
    ("timeline", ("4",)),
    ("help", ("question_mark",)),
)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until no worker runs and what the workers posted is handled, twice in a row:
    painting a list starts the page loads it shows, and a page painted can start another, so
    how many rounds that takes depends on the machine's load, never on a fixed count."""
    quiet_rounds = 0
    for _ in range(SETTLE_ROUNDS_AT_MOST):
        # A failed worker has told the user already; a cancelled one gave way to a newer one.
        with suppress(WorkerFailed, WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        busy = any(not worker.is_finished for worker in pilot.app.workers)
        quiet_rounds = 0 if busy else quiet_rounds + 1
        if quiet_rounds == QUIET_ROUNDS:
            return


async def _shoot(case_path: Path, keys: tuple[str, ...], svg: Path) -> None:
    app: CaseBrowserApp = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        app.save_screenshot(filename=svg.name, path=str(svg.parent))
    svg.write_text(cell_aligned(svg.read_text(encoding="utf-8")), encoding="utf-8")


def cell_aligned(svg: str) -> str:
    """`svg` with each run of text cut into pieces of a few cells, each placed at its own cell.

    Textual's SVG lays a run out by its textLength, which librsvg (what makes the PNGs) ignores:
    a font a little narrower than the cell drifts left along a run ("“ Despite" for "“Despite"
    where two runs meet), and leading spaces are dropped ("Fadzil·" for "Fadzil ·") unless
    xml:space says to keep them. Pieces of blanks only are left out: a space needs no glyph.
    The font is sized so that the usual monospace fonts fill their cells."""

    def pieces(match: re.Match[str]) -> str:
        text = html.unescape(match["text"])
        cell_width = float(match["length"]) / max(1, cell_len(text))
        out = []
        for offset, piece in _pieces(text):
            x = float(match["x"]) + offset * cell_width
            out.append(
                f'<text class="{match["cls"]}" x="{x:g}" y="{match["y"]}" '
                f'textLength="{cell_len(piece) * cell_width:g}" clip-path="{match["clip"]}" '
                f'xml:space="preserve">{html.escape(piece, quote=False)}</text>'
            )
        return "".join(out)

    first = SVG_TEXT.search(svg)
    if first is not None:
        cell_width = float(first["length"]) / max(1, cell_len(html.unescape(first["text"])))
        size = f"{cell_width / MONO_ADVANCE:.2f}"
        svg = SVG_MATRIX_FONT.sub(lambda match: f"{match[1]}{size}px", svg, count=1)
    return SVG_TEXT.sub(pieces, svg)


def _pieces(text: str) -> list[tuple[int, str]]:
    """(first cell, text) of each piece of at most PIECE_CELLS cells that is not all blank."""
    found: list[tuple[int, str]] = []
    cell = start = 0
    piece = ""
    for char in text:
        if piece and cell - start >= PIECE_CELLS:
            found.append((start, piece))
            piece = ""
        start = cell if not piece else start
        piece += char
        cell += cell_len(char)
    found.append((start, piece))
    return [(first, piece) for first, piece in found if piece.strip()]


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
