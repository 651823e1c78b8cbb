"""Merging the names of one person in the speakers list (`@` in the quote finder)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from store.case import Case
from tests.tui.conftest import HOSTILE, CaseFactory, Doc, notices, screen_lines, wait_until
from tests.tui.quote_docs import QUOTE_DOCS, quoted
from tui.app import build_app
from tui.panes.note_editor import NoteEditor
from tui.panes.quote_speakers import SpeakersScreen
from tui.panes.quotes import QuotesPane
from tui.screenshots import settle

SIZE = (120, 40)
Compare = Callable[..., bool]
FAHMI, FADZIL, MINISTER = "Fahmi Fadzil", "Fadzil", "Communications Minister Fahmi"
MERGE_TEXT = ['"The law is clear," Fadzil said. "It is done," the minister said.']
MERGE_DOC = Doc(
    "Ministry answers",
    [("text", text) for text in MERGE_TEXT],
    source="The Sun",
    published=dt.date(2024, 5, 14),
    quotes=[
        quoted(MERGE_TEXT, 0, "The law is clear,", FADZIL),
        quoted(MERGE_TEXT, 0, "It is done,", MINISTER),
    ],
)


def listed_names(screen: SpeakersScreen) -> list[str]:
    return [str(option.prompt) for option in screen.query_one(OptionList).options]


def speakers_listed(pane: QuotesPane) -> set[str | None]:
    return {hit.quote.speaker for hit in pane.quote_list.hits}


async def open_speakers(pilot: Pilot[None]) -> tuple[QuotesPane, SpeakersScreen]:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("at")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SpeakersScreen)
    return pilot.app.query_one(QuotesPane), screen


async def test_marked_names_merge_into_the_fullest_and_unmerge(make_case: CaseFactory) -> None:
    app = build_app(make_case([*QUOTE_DOCS, MERGE_DOC]))
    async with app.run_test(size=SIZE) as pilot:
        pane, screen = await open_speakers(pilot)
        assert listed_names(screen) == [
            f"  3  {FAHMI}",
            f"  1  {MINISTER}",
            f"  1  {FADZIL}",
            "  1  Lim Wei",
        ]
        await pilot.press("space", "m")  # in the filter they are typed, not keys
        assert screen.query_one(Input).value == " m" and not screen.marked
        await pilot.press("backspace", "backspace", "down", "space", "down", "space", "down")
        await pilot.press("space")
        assert screen.marked == {FAHMI, MINISTER, FADZIL}
        assert listed_names(screen)[:3] == [f"✓ 3  {FAHMI}", f"✓ 1  {MINISTER}", f"✓ 1  {FADZIL}"]
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the name asked for")
        assert app.screen.query_one(Input).value == FAHMI  # the fullest name, editable
        await pilot.press("enter")
        merged = [f"  5  {FAHMI}  (also {MINISTER}, {FADZIL})", "  1  Lim Wei"]
        await wait_until(pilot, lambda: listed_names(screen) == merged, "the names merged")
        assert screen.query_one(OptionList).highlighted == 0  # on the name kept
        await settle(pilot)
        assert speakers_listed(pane) == {FAHMI, "Lim Wei", None}  # the finder searched again
        await pilot.press("u")
        await wait_until(pilot, lambda: len(listed_names(screen)) == 4, "the names given back")
        await settle(pilot)
        assert speakers_listed(pane) == {FAHMI, MINISTER, FADZIL, "Lim Wei", None}


async def test_filtering_finds_a_name_merged_into_another(make_case: CaseFactory) -> None:
    path = make_case([*QUOTE_DOCS, MERGE_DOC])
    with Case(path) as case:
        case.merge_speakers(FAHMI, [MINISTER])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        pane, screen = await open_speakers(pilot)
        await pilot.press(*"minister")
        assert listed_names(screen) == [f"  4  {FAHMI}  (also {MINISTER})"]
        await pilot.press("enter")
        await settle(pilot)
        assert pane.search_box.value == f'@"{FAHMI}"'


async def test_merging_needs_two_marked_names_and_unmerging_a_merged_name(
    make_case: CaseFactory,
) -> None:
    messages: list[Message] = []
    app = build_app(make_case([*QUOTE_DOCS, MERGE_DOC]))
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        _, screen = await open_speakers(pilot)
        await pilot.press("down", "space", "m")
        await pilot.press("u")
        await settle(pilot)
        said = [notice.message for notice in notices(messages)]
        assert said[-2:] == [
            "Mark two names or more with space, then press m.",
            f"No names are merged into {FAHMI}.",
        ]
        assert isinstance(app.screen, SpeakersScreen) and screen.marked == {FAHMI}
        hint = str(screen.query_one("#speakers-hint", Static).render())
        assert "1 marked" in hint


async def test_names_with_markup_merge_literally(make_case: CaseFactory) -> None:
    hostile = f"Speaker {HOSTILE}"
    text = [f'"First words," said {hostile}.']
    doc = Doc("Hostile", [("text", text[0])], quotes=[quoted(text, 0, "First words,", hostile)])
    messages: list[Message] = []
    app = build_app(make_case([*QUOTE_DOCS, doc]))
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        _, screen = await open_speakers(pilot)
        await pilot.press("down", "space", "down", "down", "space", "m")  # Fahmi's, then it
        await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the name asked for")
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(listed_names(screen)) == 2, "the names merged")
        assert app.is_running
        assert any("[bold]x[/bold]" in notice.message for notice in notices(messages))


class TestSpeakersSnapshot:
    def test_marks_and_merged_names(self, snap_compare: Compare, make_case: CaseFactory) -> None:
        path = make_case([*QUOTE_DOCS, MERGE_DOC])
        with Case(path) as case:
            case.merge_speakers(FAHMI, [MINISTER])

        async def run(pilot: Pilot[None]) -> None:
            _, screen = await open_speakers(pilot)
            screen.query_one(Input).cursor_blink = False
            await pilot.press("down", "space", "down", "space", "down")
            await settle(pilot)

        assert snap_compare(build_app(path), terminal_size=SIZE, run_before=run)


def test_the_merge_keys_are_described_and_rebindable() -> None:
    ids = {binding.id for binding in SpeakersScreen.BINDINGS}  # type: ignore[union-attr]
    assert {"speakers.mark", "speakers.merge", "speakers.unmerge"} <= ids
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in readme.split("In the speakers list", 1)[1] for key in "mu")


async def test_at_80x24_a_long_list_leaves_the_hint_in_sight(make_case: CaseFactory) -> None:
    texts = [f'"Point number {n} stands," said Person{n} Surname.' for n in range(30)]
    many = Doc(
        "Many voices",
        [("text", text) for text in texts],
        quotes=[
            quoted(texts, n, f"Point number {n} stands,", f"Person{n} Surname") for n in range(30)
        ],
    )
    app = build_app(make_case([many]))
    async with app.run_test(size=(80, 24)) as pilot:
        _, screen = await open_speakers(pilot)
        await wait_until(pilot, lambda: len(listed_names(screen)) == 30, "the speakers counted")
        await settle(pilot)
        text = "\n".join(screen_lines(app))
        assert "Esc: close." in text  # the hint's last words, inside the dialog


ROLE_TEXT = [
    '"We listen first," the manager said. "Then we build," she said.',
    '"Fans came back," Lysis Bourget-Vennin said.',
]
ROLE_DOC = Doc(
    "Brand notes",
    [("text", text) for text in ROLE_TEXT],
    source="Trade Weekly",
    published=dt.date(2024, 6, 1),
    quotes=[
        quoted(ROLE_TEXT, 0, "We listen first,", "Brand Engagement Manager"),
        quoted(ROLE_TEXT, 0, "Then we build,", "Brand Engagement Manager"),
        quoted(ROLE_TEXT, 1, "Fans came back,", "Lysis Bourget-Vennin"),
    ],
)


async def test_a_merge_proposes_the_persons_name_over_a_longer_job_title(
    make_case: CaseFactory,
) -> None:
    app = build_app(make_case([ROLE_DOC]))
    async with app.run_test(size=SIZE) as pilot:
        _pane, screen = await open_speakers(pilot)
        assert listed_names(screen) == [
            "  2  Brand Engagement Manager",
            "  1  Lysis Bourget-Vennin",
        ]
        await pilot.press("down", "space", "down", "space")
        assert screen.marked == {"Brand Engagement Manager", "Lysis Bourget-Vennin"}
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the name asked for")
        assert app.screen.query_one(Input).value == "Lysis Bourget-Vennin"


async def test_a_speaker_the_text_describes_is_listed_after_the_people_and_marked(
    make_case: CaseFactory,
) -> None:
    texts = [
        '"It cut my time in half," one tester said.',
        '"Too loud," one tester said. "Too slow," one tester said. "Fine," Ann Lee said.',
    ]
    doc = Doc(
        "Flossers tested",
        [("text", text) for text in texts],
        source="The Sun",
        published=dt.date(2024, 5, 14),
        quotes=[
            quoted(texts, 0, "It cut my time in half,", "one tester"),
            quoted(texts, 1, "Too loud,", "one tester"),
            quoted(texts, 1, "Too slow,", "one tester"),
            quoted(texts, 1, "Fine,", "Ann Lee"),
        ],
    )
    app = build_app(make_case([doc]))
    async with app.run_test(size=SIZE) as pilot:
        _, screen = await open_speakers(pilot)
        assert listed_names(screen) == ["  1  Ann Lee", "  3  one tester  · described, not named"]
