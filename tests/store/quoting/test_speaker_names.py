"""One person, one name across a case: forms of one name merge, people sharing a surname never.

The case-wide step (`fuller_names`) sees only the speaker names stored; what an article says
about its own short names is resolved in the article (the tests at the end, through
`find_quotes`)."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes
from store.quoting.speaker_names import fuller_names, person_name

# --- a short name takes the case's full name only when one person fits ------------------------


def test_a_first_or_last_name_takes_the_only_full_name() -> None:
    names = ["Fahmi", "Fahmi Fadzil", "Durov", "Pavel Durov", "Malaysian Commission"]
    assert fuller_names(names) == {"Fahmi": "Fahmi Fadzil", "Durov": "Pavel Durov"}


def test_a_word_shared_by_two_full_names_stays() -> None:
    assert fuller_names(["Lee", "Ann Lee", "Bo Lee"]) == {}


def test_a_surname_shared_by_a_family_is_never_merged_case_wide() -> None:
    # The merge that put Hillary Clinton's words under "Bill Clinton".
    names = ["Clinton", "Mrs. Clinton", "Bill Clinton", "Hillary Clinton", "Chelsea Clinton"]
    assert fuller_names(names) == {}


def test_a_surname_named_once_in_full_in_the_case_takes_that_name() -> None:
    names = ["Trump", "Mr. Trump", "President Trump", "Donald Trump", "Hillary Clinton"]
    assert fuller_names(names) == {
        "Trump": "Donald Trump",
        "Mr. Trump": "Donald Trump",
        "President Trump": "Donald Trump",
    }


def test_a_son_of_the_same_name_is_another_person() -> None:
    names = ["Trump", "Donald Trump", "Donald Trump Jr.", "Donald J. Trump"]
    assert fuller_names(names) == {"Donald J. Trump": "Donald Trump"}


def test_matching_ignores_case_and_leaves_full_names_alone() -> None:
    assert fuller_names(["fahmi", "Fahmi Fadzil", "Ann Lee"]) == {"fahmi": "Fahmi Fadzil"}


def test_no_full_names_no_renames() -> None:
    assert fuller_names(["Fahmi", "Durov"]) == {}
    assert fuller_names([]) == {}


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
    assert renames == {"Lindsey O. Graham": "Lindsey O Graham", "Graham": "Lindsey O Graham"}


def test_an_initial_two_people_could_have_stays() -> None:
    names = ["D. Trump", "Donald Trump", "Don Trump"]
    assert fuller_names(names) == {}


def test_different_first_names_are_different_people() -> None:
    names = ["Hillary Clinton", "Hillary Rodham Clinton", "Bill Clinton", "William J. Clinton"]
    # Bill and William are one man to a reader, not to a rule: only forms of one first name.
    assert fuller_names(names) == {"Hillary Rodham Clinton": "Hillary Clinton"}


def test_organisations_and_phrases_are_no_one_s_name() -> None:
    names = ["Clinton", "Clinton Foundation", "Trump", "the Trump campaign", "Donald Trump"]
    assert fuller_names(names) == {"Trump": "Donald Trump"}
    assert person_name("Clinton Foundation") is None
    assert person_name("the company") is None


def test_a_first_name_that_is_also_someone_s_surname_stays() -> None:
    assert fuller_names(["Graham", "Graham Nash", "Lindsey Graham"]) == {}


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
