"""Author fields parsed as people's names, as bylines write them."""

from __future__ import annotations

import pytest

from store.cleaning.authors import author_names
from store.cleaning.clean import clean


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Phil Helsel is a reporter", "Phil Helsel"),
        ("Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
        ("Meg JamesStaff", "Meg James"),
        ("Jeff Foust Monday; November", "Jeff Foust"),
        ("Kashmira Gander On", "Kashmira Gander"),
        ("By Carla Mendes | cmendes@valleyherald.example", "Carla Mendes"),
        ("By Hannah Lindqvist, Science correspondent", "Hannah Lindqvist"),
        ("Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Ana Ruiz, Li Wei & Tom Berg", "Ana Ruiz, Li Wei and Tom Berg"),
        ("Written by Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("Ronan McDonald", "Ronan McDonald"),
        ("Ron DeSantis", "Ron DeSantis"),
        ("Ewan MacKenzie Senior Editor", "Ewan MacKenzie"),
        ("Sarah O’Brien — Updated 3 May 2024", "Sarah O’Brien"),
        ("Dr. Elin Berg", "Dr. Elin Berg"),
        ("Maria de la Cruz", "Maria de la Cruz"),
        ("Author Isaiah Shelton", "Isaiah Shelton"),
        ("Author: Ines Roda", "Ines Roda"),
        ("Colin Gray Colin Gray", "Colin Gray"),
        ("CM Craig McCarthy", "Craig McCarthy"),
        ("Daniel Burstein, Content and Marketing", "Daniel Burstein"),
        ("Reuters", "Reuters"),
        ("Ana Ana", "Ana Ana"),  # too short to be a name said twice
        ("JD Vance", "JD Vance"),  # initials that are the name
    ],
)
def test_bylines_give_the_names_alone(written: str, names: str) -> None:
    assert author_names(written) == names


@pytest.mark.parametrize(
    "written",
    [None, "", "   ", "the editors", "By", "12 May 2024", "@x", "By ops@our-town.example"],
)
def test_fields_without_a_name_give_none(written: str | None) -> None:
    assert author_names(written) is None


def test_the_same_author_twice_is_named_once() -> None:
    assert author_names("Jane Doe, Jane Doe") == "Jane Doe"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Meg JamesStaff Writer", "Meg James"),
        ("By Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
        ("By Jane Doe and John Roe | Island Herald", "Jane Doe and John Roe"),
    ],
)
def test_the_cleaner_takes_names_from_bylines(byline: str, author: str) -> None:
    body = "The council voted on the budget after a long debate about the new library today."
    assert clean(f"{byline}\n\n{body}\n").author == author
