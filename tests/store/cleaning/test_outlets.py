"""One outlet name per site: the name most of a site's documents give that its domain confirms."""

from __future__ import annotations

import pytest

from store.cleaning.outlets import OutletEvidence, publication_of, site_of, unified_outlets


def doc(
    doc_id: int, url: str | None, given: str | None, current: str | None = None
) -> OutletEvidence:
    return OutletEvidence(doc_id, url, given, current if current is not None else given)


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.bbc.co.uk/news/world-1", "bbc.co.uk"),
        ("https://edition.cnn.com/2024/story", "cnn.com"),
        ("http://m.latimes.com/x?utm_source=feed", "latimes.com"),
        ("latimes.com/business/story", "latimes.com"),
        (None, None),
        ("http://localhost:8000/page", None),
    ],
)
def test_site_is_the_registered_domain(url: str | None, site: str | None) -> None:
    assert site_of(url) == site


def test_a_sites_documents_take_the_name_most_of_them_give() -> None:
    changes = unified_outlets(
        [
            doc(1, "https://www.nytimes.com/a", "The New York Times"),
            doc(2, "https://www.nytimes.com/b", "The New York Times"),
            doc(3, "https://nytimes.com/c", "NYTimes"),
            doc(4, "nytimes.com/d", None, "nytimes.com"),
        ]
    )
    assert changes == {3: "The New York Times", 4: "The New York Times"}


def test_a_name_the_domain_does_not_confirm_is_not_taken() -> None:
    changes = unified_outlets(
        [
            doc(1, "https://www.deccanherald.com/india/a", "DH News Service"),
            doc(2, "https://www.deccanherald.com/india/b", None, "deccanherald.com"),
            doc(3, "https://example.org/post", "Hosted"),
        ]
    )
    assert changes == {1: "deccanherald.com", 3: "example.org"}


def test_a_spelled_out_name_wins_a_tie_with_a_run_together_one() -> None:
    changes = unified_outlets(
        [
            doc(1, "https://www.latimes.com/a", "LATimes"),
            doc(2, "https://www.latimes.com/b", "Los Angeles Times"),
        ]
    )
    assert changes == {1: "Los Angeles Times"}


def test_sites_never_share_a_name_through_a_common_word() -> None:
    changes = unified_outlets(
        [
            doc(1, "https://www.bbc.co.uk/news/a", "BBC News"),
            doc(2, "https://news.sky.com/story/b", "Sky News"),
            doc(3, "https://www.cnn.com/c", None, "cnn.com"),
        ]
    )
    assert changes == {}


def test_a_document_without_a_url_follows_only_a_spelling_of_a_sites_name() -> None:
    changes = unified_outlets(
        [
            doc(1, "https://www.nytimes.com/a", "The New York Times"),
            doc(2, None, "NYTimes"),
            doc(3, None, None, "nytimes.com"),
            doc(4, None, "Reuters"),
            doc(5, None, None, None),
        ]
    )
    assert changes == {2: "The New York Times", 3: "The New York Times"}


def test_names_already_one_change_nothing() -> None:
    assert (
        unified_outlets(
            [
                doc(1, "https://www.theguardian.com/a", "The Guardian"),
                doc(2, "https://www.theguardian.com/b", "The Guardian"),
            ]
        )
        == {}
    )


def test_a_document_without_an_address_votes_with_the_name_its_site_confirms() -> None:
    # A saved page with the site's own name and no address, beside its crawl's bare domain.
    changes = unified_outlets(
        [doc(1, None, "Island Echo"), doc(2, "https://www.islandecho.co.uk/a", "islandecho.co.uk")]
    )
    assert changes == {2: "Island Echo"}


def test_a_name_no_site_confirms_votes_for_none() -> None:
    changes = unified_outlets(
        [doc(1, None, "Harbour Radio"), doc(2, "https://www.islandecho.co.uk/a", None)]
    )
    assert changes == {2: "islandecho.co.uk"}


def test_a_subdomain_written_out_is_no_name_of_its_site() -> None:
    changes = unified_outlets(
        [
            doc(1, "https://hr.harbourcollege.edu/a", "hr.harbourcollege.edu"),
            doc(2, "https://blog.rust-lang.org/b", "blog.rust-lang.org"),
        ]
    )
    assert changes == {1: "harbourcollege.edu", 2: "rust-lang.org"}


@pytest.mark.parametrize(
    ("url", "publication"),
    [
        ("https://nutritionsource.hsph.harvard.edu/plate", "nutritionsource.hsph.harvard.edu"),
        ("https://mitsloan.mit.edu/ideas-made-to-matter/a", "mitsloan.mit.edu"),
        ("https://www.mitsloan.mit.edu/a", "mitsloan.mit.edu"),
        ("https://www.bbc.co.uk/news/world-1", "bbc.co.uk"),
        ("https://edition.cnn.com/2024/story", "cnn.com"),
        ("https://hr.harbourcollege.edu/a", "harbourcollege.edu"),  # a department's code
        ("https://blog.rust-lang.org/b", "rust-lang.org"),  # a section of the site
        ("latimes.com/business/story", "latimes.com"),
        (None, None),
    ],
)
def test_a_subdomain_that_names_a_publication_is_its_own(
    url: str | None, publication: str | None
) -> None:
    assert publication_of(url) == publication


def test_a_publication_on_a_subdomain_keeps_its_name_apart_from_its_parent() -> None:
    changes = unified_outlets(
        [
            doc(1, "https://nutritionsource.hsph.harvard.edu/a", None, "harvard.edu"),
            doc(2, "https://nutritionsource.hsph.harvard.edu/b", "The Nutrition Source"),
            doc(3, "https://news.harvard.edu/gazette/c", "Harvard Gazette"),
            doc(4, "https://mitsloan.mit.edu/d", None, "mit.edu"),
        ]
    )
    # The parent site's documents keep their own name; the subdomains never take it.
    assert changes == {1: "The Nutrition Source", 4: "mitsloan.mit.edu"}
