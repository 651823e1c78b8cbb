"""The README's pictures: one SVG (and PNG where rsvg-convert exists) per pane."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from tui.screenshots import cell_aligned, save_screenshots

PANES = ["documents", "reader", "quotes", "timeline", "help"]


def test_save_screenshots_writes_every_pane(case_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    written = save_screenshots(out, case_path)
    svgs = sorted(path.stem for path in written if path.suffix == ".svg")
    assert svgs == sorted(PANES)
    assert all(path.exists() and path.stat().st_size > 0 for path in written)
    assert "quotas" in (out / "reader.svg").read_text()  # the first document by date
    assert "Keys" in (out / "help.svg").read_text()
    pngs = [path for path in written if path.suffix == ".png"]
    assert len(pngs) == (len(PANES) if shutil.which("rsvg-convert") else 0)


def test_each_piece_of_text_is_placed_at_its_own_cell() -> None:
    # As Textual writes a run: leading blanks (librsvg drops them unless told to keep them),
    # and a run long enough for a font a little narrower than the cell to drift.
    cell = 12.2
    run = "&#160;&#160;—&#160;Fahmi&#160;Fadzil&#160;·&#160;━━━━━━━━━━━━━━━━━━━━"
    svg = (
        f'<text class="r1" x="24.4" y="20" textLength="{39 * cell:g}" clip-path="url(#l0)">'
        f"{run}</text>"
    )
    pieces = re.findall(
        r'<text class="r1" x="([\d.]+)" y="20" textLength="[\d.]+" clip-path="url\(#l0\)" '
        r'xml:space="preserve">([^<]*)</text>',
        cell_aligned(svg),
    )
    line = [" "] * 41
    for x, text in pieces:
        first = float(x) / cell
        assert round(first, 6).is_integer() and 1 <= len(text) <= 8, (x, text)
        for offset, char in enumerate(html.unescape(text)):
            line[round(first) + offset] = char
    assert "".join(line).replace("\xa0", " ") == "    — Fahmi Fadzil · " + "━" * 20


def test_screenshots_place_every_glyph_at_its_cell_and_use_common_glyphs(
    case_path: Path, tmp_path: Path
) -> None:
    save_screenshots(tmp_path, case_path)
    svg = (tmp_path / "quotes.svg").read_text()
    runs = re.findall(
        r'<text class="[^"]*-r\d+" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg
    )
    assert runs
    assert re.search(r"-matrix \{[^}]*font-size: 20.33px", svg)  # 0.6-em fonts fill 12.2 px
    for x, _y, text in runs:
        assert round(float(x) / 12.2, 6).is_integer(), (x, text)  # a cell's own x
        assert len(html.unescape(text)) <= 8, text  # too short to drift off its cells
    # The title bar: every glyph one the usual monospace fonts have (Latin-1, dashes, ≡).
    header = html.unescape("".join(text for _x, y, text in runs if y == runs[0][1]))
    header = header.replace("\xa0", " ")
    assert "≡" in header and "casebrowser — case.db" in header
    assert all(ord(char) < 0x100 or char in "—≡" for char in header), header
