"""Site names off page titles, known from the URL or the page's site name."""

from __future__ import annotations

import pytest

from store.cleaning.sitenames import site_free_title


@pytest.mark.parametrize(
    ("title", "url", "site", "expected"),
    [
        ("LinkNaija | Fuel prices rise again", "https://www.linknaija.com/x", None, None),
        ("Windows 11 gets a new start menu | ZDNet", "https://www.zdnet.com/a", None, None),
        ("Ferry fares to rise - Los Angeles Times", "https://www.latimes.com/a", None, None),
        ("Ferry fares to rise - LA Times", "https://www.latimes.com/a", None, None),
        ("Ferry fares to rise - The New York Times", "https://www.nytimes.com/a", None, None),
        ("Ferry fares to rise – BBC News", "https://www.bbc.co.uk/news/a", None, None),
        ("Ferry fares to rise | Island Herald", None, "Island Herald", None),
        ("Ferry fares to rise | zdnet.com", "https://zdnet.com/a", None, None),
        ("Ferry fares to rise | Island Herald", "https://islandherald.example/a", None, None),
    ],
)
def test_a_segment_naming_the_site_goes(
    title: str, url: str | None, site: str | None, expected: None
) -> None:
    assert site_free_title(title, url, site) in {
        "Fuel prices rise again",
        "Windows 11 gets a new start menu",
        "Ferry fares to rise",
    }


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Ferry fares to rise | Travel", "https://www.zdnet.com/a"),
        ("Ferry fares to rise", "https://www.zdnet.com/a"),
        ("Review: the year's best novel", "https://www.review.com/a"),
        ("Travel - where to go this summer", "https://www.travelweekly.com/a"),
        ("Ferry fares to rise | Island Herald", None),
        ("Ferry fares to rise | Herald Island", "https://www.islandherald.example/a"),
    ],
)
def test_other_titles_stay_as_written(title: str, url: str | None) -> None:
    assert site_free_title(title, url) == title


def test_the_separators_inside_the_title_are_kept() -> None:
    title = "Ferries – the long wait | Ports – Island Herald"
    assert site_free_title(title, None, "Island Herald") == "Ferries – the long wait | Ports"


def test_a_site_whose_domain_spells_its_article_is_named() -> None:
    assert site_free_title(
        "Floods in the north | The Guardian", "https://www.theguardian.com/x"
    ) == ("Floods in the north")
