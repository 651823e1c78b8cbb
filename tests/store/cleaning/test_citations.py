"""An article's reference list goes; lists of its own that name years or links stay."""

from __future__ import annotations

import pytest

from store.cleaning.citations import is_citation
from store.cleaning.clean import clean

TITLE = "Why walking after meals helps"
ARTICLE = [
    "A short walk after a meal lowers the rise in blood sugar that follows it, and the effect "
    "shows up after as little as ten minutes of walking at an easy pace.",
    "Researchers think the muscles take up sugar from the blood while they work, so less of it "
    "is left to circulate, which matters most for people with diabetes.",
    "Doctors say the habit is easy to keep because it needs no equipment, and that a walk "
    "around the block after dinner is enough to make a difference.",
]
REFERENCES = [
    "Reynolds AN, et al. (2016). Advice to walk after meals. https://doi.org/10.1007/x",
    "Buffey AJ. Effects of walking on glucose. Sports Med. 2022;52(8):1765-1787.",
    "Nygaard H, et al. (2009). Slow postmeal walking reduces glycemia. Vol. 53, pp. 112-118.",
    "Colberg SR, et al. (2016). Physical activity and diabetes. Diabetes Care 39(11): 2065.",
]


def texts(*parts: str) -> list[str]:
    page = "\n\n".join([f"# {TITLE}", *parts])
    return [p.text for p in clean(page, title=TITLE).paragraphs]


@pytest.mark.parametrize("marker", ["- ", "1. ", "* "])
def test_a_reference_list_after_the_article_goes(marker: str) -> None:
    listed = "\n".join(f"{marker}{reference}" for reference in REFERENCES)
    assert texts(*ARTICLE, "## Sources", listed) == ARTICLE


def test_a_footnote_of_prose_among_citations_goes_with_them() -> None:
    footnote = "Remember that any walk is better than none at all."
    listed = "\n".join(f"- {item}" for item in [*REFERENCES[:3], footnote])
    assert texts(*ARTICLE, listed) == ARTICLE


def test_a_list_of_the_articles_own_early_on_stays() -> None:
    steps = "\n".join(f"- {reference}" for reference in REFERENCES)
    kept = texts(ARTICLE[0], steps, ARTICLE[1], ARTICLE[2])
    assert REFERENCES[0] in kept


def test_a_list_that_mostly_does_not_cite_stays() -> None:
    items = ["Walk for ten minutes.", "Walk at an easy pace.", "Walk after dinner.", REFERENCES[0]]
    listed = "\n".join(f"- {item}" for item in items)
    assert texts(*ARTICLE, listed)[-4:] == items


def test_two_citations_are_no_reference_list() -> None:
    listed = "\n".join(f"- {reference}" for reference in REFERENCES[:2])
    assert texts(*ARTICLE, listed)[-2:] == REFERENCES[:2]


@pytest.mark.parametrize(
    "text",
    [
        "In 2016, the city opened its first walking trail.",  # a year but no source
        "See https://example.org for the walking map.",  # a source but no year
        "The trail is 12 km long and opened in May.",
    ],
)
def test_sentences_are_no_citations(text: str) -> None:
    assert not is_citation(text)
