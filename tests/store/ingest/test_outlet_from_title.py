"""A document whose file names no outlet takes the site's name its title carries."""

from __future__ import annotations

import pytest

from store.ingest.extract import extract_document
from store.models import RawDoc

BODY = "The council met on Tuesday and agreed the plan after a long debate about costs.\n"


def raw(title: str, url: str, source: str | None = None) -> RawDoc:
    return RawDoc(
        path="/a.md", format="markdown", text=BODY, content_hash="h", title=title, url=url,
        source=source,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "url", "source", "title_left"),
    [
        (
            "Plate basics • The Grain Source",
            "https://grainsource.uni.example/p",
            "The Grain Source",
            "Plate basics",
        ),
        ("Harbour fees rise | Island Echo", "https://www.islandecho.example/h", "Island Echo",
         "Harbour fees rise"),
    ],
)  # fmt: skip
def test_the_titles_site_name_is_the_outlet(
    title: str, url: str, source: str, title_left: str
) -> None:
    document = extract_document(raw(title, url))
    assert (document.source, document.title) == (source, title_left)


def test_a_name_the_file_gives_wins_over_the_titles() -> None:
    document = extract_document(raw("Harbour fees rise | Island Echo", "https://islandecho.example/h",
                                    "Echo Media"))  # fmt: skip
    assert document.source == "Echo Media"


def test_a_title_without_the_sites_name_leaves_the_address() -> None:
    document = extract_document(raw("Harbour fees rise again", "https://www.islandecho.example/h"))
    assert document.source == "islandecho.example"
