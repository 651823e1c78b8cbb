"""The speakers list (`@` in the quote finder): each person once, with the roles their quotes
were given, most used first; typing filters by name or by role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from tests.tui.conftest import HOSTILE, CaseFactory, Doc
from tests.tui.quote_docs import quoted
from tests.tui.test_speaker_merges import SIZE, listed_names, open_speakers
from tui.app import build_app
from tui.screenshots import settle

TEXT = [
    '"The vote is Tuesday," Sen. Ann Lee said.',
    '"We have the numbers," said Senator Ann Lee.',
    '"It will pass," said Ann Lee, the party\'s chair.',
    '"We wait," Vermont Sen. Ann Lee said.',
    '"Never," said Martin O’Malley, the governor.',
    '"Not now," Martin O\'Malley said.',
    '"Later," said Bo Chan, the state treasurer.',
    '"Soon," said Conan O’Brien.',
    '"Yes," said Rosalía.',
]
SAID = [
    ("The vote is Tuesday,", "Ann Lee", "Sen."),
    ("We have the numbers,", "Ann Lee", "Senator"),
    ("It will pass,", "Ann Lee", "the party's chair"),
    ("We wait,", "Ann Lee", "Vermont Sen."),
    ("Never,", "Martin O’Malley", "governor"),
    ("Not now,", "Martin O'Malley", None),
    ("Later,", "Bo Chan", "state treasurer"),
    ("Soon,", "Conan O’Brien", None),
    ("Yes,", "Rosalía", None),
]
VOTE = Doc(
    "Vote on Tuesday",
    [("text", text) for text in TEXT],
    source="The Sun",
    published=dt.date(2024, 5, 14),
    quotes=[
        quoted(TEXT, index, words, speaker).model_copy(update={"role": role})
        for index, (words, speaker, role) in enumerate(SAID)
    ],
)
ANN = "  4  Ann Lee — Senator, Vermont Senator (+1 more)"
MARTIN = "  2  Martin O'Malley — governor  (also Martin O’Malley)"  # a tie: first in text order
BO = "  1  Bo Chan — state treasurer"
CONAN = "  1  Conan O’Brien"
ROSALIA = "  1  Rosalía"


async def test_each_person_once_with_their_most_used_roles(make_case: CaseFactory) -> None:
    app = build_app(make_case([VOTE]))
    async with app.run_test(size=SIZE) as pilot:
        _, screen = await open_speakers(pilot)
        assert listed_names(screen) == [ANN, MARTIN, BO, CONAN, ROSALIA]


async def test_typing_a_role_finds_its_people(make_case: CaseFactory) -> None:
    app = build_app(make_case([VOTE]))
    async with app.run_test(size=SIZE) as pilot:
        pane, screen = await open_speakers(pilot)
        await pilot.press(*"senator")  # "Sen." written out
        assert listed_names(screen) == [ANN]
        await pilot.press(*["backspace"] * 7, *"TREASURER")
        assert listed_names(screen) == [BO]
        await pilot.press(*["backspace"] * 9, *"chair")  # a role past those shown: named too
        assert listed_names(screen) == [
            "  4  Ann Lee — Senator, Vermont Senator, the party's chair",
        ]
        await pilot.press("enter")
        await settle(pilot)
        assert pane.search_box.value == '@"Ann Lee"'


async def test_a_filter_reads_words_and_says_when_none_match(
    make_case: CaseFactory,
) -> None:
    app = build_app(make_case([VOTE]))
    async with app.run_test(size=SIZE) as pilot:
        _, screen = await open_speakers(pilot)
        await pilot.press(*"mayor")
        assert listed_names(screen) == []
        assert screen.query_one(OptionList).highlighted is None
        hint = str(screen.query_one("#speakers-hint", Static).render())
        assert hint == "No speaker's name or role contains that. Esc closes."
        await pilot.press(*["backspace"] * 5, *"o'brien")  # the apostrophe a site typed aside
        assert listed_names(screen) == [CONAN]
        assert screen.query_one(Input).value == "o'brien"
        await pilot.press(*["backspace"] * 7, *"rosalia")
        assert listed_names(screen) == [ROSALIA]


async def test_a_role_is_shown_as_text_not_markup(make_case: CaseFactory) -> None:
    text = ['"We stay," said Ann Lee.']
    quote = quoted(text, 0, "We stay,", "Ann Lee").model_copy(update={"role": HOSTILE})
    doc = Doc("Stay", [("text", text[0])], source="The Sun", quotes=[quote])
    app = build_app(make_case([doc]))
    async with app.run_test(size=SIZE) as pilot:
        _, screen = await open_speakers(pilot)
        (row,) = listed_names(screen)
        assert row.startswith("  1  Ann Lee — ") and "[" in row


class TestSpeakersRolesSnapshot:
    def test_people_with_roles_and_spellings(
        self, snap_compare: Callable[..., bool], make_case: CaseFactory
    ) -> None:
        async def run(pilot: Pilot[None]) -> None:
            _, screen = await open_speakers(pilot)
            screen.query_one(Input).cursor_blink = False
            await pilot.press("down")
            await settle(pilot)

        assert snap_compare(build_app(make_case([VOTE])), terminal_size=SIZE, run_before=run)
