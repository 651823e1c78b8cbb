"""Organisations as authors kept whole, and links to author pages that name no one."""

from __future__ import annotations

import pytest

from store.cleaning.authors import (
    author_names,
    is_organisation,
    organisation_written,
    split_authors,
)
from store.cleaning.meta import parse_byline


@pytest.mark.parametrize(
    "name",
    [
        "Center for Drug Evaluation and Research",
        "Department of Health and Human Services",
        "Department of the Treasury",
        "Office on Women's Health",
        "Institute for Fiscal Studies",
        "University of Tromsø",
    ],
)
def test_an_organisation_joined_by_for_of_or_on_is_kept_whole(name: str) -> None:
    assert author_names(name) == name
    assert author_names(f"By {name}") == name
    assert split_authors(name) == [name]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "Ada Brook and Center for Drug Evaluation and Research",
            ["Ada Brook", "Center for Drug Evaluation and Research"],
        ),
        (
            "Bureau of Labor Statistics, Ada Brook and Cy Dunn",
            ["Bureau of Labor Statistics", "Ada Brook", "Cy Dunn"],
        ),
        ("Ada Brook; Ben Cole", ["Ada Brook", "Ben Cole"]),
        ("Ada Brook & Ben Cole", ["Ada Brook", "Ben Cole"]),
        ("Ada Brook, Ben Cole and Cy Dunn", ["Ada Brook", "Ben Cole", "Cy Dunn"]),
    ],
)
def test_a_list_of_authors_splits_between_names_not_inside_one(
    byline: str, authors: list[str]
) -> None:
    assert split_authors(byline) == authors
    assert split_authors(author_names(byline) or "") == authors


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Jane Doe for Reuters", "Jane Doe"),  # a person's outlet, not an organisation
        ("Jane Doe of the Herald", "Jane Doe"),
        ("Ana Ruiz on May 4, 2024", "Ana Ruiz"),
        ("Kristin on May 4, 2024", "Kristin"),  # a name and a date, not "Kristin on May"
        ("By Kristin on Monday", "Kristin"),
    ],
)
def test_after_a_persons_name_a_joining_word_starts_what_follows(byline: str, name: str) -> None:
    assert author_names(byline) == name


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("The Investopedia Team", True),
        ("Center for Drug Evaluation and Research", True),
        ("News Desk", True),
        ("Herald Editors", True),
        ("Ada Brook", False),
        ("Ludwig van Beethoven", False),
        ("Reuters", False),  # one word: BibTeX reads it whole anyway
        ("Maria de la Cruz", False),
    ],
)
def test_organisations_are_told_from_people(name: str, organisation: bool) -> None:
    assert is_organisation(name) is organisation


@pytest.mark.parametrize(
    "text", ["Learn more >>", "Learn More", "View profile", "Read Bio »", "See all posts"]
)
def test_a_link_to_an_author_page_that_names_no_one_is_no_byline(text: str) -> None:
    assert parse_byline(text, len(text.split()), [(text, "/author/amar/")]) is None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Amar Hussain", "Amar Hussain"),
        ("adam", "adam"),  # a user name, as the author page's link gives it
        ("TurboTaxLisa", "TurboTaxLisa"),
        ("Kristina Katt, CPA, EA", "Kristina Katt, CPA, EA"),
    ],
)
def test_a_link_to_an_author_page_that_is_a_name_is_the_byline(text: str, author: str) -> None:
    byline = parse_byline(text, len(text.split()), [(text, "https://news.example/author/x/")])
    assert byline is not None and byline.author == author


@pytest.mark.parametrize(
    ("kept", "page", "whole"),
    [
        (
            "Center; Research",
            '<meta name="dcterms.creator" content="Center for Drug Evaluation and Research" />',
            "Center for Drug Evaluation and Research",
        ),
        (
            "Office and Statistics",
            "<p>Published by the Office for National Statistics</p>",
            "Office for National Statistics",
        ),
        ("Ada; Ben", "<p>Ada and Ben went out</p>", None),  # two names: no organisation
        ("Ada Brook and Ben Cole", "<p>Ada Brook of Leeds and Ben Cole</p>", None),
        ("Center; Research", "<p>nothing of the sort</p>", None),
    ],
)
def test_an_organisation_a_metadata_reader_cut_is_found_whole_on_its_page(
    kept: str, page: str, whole: str | None
) -> None:
    assert organisation_written(kept, page) == whole
