"""The README's pictures: one SVG (and PNG where rsvg-convert exists) per pane."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui.screenshots import save_screenshots

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
