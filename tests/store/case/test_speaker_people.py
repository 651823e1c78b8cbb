"""The speakers list a person a row: spellings of one name counted together, and the roles
the person's quotes were given, most used first (`store.case.speaker_people`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pytest

from store.case.speaker_people import is_description, ranked_forms, shown_role, words_of
from store.case.speaker_people import people as people_of
from store.models import Speaker


def people(quotes: Iterable[tuple[str, str | None, int]]) -> list[Speaker]:
    """`people_of` the quotes, given as (speaker, role or None, how many), counted as the
    quotes table counts them: by speaker, and by speaker and role."""
    counts: Counter[str] = Counter()
    roles = []
    for name, role, count in quotes:
        counts[name] += count
        if role is not None:
            roles.append((name, role, count))
    return people_of(counts.items(), roles)


def rows(speakers: list) -> list[tuple[str, int, list[str], list[str]]]:
    return [(s.name, s.quotes, s.spellings, s.roles) for s in speakers]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Martin O'Malley", "Martin O’Malley"),  # the apostrophe a site types
        ("Thomas W. Malone", "Thomas W Malone"),
        ("Rosalía", "Rosalia"),
        ("the statement", "The statement"),
        ("Ban Ki-moon", "Ban Ki moon"),
        ("JOHN  SMITH", "John Smith"),
    ],
)
def test_spellings_of_one_name_are_one_person_under_the_most_quoted(
    first: str, second: str
) -> None:
    listed = people([(second, None, 2), (first, None, 5), ("Lim Wei", None, 4)])
    # (In either order: "the statement" is a description, listed after the people.)
    assert sorted(rows(listed)) == sorted([(first, 7, [second], []), ("Lim Wei", 4, [], [])])


@pytest.mark.parametrize(
    "names",
    [
        ["Obama", "Barack Obama"],  # which Obama is not a spelling's question
        ["Clinton", "Bill Clinton", "Hillary Clinton"],
        ["Donald Trump", "Donald Trump Jr"],
        ["Lee", "Lee Wei"],
    ],
)
def test_names_of_other_words_stay_apart(names: list[str]) -> None:
    listed = people((name, None, 1) for name in names)
    assert sorted(speaker.name for speaker in listed) == sorted(names)
    assert all(speaker.spellings == [] for speaker in listed)


def test_names_of_no_words_are_each_their_own() -> None:
    listed = people([("—", None, 1), ("…", None, 2), ("Ana", None, 1)])
    assert [(s.name, s.quotes) for s in listed] == [("…", 2), ("Ana", 1), ("—", 1)]


def test_most_quoted_first_then_by_name() -> None:
    listed = people([("Zoe Park", None, 2), ("Ann Lee", None, 2), ("Bo Chan", None, 9)])
    assert [s.name for s in listed] == ["Bo Chan", "Ann Lee", "Zoe Park"]


def test_roles_most_used_first_with_their_forms_together() -> None:
    listed = people(
        [
            ("Mike Pompeo", "Secretary of State", 3),
            ("Mike Pompeo", "CIA director", 3),
            ("Mike Pompeo", "CIA Director", 1),  # one role, two cases: 4 in all
            ("Mike Pompeo", None, 10),
        ]
    )
    assert rows(listed) == [("Mike Pompeo", 17, [], ["CIA director", "Secretary of State"])]
    listed = people([("Mike Pompeo", "CIA Director", 2), ("Mike Pompeo", "CIA director", 2)])
    assert listed[0].roles == ["CIA Director"]  # a tie: the first in text order


def test_an_abbreviated_title_is_written_out_and_counted_with_the_whole_word() -> None:
    listed = people(
        [
            ("Bernie Sanders", "Sen.", 3),
            ("Bernie Sanders", "Senator", 1),
            ("Bernie Sanders", "Vermont Sen.", 2),
            ("Bernie Sanders", "Democratic presidential candidate", 1),
        ]
    )
    assert listed[0].roles == ["Senator", "Vermont Senator", "Democratic presidential candidate"]


def test_the_roles_of_each_spelling_are_the_persons() -> None:
    listed = people(
        [
            ("Martin O'Malley", "former governor", 1),
            ("Martin O’Malley", "Maryland governor", 3),
            ("Martin O'Malley", None, 4),
        ]
    )
    assert rows(listed) == [
        ("Martin O'Malley", 8, ["Martin O’Malley"], ["Maryland governor", "former governor"])
    ]


@pytest.mark.parametrize(
    ("name", "role", "shown"),
    [
        ("Ann Lee", "Gov.", "Governor"),
        ("Ann Lee", "Lt. Gov.", "Lieutenant Governor"),
        ("Ann Lee", "  chief   executive ", "chief executive"),
        ("Ann Lee", "Lee", None),  # the name's own words are no role
        ("Ann Lee", "", None),
        ("Ann Lee", None, None),
        ("Ann Lee", "the company's spokeswoman", "the company's spokeswoman"),
    ],
)
def test_shown_role(name: str, role: str | None, shown: str | None) -> None:
    assert shown_role(name, role) == shown


def test_ranked_forms_groups_by_words_and_ranks_groups_and_forms() -> None:
    counts = Counter({"mayor": 1, "Mayor": 3, "MAYOR": 1, "judge": 4, "Judge": 1})
    assert ranked_forms(counts) == [["Mayor", "MAYOR", "mayor"], ["judge", "Judge"]]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Martin O’Malley", ("martin", "o", "malley")),
        ("Ki-moon", ("ki", "moon")),
        ("Zoë_Ng", ("zoe", "ng")),
        ("Ⅻ 2024", ("xii", "2024")),
        ("—", ()),
    ],
)
def test_words_of(text: str, words: tuple[str, ...]) -> None:
    assert words_of(text) == words


def test_ranked_forms_of_none_or_one() -> None:
    assert ranked_forms(Counter()) == []
    assert ranked_forms(Counter({"mayor": 2})) == [["mayor"]]


def test_a_person_with_no_roles_row_has_none() -> None:
    listed = people_of([("Ann Lee", 3), ("Bo Chan", 1)], [("Bo Chan", "mayor", 1)])
    assert [(s.name, s.roles) for s in listed] == [("Ann Lee", []), ("Bo Chan", ["mayor"])]


@pytest.mark.parametrize(
    "name",
    [
        "one tester",
        "the source",
        "a spokesman for the Harbour Board",
        "North Dakota residents",
        "Clinton supporters",
        "Software engineer working on data science platforms",
        "the Institute’s release",
    ],
)
def test_words_that_say_what_the_speaker_is_are_a_description(name: str) -> None:
    assert is_description(name)


@pytest.mark.parametrize(
    "name",
    [
        "Ann Lee",
        "Edwina von Gal",
        "Bashar al-Assad",
        "Valéry Giscard d’Estaing",
        "Bank of America",
        "FDA",
        "McDonald's",
        "Jenna S.",
    ],
)
def test_a_name_is_no_description(name: str) -> None:
    assert not is_description(name)


def test_descriptions_are_listed_after_the_people_however_often_quoted() -> None:
    listed = people([("one tester", None, 8), ("Ann Lee", None, 2), ("the source", None, 4)])
    assert [(s.name, s.described) for s in listed] == [
        ("Ann Lee", False),
        ("one tester", True),
        ("the source", True),
    ]
