"""A long URL in the reader's header breaks after its slashes, never mid-word at the edge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.content import Content

from tests.tui.conftest import CaseFactory, Doc, wait_until
from tui.app import build_app
from tui.panes.reader.header import url_lines
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

LONG_URL = (
    "https://salsa.example.org/freexian-team/debusine/-/wikis/"
    "debusine-transitions-for-the-trixie-release-cycle.html"
)


@pytest.mark.parametrize("width", [12, 20, 33, 40, 60, 76, 200])
@pytest.mark.parametrize(
    "url",
    [
        LONG_URL,
        "https://news.example.com/2024/05/13/a-very-long-slug-of-words-about-harbours?page=2&ref=rss",
        "https://x.example/" + "a" * 90,  # a part longer than any line: folded
    ],
)
def test_url_lines_break_after_slashes_and_lose_nothing(url: str, width: int) -> None:
    lines = [line.plain for line in url_lines(Content(url), width)]
    assert "".join(lines) == url
    assert all(0 < len(line) <= width for line in lines)
    longest_part = max(len(part) for part in re.findall(r"[^/?&#=]*[/?&#=]*", url))
    for line in lines[:-1]:
        # A break inside a word only where a part alone is wider than a line: folded there.
        if not line.endswith(("/", "?", "&", "=", "#")):
            assert len(line) == width and longest_part > width


def test_a_url_that_fits_is_one_line() -> None:
    assert [line.plain for line in url_lines(Content("https://a.example/b"), 80)] == [
        "https://a.example/b"
    ]


async def test_at_80_columns_the_reader_breaks_the_url_after_a_slash(
    make_case: CaseFactory,
) -> None:
    path: Path = make_case([Doc("Transitions", [("text", "Short text.")], url=LONG_URL)])
    app = build_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        await wait_until(
            pilot, lambda: any("debusine" in line for line in reader.article.shown_lines()), "URL"
        )
        shown = [line.strip() for line in reader.article.shown_lines()]
        first = next(k for k, line in enumerate(shown) if line.startswith("https://"))
        url_shown: list[str] = []
        for line in shown[first:]:
            if not line or not LONG_URL.startswith("".join(url_shown) + line):
                break
            url_shown.append(line)
        assert "".join(url_shown) == LONG_URL and len(url_shown) > 1
        assert all(line.endswith("/") for line in url_shown[:-1])  # broken after slashes
