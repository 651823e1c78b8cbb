"""Where a link leads from its page, and headings that link to what they name are the
article's own, where teasers' headlines are not."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean
from store.cleaning.links import leads_out

PAGE = "https://www.harbourguide.co.uk/guides/best-ferries"


@pytest.mark.parametrize(
    ("href", "out"),
    [
        ("https://amzn.to/2SohRBY", True),  # another site
        ("https://www.shop.example/ferry-kit?ref=guide", True),
        ("https://www.harbourguide.co.uk/guides/best-ferries/isle-express", True),  # below it
        ("/guides/best-ferries/isle-express/", True),
        ("https://news.harbourguide.co.uk/2024/fares", False),  # the same site, elsewhere
        ("/guides/cheap-fares", False),
        ("/guides/best-ferries-2023", False),  # a sibling, not a page below
        ("#section-2", False),
        ("javascript:void(0);", False),
        ("mailto:desk@harbourguide.co.uk", False),
        ("", False),
    ],
)
def test_where_a_link_leads(href: str, out: bool) -> None:
    assert leads_out(href, PAGE) is out


INTRO = (
    "We tried every ferry between the harbour and the islands this summer, in good weather "
    "and bad, and these are the crossings worth paying for."
)
PICKS = [
    (
        "Isle Express",
        "The fastest crossing of the lot, and the only one with a quiet deck. "
        "Its cafe closes early, so bring a sandwich.",
    ),
    (
        "North Star",
        "Slow but steady, it runs in weather that keeps the others in port. "
        "The cabins are old but warm.",
    ),
    (
        "Gull Line",
        "The cheapest way across if you book a week ahead. Bikes travel free on every sailing.",
    ),
]
TITLE = "The best ferries to the islands"


def guide(href: str) -> list[str]:
    sections = [f"## [{name}]({href}{i})\n\n{text}" for i, (name, text) in enumerate(PICKS)]
    markdown = "\n\n".join([f"# {TITLE}", INTRO, *sections]) + "\n"
    return [p.text for p in clean(markdown, title=TITLE, url=PAGE).paragraphs]


@pytest.mark.parametrize(
    "href",
    ["https://www.shop.example/item/", "https://amzn.to/x", "/guides/best-ferries/pick-"],
)
def test_headings_linking_to_what_they_name_keep_their_sections(href: str) -> None:
    assert guide(href) == [INTRO, *(part for pick in PICKS for part in pick)]


def test_headlines_linking_to_other_articles_of_the_site_are_teasers() -> None:
    kept = guide("/news/story-")
    assert kept[0] == INTRO
    assert not any(name in kept for name, _ in PICKS)
