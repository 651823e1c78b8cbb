"""What the quote finder paints a key: the key's echo in the frame that paints its results (or
on its own once a slow search has taken the hold's limit), and only the list lines that
changed, painted exactly as a full repaint would paint them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

import tui.panes.quotes as quotes_module
import tui.panes.search_box as search_box_module
from store.case import Case
from store.models import QuoteHit
from store.safe_text import one_line
from store.search import parse_query
from tests.store.factories import add_document
from tui.app import build_app
from tui.panes.quote_list import ROW_LINES, TEXT_LINES, QuoteList
from tui.panes.quote_status import shortened
from tui.panes.quote_variants import QuoteVariants
from tui.panes.quotes import QuotesPane
from tui.screenshots import settle

SIZE = (100, 30)
WORDS = ("ferry", "tariff", "quay", "pilot", "cargo", "tide")


@pytest.fixture(scope="module")
def port_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Quotes that share words in many mixes, so each prefix typed ranks them anew."""
    path = tmp_path_factory.mktemp("paint") / "paint.case.db"
    with Case(path) as case:
        for doc in range(4):
            quotes = [
                f"The {WORDS[n % 6]} and the {WORDS[(n + doc) % 6]} matter, case {doc}.{n}"
                for n in range(12)
            ]
            add_document(
                case,
                f"/paint/{doc}.txt",
                f"Harbour note {doc}",
                quotes,
                quotes=[(i, text, f"Pilot Nr{doc}") for i, text in enumerate(quotes)],
            )
    return path


def status(pane: QuotesPane) -> str:
    return str(pane.query_one("#quotes-status", Static).render())


def names_query(shown: str, typed: str) -> bool:
    """Whether the status line `shown` is the one for the results of `typed`."""
    if not parse_query(typed).selects:
        return "in document order" in shown
    return f"“{shortened(one_line(typed))}”" in shown


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Each frame the quotes pane is on: the search box's text and the status line then."""
    seen: list[tuple[str, str]] = []
    original = Screen._compositor_refresh

    def recorded(screen: Screen[object]) -> None:
        panes = screen.query(QuotesPane)
        if panes and screen.is_current:
            seen.append((panes.first().search_box.value, status(panes.first())))
        original(screen)

    monkeypatch.setattr(Screen, "_compositor_refresh", recorded)
    yield seen


async def show_quotes(pilot: Pilot[None]) -> QuotesPane:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    return pilot.app.query_one(QuotesPane)


def keys(text: str) -> list[str]:
    return ["space" if char == " " else char for char in text]


