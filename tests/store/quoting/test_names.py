"""Speaker names trimmed to the name, and the gender a name or title gives."""

from __future__ import annotations

import pytest

from store.quoting.names import clean_name, find_honorifics, first_name_gender, gender_of_word


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Struggling Robert Hale", "Robert Hale"),
        ("Ruth Hale Joked", "Ruth Hale"),
        ("Said Ruth Hale", "Ruth Hale"),
        ("for Harbour Rights", "Harbour Rights"),
        ("Department’s", "Department"),
        ("of State Mike Varga", "Mike Varga"),
        ("Norway’s Anna Berg", "Anna Berg"),
        ("Anna Berg of Bergen", "Anna Berg"),
        ("Robert Hale", "Robert Hale"),
        ("Ministry of Health", "Ministry of Health"),
        ("Hale", "Hale"),
        # Job titles written before the name are not part of it.
        ("Lead Designer Cathleen Hale", "Cathleen Hale"),
        ("Owner John Saunders", "John Saunders"),
        ("Senior Editor Katie Varga", "Katie Varga"),
        ("Vice President Ana Berg", "Ana Berg"),
    ],
)
def test_clean_name_keeps_only_the_name(run: str, name: str) -> None:
    assert clean_name(run) == name


def test_clean_name_never_returns_nothing() -> None:
    assert clean_name("Said") == "Said"
    assert clean_name("of") == "of"


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Mary", "f"),
        ("john", "m"),
        ("Mrs.", "f"),
        ("Mr", "m"),
        ("spokeswoman", "f"),
        ("chairman", "m"),
        ("Kim", None),
        ("minister", None),
    ],
)
def test_gender_of_word(word: str, gender: str | None) -> None:
    assert gender_of_word(word) == gender


def test_a_first_name_genders_a_full_name_only() -> None:
    assert first_name_gender("Mary Okafor") == "f"
    assert first_name_gender("Mary") is None  # a surname alone may be anyone's


def test_honorifics_give_the_surnames_gender() -> None:
    text = "Mrs. Abara met Mr Pell and Ms. Jo Tran; Mr. Pell’s aide left."
    assert find_honorifics(text) == {"Abara": "f", "Pell": "m", "Tran": "f"}


def test_an_honorific_inside_a_word_is_none() -> None:
    assert find_honorifics("The Humr tribe and ZMr Foo") == {}


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("of State Jon Varga", "Jon Varga"),
        ("New Mexico Gov Ruth Hale", "Ruth Hale"),
        ("General Ban Ki-moon", "Ban Ki-moon"),
        ("Neither Hale", "Hale"),
        ("Ruth Hale for Harbour Watch", "Ruth Hale"),
    ],
)
def test_roles_and_leading_words_are_cut_from_a_name(run: str, name: str) -> None:
    assert clean_name(run) == name


def test_a_participle_opening_a_run_is_no_part_of_the_name() -> None:
    assert clean_name("Injecting Hale") == "Hale"
    assert clean_name("Sterling Brown") == "Sterling Brown"  # a first name in -ing stays
