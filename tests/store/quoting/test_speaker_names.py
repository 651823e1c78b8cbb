"""Speakers named by one word take the full name the case gives them, when only one fits."""

from __future__ import annotations

from store.quoting.speaker_names import fuller_names


def test_a_first_or_last_name_takes_the_only_full_name() -> None:
    names = ["Fahmi", "Fahmi Fadzil", "Durov", "Pavel Durov", "Malaysian Commission"]
    assert fuller_names(names) == {"Fahmi": "Fahmi Fadzil", "Durov": "Pavel Durov"}


def test_a_word_shared_by_two_full_names_stays() -> None:
    assert fuller_names(["Lee", "Ann Lee", "Bo Lee"]) == {}


def test_matching_ignores_case_and_leaves_full_names_alone() -> None:
    assert fuller_names(["fahmi", "Fahmi Fadzil", "Ann Lee"]) == {"fahmi": "Fahmi Fadzil"}


def test_no_full_names_no_renames() -> None:
    assert fuller_names(["Fahmi", "Durov"]) == {}
    assert fuller_names([]) == {}
