"""The quotes pane: finding as you type, opening, copying, variants, speakers, hostile input."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, Static
from textual.worker import WorkerState

from store.case import Case
from store.ingest.run import ingest
from tests.tui.conftest import (
    HOSTILE_DOC,
    STANDARD_DOCS,
    CaseFactory,
    notices,
    posted,
    screen_text,
    wait_for_palette,
)
from tests.tui.quote_docs import (
    ACTIONS,
    ACTIONS_AGAIN,
    BLUNT,
    HOSTILE_QUOTE_DOC,
    LONG,
    MAIL,
    PROBLEM,
    QUOTE_DOCS,
    link_variants,
)
from tui.app import build_app
from tui.locations import seeds_dir
from tui.panes.quote_list import MATCH_STYLE, QuoteList
from tui.panes.quote_speakers import SpeakersScreen
from tui.panes.quote_variants import QuoteVariants
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (120, 40)
Compare = Callable[..., bool]


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copying in a test must not reach the tmux buffer or the desktop of whoever runs it."""
    for variable in ("TMUX", "WAYLAND_DISPLAY", "DISPLAY"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def quote_case(make_case: CaseFactory) -> Path:
    path = make_case(QUOTE_DOCS)
    link_variants(path)
    return path


async def show_quotes(pilot: Pilot[None]) -> QuotesPane:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    return pilot.app.query_one(QuotesPane)


async def search(pilot: Pilot[None], text: str) -> QuotesPane:
    """From the list, `/` and type `text`."""
    pane = await show_quotes(pilot)
    await pilot.press("slash", *text)
    await settle(pilot)
    return pane


def listed(pane: QuotesPane) -> list[int | None]:
    return [hit.quote.id for hit in pane.quote_list.hits]


def status(pane: QuotesPane) -> str:
    return str(pane.query_one("#quotes-status", Static).render())


async def test_an_empty_query_lists_every_quote_in_document_order(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        assert isinstance(app.focused, QuoteList)  # not the search box: 1-4 still switch panes
        assert listed(pane) == [ACTIONS_AGAIN, ACTIONS, PROBLEM, BLUNT, LONG]  # undated last
        assert status(pane) == "5 quotes, in document order  ·  excluded hidden (X)"


async def test_typing_a_query_with_typos_finds_the_quote(quote_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await search(pilot, "aproprate actons")
        assert isinstance(app.focused, Input) and app.focused.value == "aproprate actons"
        assert set(listed(pane)) == {ACTIONS, ACTIONS_AGAIN}
        found = [m for m in posted(messages, QuotesPane.QuotesFound) if m.query == pane.query_text]
        assert {hit.quote.id for hit in found[-1].hits} == {ACTIONS, ACTIONS_AGAIN}
        row = pane.quote_list.row_content(0)
        assert isinstance(row, Content)
        marked = [row.plain[s.start : s.end] for s in row.spans if s.style == MATCH_STYLE]
        assert marked == ["appropriate", "actions"]
        assert "— Fahmi Fadzil · Malay Mail · 12 May 2024" in row.plain
        assert status(pane) == (
            "2 quotes matching “aproprate actons”, best first  ·  excluded hidden (X)"
        )


async def test_stale_results_are_dropped(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await search(pilot, "blunt")
        assert listed(pane) == [BLUNT]
        ranking = pane.quote_list.ranking
        assert ranking is not None
        stale = pane.quote_list.hits * 2  # as if found for what was typed before
        pane.post_message(QuotesPane.QuotesFound("blun", ranking, stale))
        await settle(pilot)
        assert listed(pane) == [BLUNT]


async def test_a_search_typed_while_one_runs_is_searched_after_it(quote_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await show_quotes(pilot)
        pane.search_box.value = "telegrm"
        pane.search_box.value = "blunt tol"  # before the first search could finish
        await settle(pilot)
        assert listed(pane) == [BLUNT]
        assert posted(messages, QuotesPane.QuotesFound)[-1].query == "blunt tol"


async def test_enter_opens_the_reader_at_the_quote(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "admit problem")
        await pilot.press("enter")  # from the search box: the best match
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        assert app.query_one("TabbedContent").active == "reader"
        assert reader.document is not None and reader.document.title == "Telegram faces action"
        current = reader.marks.current_hit
        assert current is not None and current.quote.id == PROBLEM
        assert reader.article.current_quote_paragraphs() == [2]


async def test_keys_move_between_the_search_box_and_the_list(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash")
        assert app.focused is pane.search_box
        await pilot.press(*"problem", "down")
        await settle(pilot)
        assert app.focused is pane.quote_list and pane.quote_list.cursor == 0
        await pilot.press("up")  # above the first quote: back to the search box
        assert app.focused is pane.search_box
        await pilot.press("escape")
        await settle(pilot)
        assert pane.search_box.value == "" and app.focused is pane.quote_list
        assert len(listed(pane)) == 5
        await pilot.press("4")  # the list leaves the number keys to the panes
        assert app.query_one("TabbedContent").active == "timeline"


async def test_the_vocabulary_is_read_when_the_pane_is_shown_not_at_the_first_keystroke(
    quote_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import store.search.vocabulary

    reads: list[Path] = []
    read = store.search.vocabulary.read_vocabulary

    def counted(case: Case) -> store.search.vocabulary.Vocabulary:
        reads.append(case.path)
        return read(case)

    monkeypatch.setattr(store.search.vocabulary, "read_vocabulary", counted)
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert reads == []  # not while the documents list opens
        await pilot.press("3")
        await settle(pilot)
        assert reads == [quote_case]  # before any search was typed
        pane = await search(pilot, "aproprate actons")
        assert set(listed(pane)) == {ACTIONS, ACTIONS_AGAIN} and reads == [quote_case]


async def test_letters_typed_in_the_list_act_or_point_to_the_search_key(
    quote_case: Path,
) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press(*"bgb")  # not keys of the list: no search starts, one hint shows
        await settle(pilot)
        assert pane.search_box.value == "" and app.focused is pane.quote_list
        hints = [notice.message for notice in notices(messages)]
        assert hints == ["Press / to search the quotes, then type."]
        await pilot.press("s")  # the list's own key: stars, never types
        await settle(pilot)
        assert pane.search_box.value == "" and pane.quote_list.annotation.starred
        await pilot.press("slash", "escape", "b")  # after a search, the hint can show again
        await settle(pilot)
        hints = [notice.message for notice in notices(messages)]
        assert hints.count("Press / to search the quotes, then type.") == 2


async def test_y_copies_the_quote_with_its_citation(quote_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await search(pilot, "'admit")
        await pilot.press("down", "y")
        await settle(pilot)
        assert app.clipboard == (
            "“We admit we have a problem with Telegram” — Fahmi Fadzil, quoted by Ann Lee,"
            " The Star, “Telegram faces action”, 13 May 2024, ¶ 3, https://example.org/telegram"
            "#:~:text=We%20admit%20we%20have%20a%20problem%20with%20Telegram"
        )
    copied = [n for n in notices(messages) if n.message.startswith("Copied")]
    assert [n.message for n in copied] == [
        "Copied “We admit we have a problem…” (Default) via terminal (OSC 52)"
    ]
    assert not copied[0].markup


async def test_y_copies_in_the_csl_style_of_the_settings(quote_case: Path) -> None:
    from tui.settings import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('citation_style = "harvard-cite-them-right"\n')
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await search(pilot, "'admit")
        await pilot.press("down", "y")
        await settle(pilot)
        first, entry = (app.clipboard or "").split("\n")
        assert first == (
            "“We admit we have a problem with Telegram” — Fahmi Fadzil (Lee, 2024, para. 3)"
        )
        assert "Telegram faces action" in entry and "The Star" in entry
    copied = [n.message for n in notices(messages) if n.message.startswith("Copied")]
    assert copied == [
        "Copied “We admit we have a problem…” (CSL harvard-cite-them-right) via terminal (OSC 52)"
    ]


async def test_c_cycles_the_style_and_saves_it(quote_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await search(pilot, "'admit")
        await pilot.press("down", "c", "y")
        await settle(pilot)
        assert app.clipboard == (
            "“We admit we have a problem with Telegram” (Fahmi Fadzil, as cited in Lee, 2024,"
            " para. 3).\n"
            "Lee, A. (2024, May 13). Telegram faces action. The Star. https://example.org/telegram"
        )
    assert "Citation style: APA" in [n.message for n in notices(messages)]
    from tui.settings import load_settings, settings_path

    assert settings_path().read_text().splitlines()[-1] == 'citation_style = "apa"'
    assert load_settings().settings.citation_style == "apa"
    again = build_app(quote_case)  # the next run starts with the style chosen
    assert again.settings.citation_style == "apa"


async def test_the_palette_sets_a_style_by_name(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        await show_quotes(pilot)
        await pilot.press("ctrl+p", *"Citation style: Markdown")
        await wait_for_palette(pilot, "Citation style: Markdown")
        await pilot.press("enter")
        await settle(pilot)
        assert app.settings.citation_style == "markdown"


async def test_variants_are_shown_and_r_reads_them(quote_case: Path) -> None:
    app = build_app(quote_case)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await show_quotes(pilot)
        variants = pane.query_one(QuoteVariants)
        await pilot.press("down")  # the Star's quote on the actions
        await settle(pilot)
        assert pane.quote_list.hit is not None and pane.quote_list.hit.quote.id == ACTIONS
        assert variants.display
        text = str(variants.render())
        assert "Also reported by" in text and "Malay Mail · 12 May 2024" in text
        assert "First in Malay Mail, 12 May 2024" in text  # the day before the Star's
        await pilot.press("r")
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        assert reader.document is not None and reader.document.id == MAIL
        assert reader.marks.current_hit is not None
        assert reader.marks.current_hit.quote.id == ACTIONS_AGAIN
        await pilot.press("3", "down")  # a quote reported once: nothing under the list
        await settle(pilot)
        assert not variants.display
        assert not app.screen.active_bindings["r"].enabled
        await pilot.press("r")  # says there is none, not how to search
        await settle(pilot)
        hints = [notice.message for notice in notices(messages)]
        assert hints[-1] == "No other outlet's report of this quote in the case."


async def test_the_speakers_list_filters_the_quotes(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("at")
        await settle(pilot)
        assert isinstance(app.screen, SpeakersScreen)
        names = [str(option.prompt) for option in app.screen.query_one("OptionList").options]
        assert names == ["  3  Fahmi Fadzil", "  1  Lim Wei"]  # a column for the merge marks
        await pilot.press(*"lim", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, SpeakersScreen)
        assert pane.search_box.value == '@"Lim Wei"'
        assert listed(pane) == [BLUNT]
        await pilot.press("at", "escape")  # closes without a choice
        await settle(pilot)
        assert pane.search_box.value == '@"Lim Wei"'


async def test_markup_in_quotes_is_shown_and_notified_literally(make_case: CaseFactory) -> None:
    messages: list[Message] = []
    app = build_app(make_case([*STANDARD_DOCS, HOSTILE_DOC, HOSTILE_QUOTE_DOC]))
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        pane = await search(pilot, "'Quote")
        assert len(listed(pane)) == 1
        text = screen_text(app)
        assert "Quote [bold]x[/bold] [@click=app.quit]y[/] [/x] [$5] ␛[31mred" in text
        assert "Speaker [bold]x[/bold]" in text and "Source [bold]x[/bold]" in text
        await pilot.press("down", "y")
        await settle(pilot)
        assert app.clipboard is not None and "␛]52;c;aGVsbG8=␇" in app.clipboard
        assert not any(ord(c) < 32 and c not in "\n\t" for c in app.clipboard)
        assert app.is_running
    copied = [n for n in notices(messages) if n.message.startswith("Copied")]
    assert copied and not copied[0].markup
    assert "[bold]x[/bold]" in copied[0].message and "\x1b" not in copied[0].message


@pytest.mark.parametrize(
    "query",
    [
        '"NEAR(a b) AND * ^ OR',
        "[/x] [@click=app.quit]q[/] [$5]",
        '@ # ! \' " @"unclosed',
        "\x1b[2J\x00x",
        "a" * 10_000,
        "word " * 2_000,
    ],
    ids=["fts", "markup", "operators", "controls", "10k-letters", "10k-words"],
)
async def test_hostile_queries_never_fail(quote_case: Path, query: str) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await show_quotes(pilot)
        if len(query) < 40 and query.isprintable():
            await pilot.press("slash", *query)
        else:
            pane.search_box.value = query  # pasted
        await settle(pilot)
        assert pane.query_text == query and app.is_running
        assert not [n for n in notices(messages) if n.severity == "error"]
        assert not [w for w in app.workers if w.state == WorkerState.ERROR]
        assert "…" in status(pane) or len(query) < 60


async def test_the_sample_seeds_find_the_ministers_quote(tmp_path: Path) -> None:
    case_path = tmp_path / "seeds.case.db"
    with Case(case_path) as case:
        ingest(case, [seeds_dir()])
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        pane = await search(pilot, "aproprate actons")
        hit = pane.quote_list.hit
        assert hit is not None and "appropriate actions" in hit.quote.text
        assert hit.quote.speaker and "Fahmi" in hit.quote.speaker
        await pilot.press("enter", "y")
        await settle(pilot)
        assert app.clipboard is not None and "appropriate actions" in app.clipboard


class TestQuotesPaneSnapshot:
    def test_a_search_with_variants(self, snap_compare: Compare, quote_case: Path) -> None:
        async def run(pilot: Pilot[None]) -> None:
            pane = await show_quotes(pilot)
            pane.search_box.cursor_blink = False
            await pilot.press("slash", *"aproprate actons")
            await settle(pilot)
            await pilot.press("down", "down")
            await settle(pilot)

        assert snap_compare(build_app(quote_case), terminal_size=SIZE, run_before=run)


def test_the_speakers_bindings_are_described_and_rebindable() -> None:
    # The help test covers the panes' bindings; this modal is not in the main screen's tree.
    for binding in SpeakersScreen.BINDINGS:
        assert isinstance(binding, Binding)
        assert binding.description and binding.id and binding.tooltip, binding


async def test_a_case_whose_quote_index_cannot_be_read_says_so_not_no_match(
    quote_case: Path,
) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await search(pilot, "aproprate actons")
        assert ACTIONS in listed(pane)
        with sqlite3.connect(quote_case) as conn:
            conn.execute("DROP TABLE quotes_fts")
        await pilot.press(*" asked")
        await settle(pilot)
        assert pane.quote_list.hits == []
        assert "cannot search the quotes: its quote index is missing" in status(pane)
        assert "No quote matches" not in status(pane)
        assert any("quote index is missing" in str(n.message) for n in notices(messages))
