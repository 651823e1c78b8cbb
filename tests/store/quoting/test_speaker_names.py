"""One person, one name across a case: forms of one name merge, people sharing a surname never.

The case-wide step (`fuller_names`) sees only the speaker names stored; what an article says
about its own short names is resolved in the article (the tests at the end, through
`find_quotes`)."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes
from store.quoting.speaker_names import fuller_names, person_name

# --- a short name is resolved in its article, never across the case ----------------------------


@pytest.mark.parametrize(
    "names",
    [
        ["Durov", "Pavel Durov", "Mr. Durov", "Malaysian Commission"],
        ["Clinton", "Mrs. Clinton", "Hillary Clinton"],  # maybe Bill's words, left short
        ["Clinton", "Mrs. Clinton", "Bill Clinton", "Hillary Clinton", "Chelsea Clinton"],
        ["Trump", "Mr. Trump", "President Trump", "Donald Trump", "Hillary Clinton"],
        ["Lee", "Ann Lee", "Bo Lee"],
        ["Fahmi", "Durov"],
        [],
    ],
)
def test_a_short_name_never_takes_a_full_name_from_the_case(names: list[str]) -> None:
    assert fuller_names(names) == {}


def test_a_son_of_the_same_name_is_another_person() -> None:
    names = ["Trump", "Donald Trump", "Donald Trump Jr.", "Donald J. Trump"]
    assert fuller_names(names) == {"Donald J. Trump": "Donald Trump"}


def test_a_first_name_takes_the_only_full_name_with_it() -> None:
    names = ["Fahmi", "fahmi", "Fahmi Fadzil", "Durov", "Pavel Durov"]
    assert fuller_names(names) == {"Fahmi": "Fahmi Fadzil", "fahmi": "Fahmi Fadzil"}


@pytest.mark.parametrize(
    "names",
    [
        ["Graham", "Graham Nash", "Lindsey Graham"],  # someone's surname too
        ["Ann", "Ann Lee", "Ann Cole"],  # two people's first name
    ],
)
def test_a_first_name_two_people_could_have_stays(names: list[str]) -> None:
    assert fuller_names(names) == {}


# --- forms of one full name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "Donald J. Trump",
        "Donald J Trump",
        "Donald John Trump",
        "President Donald Trump",
        "Mr. Donald Trump",
        "D. Trump",
        "Donald Trump’s",
    ],
)
def test_forms_of_one_name_become_the_plainest(form: str) -> None:
    assert fuller_names([form, "Donald Trump", "Ivanka Trump"]) == {form: "Donald Trump"}


def test_middle_initials_merge_even_when_the_plain_form_is_missing() -> None:
    renames = fuller_names(["Lindsey O Graham", "Lindsey O. Graham", "Graham"])
    assert renames == {"Lindsey O. Graham": "Lindsey O Graham"}


def test_a_middle_initial_merges_with_the_plain_name() -> None:
    renames = fuller_names(["Lindsey O Graham", "Lindsey Graham", "John D Podesta", "John Podesta"])
    assert renames == {"Lindsey O Graham": "Lindsey Graham", "John D Podesta": "John Podesta"}


def test_an_initial_two_people_could_have_stays() -> None:
    names = ["D. Trump", "Donald Trump", "Don Trump"]
    assert fuller_names(names) == {}


def test_different_first_names_are_different_people() -> None:
    names = ["Hillary Clinton", "Hillary Rodham Clinton", "Bill Clinton", "William J. Clinton"]
    # Bill and William are one man to a reader, not to a rule: only forms of one first name.
    assert fuller_names(names) == {"Hillary Rodham Clinton": "Hillary Clinton"}


def test_organisations_and_phrases_are_no_one_s_name() -> None:
    names = ["Clinton", "Clinton Foundation", "Trump", "the Trump campaign", "Donald Trump"]
    assert fuller_names(names) == {}
    assert person_name("Clinton Foundation") is None
    assert person_name("the company") is None


def test_a_first_name_that_is_also_someone_s_surname_stays() -> None:
    assert fuller_names(["Graham", "Graham Nash", "Lindsey Graham"]) == {}


# --- words run into a name before it ---------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "Republican Barack Obama",  # a party label: his role
        "Struggling Barack Obama",  # a participle opening a sentence
        "Year Barack Obama",  # a capitalised common word from a heading
        "Barack Obama’s",
        "Barack Obama's",
    ],
)
def test_words_run_in_before_a_known_first_name_go(form: str) -> None:
    assert fuller_names([form, "Barack Obama", "Michelle Obama"]) == {form: "Barack Obama"}


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Zika Virus Orrin Vasquez", "Orrin Vasquez"),  # no first name we know: by the case
        ("Harbour Weekly Tane Ruatapu", "Tane Ruatapu"),
        ("Democrat Yinuo Sun", "Yinuo Sun"),
    ],
)
def test_words_run_in_go_when_the_case_names_the_person_without_them(form: str, name: str) -> None:
    assert fuller_names([form, name]) == {form: name}


def test_a_first_name_before_a_name_is_another_person() -> None:
    assert fuller_names(["Mary Ann Lee", "Ann Lee"]) == {}
    # "Mary" is a first name we know; "Rua" is one no list holds, and one word before a name
    # is taken for a first name all the same: a wrong merge is worse than none.
    assert fuller_names(["Mary Ann Orrin", "Ann Orrin", "Rua Tane Orrin", "Tane Orrin"]) == {}


@pytest.mark.parametrize(
    "names",
    [
        ["Rua Tane Orrin", "Tane Orrin"],  # two given names, the first in no list
        ["Aroha Mere Walker", "Mere Walker", "Walker"],
        ["Tane Orrin", "Mere Orrin", "Orrin"],  # a surname alone: which Orrin?
        ["Rua Tane Orrin", "Orrin"],
        ["Tane Orrin", "Orrin Vasquez", "Orrin"],  # someone's surname, someone's first name
        ["Tane Orrin", "Tane Orrin Jr."],  # a son of the same name
        ["Tane Orrin", "Tane Orrin Foundation"],  # a body named after him
    ],
)
def test_names_that_may_be_two_people_stay_two(names: list[str]) -> None:
    assert fuller_names(names) == {}


@pytest.mark.parametrize(
    ("names", "renames"),
    [
        # A word known to be no first name, run in before one: a party, a title, a day.
        (["Labour Tane Orrin", "Tane Orrin"], {"Labour Tane Orrin": "Tane Orrin"}),
        (["Former Tane Orrin", "Tane Orrin"], {"Former Tane Orrin": "Tane Orrin"}),
        (["Minister Tane Orrin", "Tane Orrin"], {"Minister Tane Orrin": "Tane Orrin"}),
        # Middle names and initials of one first and last name are one person's.
        (
            ["Rua Tane Orrin", "Rua T. Orrin", "Rua Orrin"],
            {
                "Rua Tane Orrin": "Rua Orrin",
                "Rua T. Orrin": "Rua Orrin",
            },
        ),
        (["Tane Orrin", "T. Orrin"], {"T. Orrin": "Tane Orrin"}),
    ],
)
def test_forms_of_one_name_across_the_case_become_one(
    names: list[str], renames: dict[str, str]
) -> None:
    assert fuller_names(names) == renames


def test_run_in_words_stay_when_the_case_never_names_the_person_plainly() -> None:
    assert fuller_names(["Zika Virus Orrin Vasquez", "Orrin Vasquez Jr."]) == {}


# --- in the article first ---------------------------------------------------------------------


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


def test_an_honorific_of_the_other_gender_keeps_a_surname_from_the_full_name() -> None:
    found = speakers(
        "Bill Clinton campaigned in Ohio on Monday.",
        "“We are going to win this state,” Mrs. Clinton said at the rally.",
    )
    assert found == ["Clinton"]


def test_an_honorific_picks_the_family_member_the_article_names() -> None:
    found = speakers(
        "Bill Clinton and Hillary Clinton arrived together.",
        "“We are going to win this state,” Mrs. Clinton said at the rally.",
        "“She will be a great president,” Mr. Clinton said afterwards.",
    )
    assert found == ["Hillary Clinton", "Bill Clinton"]


def test_a_title_before_a_surname_takes_the_article_s_full_name() -> None:
    found = speakers(
        "Donald Trump flew to Iowa for the last rally of the week.",
        "“The deal is a disaster for the workers of this country,” President Trump said.",
    )
    assert found == ["Donald Trump"]


def test_a_name_given_only_in_its_article_is_kept_whole() -> None:
    found = speakers("“The river rose by a metre overnight,” said Ottilie Brandvold, a farmer.")
    assert found == ["Ottilie Brandvold"]


def test_a_surname_is_the_person_the_article_names_most_not_a_place_named_after_them() -> None:
    # "Trump Tower" has no first name to give it a gender; that never made it the likelier
    # "Trump" (it once did, over the Donald Trump named throughout).
    found = speakers(
        "Donald Trump spoke for an hour. Donald Trump then took questions at Trump Tower.",
        "“We will build it and it will be beautiful,” Trump said.",
    )
    assert found == ["Donald Trump"]
