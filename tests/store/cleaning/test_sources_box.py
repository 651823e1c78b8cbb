"""A list of sources or references under the article (much less text than the article) is
a box, cut as a "Related" box is; a section of the article whose title merely starts with the
word is not."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean
from store.cleaning.phrases import marker_kind

BODY = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of"
    " talks with the operators and the island councils, who had asked for later boats.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than"
    " now, and the last one returns shortly before midnight on weekdays and at one on Saturdays.",
    "Island businesses had asked for the change for years, saying the late return made it"
    " impossible for visitors to stay for dinner, and the hotels had lost their weekend trade.",
    "The operators will add two crew to each boat to cover the longer day, and the authority"
    " will pay for the extra fuel until the end of the next financial year, its chair said.",
    "Fares stay as they are until the spring, when the council will review them together with"
    " the season tickets that commuters from the islands buy each month.",
]
CITATIONS = [
    "1. Harbour Authority (2024). [Ferry timetable review](https://harbour.example/review.pdf).",
    "2. Island Councils. [Transport survey 2023](https://councils.example/survey).",
    "3. Lee, A. (2022). Late boats and island trade. Journal of Island Studies, 14(2).",
]


@pytest.mark.parametrize(
    "title",
    ["## References", "## Sources", "### Article Sources", "**Bibliography**", "Works cited"],
)
def test_a_list_of_references_after_the_article_goes(title: str) -> None:
    page = "\n\n".join(["# Ferry timetable approved", *BODY, title, "\n".join(CITATIONS)]) + "\n"
    found = [p.text for p in clean(page).paragraphs]
    assert found == BODY


@pytest.mark.parametrize(
    "title",
    ["Sources of funding for the new boats", "References to the old timetable", "Sourcing"],
)
def test_section_titles_that_only_start_alike_open_no_box(title: str) -> None:
    assert marker_kind(title, len(title.split())) is None


def test_sources_in_a_sentence_are_the_articles() -> None:
    said = "Sources close to the council said the vote was never in doubt."
    page = "\n\n".join(["# Ferry timetable approved", BODY[0], said, BODY[1]]) + "\n"
    assert said in [p.text for p in clean(page).paragraphs]