async def test_each_key_is_painted_with_its_results(
    port_case: Path, frames: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A limit no search here reaches: the frames wait for the results, however slow the run.
    monkeypatch.setattr(search_box_module, "HOLD_LIMIT_S", 60.0)
    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash")
        await settle(pilot)
        frames.clear()
        typed = "tariff qua"
        for key in keys(typed):
            await pilot.press(key)
            await settle(pilot)
        assert not pane.search_box.holding
        assert names_query(status(pane), typed)
        shown = {value for value, _ in frames}
        assert {typed[:n] for n in range(1, len(typed) + 1)} <= shown  # every key was painted
        for value, line in frames:
            assert names_query(line, value), (value, line)  # and never before its results


async def test_a_slow_search_shows_the_key_at_the_limit_then_its_results(
    port_case: Path, frames: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_box_module, "HOLD_LIMIT_S", 0.01)
    gate = threading.Event()
    find = quotes_module.find_quotes

    def slow_find(*args: object, **kwargs: object) -> quotes_module.FoundQuotes:
        assert gate.wait(30), "the test never let the search finish"
        return find(*args, **kwargs)  # type: ignore[arg-type]

    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash")
        monkeypatch.setattr(quotes_module, "find_quotes", slow_find)
        frames.clear()
        await pilot.press("q")
        for _ in range(10_000):  # until the echo is painted: the hold gave way
            if ("q", status(pane)) in frames:
                break
            await pilot.pause()
        assert ("q", status(pane)) in frames
        assert not names_query(status(pane), "q")  # the results are still on their way
        gate.set()
        await settle(pilot)
        assert names_query(status(pane), "q") and names_query(frames[-1][1], "q")


def count_painted_lines(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    painted: list[int] = []
    original = QuoteList.render_line

    def counted(self: QuoteList, y: int) -> object:
        painted.append(y)
        return original(self, y)

    monkeypatch.setattr(QuoteList, "render_line", counted)
    return painted


async def test_moving_the_cursor_repaints_the_two_rows_only(
    port_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        quotes = pane.quote_list
        quotes.focus()
        await settle(pilot)
        painted = count_painted_lines(monkeypatch)
        await pilot.press("down")
        await settle(pilot)
        assert quotes.cursor == 1
        # The text lines of the row left and of the row reached; not their rules, nor the rest.
        assert sorted(set(painted)) == [
            *range(TEXT_LINES),
            *range(ROW_LINES, ROW_LINES + TEXT_LINES),
        ]


async def test_a_key_that_finds_the_same_rows_repaints_no_list_line(
    port_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", *"cargo")
        await settle(pilot)
        before = [hit.quote.id for hit in pane.quote_list.hits]
        painted = count_painted_lines(monkeypatch)
        await pilot.press("space")  # the same words: the same quotes, marked the same
        await settle(pilot)
        assert names_query(status(pane), "cargo ")
        assert [hit.quote.id for hit in pane.quote_list.hits] == before
        assert painted == []


def painted_screen(pilot: Pilot[None]) -> list[list[tuple[str, object]]]:
    strips = pilot.app.screen._compositor.render_strips()
    return [[(segment.text, segment.style) for segment in strip] for strip in strips]


async def test_the_list_as_painted_line_by_line_is_the_list_painted_whole(
    port_case: Path,
) -> None:
    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        quotes = pane.quote_list
        steps: list[tuple[str, ...]] = [
            ("slash", *"pilot"),
            ("down", "down", "down"),  # into the list, the cursor two rows down
            ("s",),  # a star on it
            ("slash", *keys(" ca")),  # typed on: the cursor back on the first row
            ("down", "end", "home"),  # scrolled away and back
            ("slash", "backspace", "backspace", "backspace"),
        ]
        for step in steps:
            await pilot.press(*step)
            await settle(pilot)
            by_lines = painted_screen(pilot)
            quotes.refresh()
            await pilot.pause()
            assert painted_screen(pilot) == by_lines, step


async def test_typing_lays_the_screen_out_no_more(
    port_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", "c")
        await settle(pilot)
        layouts: list[Screen[object]] = []
        original = Screen._refresh_layout

        def counted(screen: Screen[object], *args: object, **kwargs: object) -> None:
            layouts.append(screen)
            original(screen, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        for key in keys("argo tide"):  # new results, new counts, new first quotes
            await pilot.press(key)
            await settle(pilot)
        assert names_query(status(pane), "cargo tide")
        assert layouts == []


async def test_the_highlighted_quotes_other_reports_are_sought_after_its_frame(
    port_case: Path, frames: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The look-up of the other reports (a worker and a query) waits for the frame that shows
    the results, so it never takes the interpreter from that frame."""
    asked: list[tuple[int | None, int]] = []  # (quote, frames painted by then)
    original = QuoteVariants.watch_quote

    def recorded(self: QuoteVariants, old: QuoteHit | None, hit: QuoteHit | None) -> None:
        asked.append((hit.quote.id if hit is not None else None, len(frames)))
        original(self, old, hit)

    monkeypatch.setattr(QuoteVariants, "watch_quote", recorded)
    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash")
        await settle(pilot)
        for more in ("cargo", " tide"):
            frames.clear()
            asked.clear()
            await pilot.press(*keys(more))
            await settle(pilot)
            typed = pane.search_box.value
            first = pane.quote_list.hit
            assert first is not None
            assert pane.query_one(QuoteVariants).quote is first  # sought in the end…
            results = next(n for n, (value, line) in enumerate(frames) if names_query(line, value))
            # …and each look-up only once a frame with results was painted
            assert asked and all(painted > results for _, painted in asked), (typed, asked)


async def test_a_paint_reads_the_lists_styles_once_not_at_each_line(
    port_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build_app(port_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        quotes = pane.quote_list
        painted = count_painted_lines(monkeypatch)
        looks: list[tuple[str, ...]] = []
        original = QuoteList.get_visual_style

        def counted(self: QuoteList, *classes: str, **kwargs: object) -> object:
            looks.append(classes)
            return original(self, *classes, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(QuoteList, "get_visual_style", counted)
        quotes.refresh()
        await settle(pilot)
        assert len(painted) >= SIZE[1] // 2  # the whole list was painted again
        assert 0 < len(looks) <= 4  # its cursor's and rules' styles, read for the paint
