"""The main text block: prose outweighs chrome there; text well outside it goes."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import Block
from store.cleaning.clean import clean
from store.cleaning.region import main_region

ARTICLE = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of "
    "talks with the operators and the island councils.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than "
    "now, and the last one returns shortly before midnight on weekdays.",
    "Island businesses had asked for the change for years, saying the late return made it "
    "impossible for visitors to stay for dinner.",
    "The operators said the extra crossings would need two more crews, which they expect to "
    "hire before the summer season starts in May.",
]
MENU = "\n".join(f"- [{name}](/{name.lower()})" for name in ["News", "Sport", "Travel", "Money"])
BLURB = (
    "A new book about the lighthouse keepers of the northern isles is out this week, and its "
    "author spent two winters living on the rocks to write it."
)


def weights(*values: float) -> list[Block]:
    return [Block("para", str(value)) for value in values]


@pytest.mark.parametrize(
    ("values", "region"),
    [
        ([5, 5, 5], (0, 3)),
        ([-1, 5, -2, 5, -1], (1, 4)),
        ([3, -10, 4, 4], (2, 4)),
        ([-1, -2], None),
        ([], None),
    ],
)
def test_the_region_is_the_run_of_greatest_weight(
    values: list[float], region: tuple[int, int] | None
) -> None:
    assert main_region(weights(*values), lambda block: float(block.text)) == region


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def texts(markdown: str, **kwargs: str) -> list[str]:
    return [p.text for p in clean(markdown, **kwargs).paragraphs]


def test_a_sidebar_blurb_past_a_menu_after_the_article_goes() -> None:
    markdown = page("# Ferry timetable approved", *ARTICLE, MENU, MENU, BLURB)
    assert texts(markdown) == ARTICLE


def test_a_promo_blurb_above_the_menus_before_the_article_goes() -> None:
    markdown = page(BLURB, MENU, MENU, "# Ferry timetable approved", *ARTICLE)
    assert texts(markdown, title="Ferry timetable approved") == ARTICLE


def test_a_short_link_list_inside_the_article_does_not_cut_it() -> None:
    links = "- [The timetable](/t)\n- [The consultation](/c)"
    markdown = page("# Ferry timetable approved", *ARTICLE[:2], links, *ARTICLE[2:])
    kept = texts(markdown)
    assert ARTICLE[0] in kept and ARTICLE[3] in kept


def test_the_standfirst_and_labels_under_the_title_stay() -> None:
    standfirst = "Islanders win a later last boat after years of asking"
    markdown = page(MENU, "# Ferry timetable approved", standfirst, "Share", *ARTICLE)
    assert texts(markdown, title="Ferry timetable approved") == [standfirst, *ARTICLE]


def test_the_html_path_keeps_what_its_extractor_found() -> None:
    # trafilatura has picked the main text of an HTML page already: nothing more goes.
    markdown = page(*ARTICLE, MENU, MENU, BLURB)
    assert BLURB in texts(markdown, format="html")
    assert BLURB not in texts(markdown)
