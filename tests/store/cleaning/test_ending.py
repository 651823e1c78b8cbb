"""Past the article's last long paragraph and the chrome after it, a little short prose is the
page's own (sign-up calls, a form's prompts, plugs) and goes; the article's own short ending,
and an article an ad interrupts, stay."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean

TITLE = "Ferry timetable approved"
LONG = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of "
    "talks with the operators and the island councils, who had asked for a later last boat "
    "and an earlier first one for the workers who commute to the mainland every morning.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than "
    "now, and the last one returns shortly before midnight on weekdays, which the operators "
    "say will need two more crews and a second boat on the busiest route in the summer.",
    "Island businesses had asked for the change for years, saying the late return made it "
    "impossible for visitors to stay for dinner, and the hotels on the north island expect "
    "more guests to stay a second night once the new crossings start running in the spring.",
]
SHORT_ENDING = "The new timetable starts on the first Monday of May."
PLUGS = [
    "Need a weekly digest of island news? Use the form below to sign up to our letter.",
    "* indicates required",
    "Email Address *",
    "First Name *",
    "Tell us your story!",
]
CHROME = {
    "a share row": "[Facebook](https://facebook.com/share) [Twitter](https://x.com/share)",
    "a box title": "## Related stories",
    "an advert": "Advertisement",
    "a row of symbols": "• • •",
}


def texts(*parts: str, format: str = "markdown") -> list[str]:
    markdown = "\n\n".join([f"# {TITLE}", *parts]) + "\n"
    return [p.text for p in clean(markdown, title=TITLE, format=format).paragraphs]


@pytest.mark.parametrize("chrome", CHROME.values(), ids=CHROME.keys())
def test_short_prose_past_the_article_and_chrome_goes(chrome: str) -> None:
    # Less than a fifth of the article's words of prose past the chrome.
    assert texts(*LONG, chrome, *PLUGS) == LONG


def test_the_article_s_short_last_paragraph_stays() -> None:
    assert texts(*LONG, SHORT_ENDING) == [*LONG, SHORT_ENDING]


@pytest.mark.parametrize("chrome", [CHROME["an advert"], CHROME["a share row"]])
def test_an_article_an_ad_interrupts_keeps_its_second_half(chrome: str) -> None:
    # What follows the chrome is a good share of the article: the article goes on.
    kept = texts(LONG[0], chrome, *LONG[1:], SHORT_ENDING)
    assert kept == [*LONG, SHORT_ENDING]


def test_short_paragraphs_past_a_long_code_listing_are_weighed_against_it() -> None:
    listing = "```\n" + "\n".join(f"git command-{n} --option value" for n in range(30)) + "\n```"
    kept = texts(LONG[0], listing, "[View snippet source](https://gist.github.com/x)", *PLUGS)
    assert kept == [LONG[0], listing.strip("`\n")]


def test_a_page_of_short_paragraphs_only_is_kept() -> None:
    # No long paragraph to tell the article by: nothing is cut for being short.
    paragraphs = [SHORT_ENDING, "The authority meets again in June to look at fares."]
    assert texts(paragraphs[0], CHROME["an advert"], paragraphs[1]) == paragraphs


def test_the_html_path_keeps_what_trafilatura_found_past_the_article() -> None:
    kept = texts(*LONG, CHROME["an advert"], *PLUGS, format="html")
    assert kept[: len(LONG)] == LONG and PLUGS[0] in kept


BOXES = {
    "linked headlines": "### [Ferry fares to rise](/a)\n\n### [New pier opens](/b)\n\n"
    "### [Storm closes port](/c)",
    "a list of links": "- [Ferry fares to rise](/a)\n- [New pier opens](/b)\n"
    "- [Storm closes port](/c)",
    "a row of links": "[Ferry fares](/a) · [New pier](/b) · [Storm](/c) · [Harbour](/d)",
}


@pytest.mark.parametrize("title", ["## Recently on the island", "### From the same reporter"])
@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
def test_a_heading_over_nothing_but_links_opens_a_box_whatever_its_words(
    title: str, box: str
) -> None:
    # No "Related" in the title: the box is known by what is under it. Past the article, it
    # ends it; the little prose after it (a plug) goes with it.
    assert texts(*LONG, title, box, PLUGS[0]) == LONG


def test_a_box_of_links_inside_the_article_is_cut_out_and_the_article_resumes() -> None:
    kept = texts(LONG[0], "## Elsewhere on the island", BOXES["a list of links"], *LONG[1:])
    assert kept == LONG


def test_a_section_whose_list_is_only_partly_links_is_the_article_s() -> None:
    packing = (
        "- [Sunscreen](/shop/1)\n- [Bug spray](/shop/2)\n- [Head net](/shop/3)\n"
        "- Spare socks and a warm hat\n"
        "- Toothbrush and paste\n- A head torch\n- A map of the island"
    )
    kept = texts(LONG[0], "## What to pack", packing, *LONG[1:])
    assert kept == [
        LONG[0],
        "What to pack",
        "Sunscreen",
        "Bug spray",
        "Head net",
        "Spare socks and a warm hat",
        "Toothbrush and paste",
        "A head torch",
        "A map of the island",
        *LONG[1:],
    ]


CARDS = "\n".join(
    f"- [Harbour news](/tag/harbour)\n\n  ### [{headline}](/story/{n})\n\n"
    f"  By Mara Quill, {n + 3} May 2024\n\n  {blurb}\n\n"
    f"  [Read more {headline}](/story/{n})"
    for n, (headline, blurb) in enumerate(
        [
            (
                "Fares to rise in spring",
                "The operators say fuel costs leave them no choice, and the council has agreed "
                "to a rise of a tenth on every crossing from April onwards.",
            ),
            (
                "New pier opens on the north island",
                "Years late and over budget, the pier finally took its first boat on Sunday, "
                "to the relief of the hotels that had waited for it.",
            ),
            (
                "Storm closes the port for two days",
                "No boat left the harbour on Monday or Tuesday as the storm passed over, and "
                "islanders stocked up on bread and milk before it arrived.",
            ),
        ]
    )
)


@pytest.mark.parametrize("title", ["## You might also like", "## Related stories"])
def test_a_box_title_over_a_list_of_story_cards_takes_the_whole_list(title: str) -> None:
    # The cards' blurbs are sentences, under a byline rather than their headline: without the
    # list, they would pass for the article resuming after the box.
    assert texts(*LONG, title, CARDS) == LONG


def test_a_list_of_readings_that_are_mostly_prose_is_not_a_box_of_cards() -> None:
    readings = (
        "- Gardening with a changing climate: how the island's growers moved their planting "
        "two weeks earlier, and what it did to the harvest.\n"
        "- Young growers: a programme that gives school gardens to every village on the "
        "island, with a teacher paid for three years."
    )
    kept = texts(*LONG, "## More from the harbour office on ferries:", readings)
    assert kept[: len(LONG)] == LONG
    assert any(text.startswith("Young growers") for text in kept)


MORE = [
    "The operators will hire twelve deckhands and four engineers before the spring, and the "
    "authority has promised to pay for their training at the maritime college on the mainland, "
    "which has not run a course for ferry crews since the old harbour school closed in 2009.",
    "Fares stay as they are for the first year, the authority said, though the councils expect "
    "the price of a return ticket to rise once the second boat is paid for, and the islanders' "
    "discount card will be extended to their children studying on the mainland.",
    "The timetable will be reviewed after its first summer, when the authority will count the "
    "passengers on each crossing and ask the hotels, the schools and the fishing cooperative "
    "whether the early and late boats have made the difference they had hoped for.",
]
ARTICLE = [*LONG, *MORE]
DISCLAIMER = (
    "The views expressed on this blog are those of the authors and readers and not those of the "
    "Island Echo. Nothing here is advice about travel, health or money; ask a qualified adviser "
    "before you act on anything you read here, and check every timetable with its operator."
)
FOOTER_FORM = [
    "## Get the island letter",
    "Sign up for our weekly letter",
    "Name",
    "Email (required)",
    "Subscribe",
    "[Facebook](https://facebook.com/echo) [Instagram](https://instagram.com/echo)",
    "## Connect with us",
]


def test_a_long_paragraph_stranded_below_the_footer_s_forms_goes() -> None:
    """A disclaimer or a site's about text under the footer's forms and menus is long, but
    stands apart from the article and is little beside it."""
    assert texts(*ARTICLE, *FOOTER_FORM, DISCLAIMER) == ARTICLE


def test_a_long_last_section_after_a_few_labels_stays() -> None:
    """A few labels (a heading, a caption) between the text and its last paragraph do not
    strand it."""
    kept = texts(*ARTICLE, "## What happens next", "Advertisement", DISCLAIMER)
    assert kept == [*ARTICLE, "What happens next", DISCLAIMER]


def test_a_long_paragraph_below_a_short_article_s_chrome_stays_with_it() -> None:
    """Past a short article the paragraph is no small share of the text: it is not judged
    stranded (the region and the other rules weigh it)."""
    kept = texts(LONG[0], *FOOTER_FORM[:3], *FOOTER_FORM[4:], MORE[0])
    assert MORE[0] in kept


def test_a_box_title_with_much_of_the_article_after_it_only_cuts_out_its_box() -> None:
    kept = texts(*LONG, "## Related articles", "- [Bus fares](/bus)\n- [Bridge](/bridge)", *MORE)
    assert kept == ARTICLE


def test_a_long_paragraph_after_the_article_s_own_short_list_stays() -> None:
    """A list of short items and a heading between two sections are the article's own, even
    with a link line among them: the section after them is not stranded."""
    offers = ["[The island pass offers:](/pass)", "- Ten crossings", "- Free bikes", "- Parking"]
    kept = texts(*ARTICLE, *offers, "- A seat in the lounge", "## The bus link", DISCLAIMER)
    assert DISCLAIMER in kept


# A longer article: its last paragraphs, each too short to be "long", are a small share of it.
LATER = [
    "Harbour staff will be trained over the winter to handle the extra sailings, and the"
    " authority has promised to publish monthly figures on punctuality and cancellations so"
    " that passengers can judge for themselves whether the new timetable is working as planned.",
    "The ferry company's chief executive said the cost of the second crew would be met from"
    " fares for the first two years, after which the councils have agreed to review the"
    " subsidy together with the operators and the passenger committee of each island.",
    "Fishermen on the north island, who land their catch at dawn, had opposed an earlier"
    " plan that moved the first crossing to six, and welcomed the compromise reached this"
    " week, though they warned that the slipway still needs repairs before the spring tides.",
]
LAST_PARAGRAPHS = [
    "The operators say the earlier boat will be full within a month of the change.",
    "“We have waited for this since the bridge plan was dropped,” one councillor said.",
    "A second consultation on the winter timetable opens in the autumn.",
]


@pytest.mark.parametrize(
    "caption",
    [
        "Commuters queue at the north pier before dawn. | Photo by Ann Lee",
        "Photo: Island Echo",
        "Advertisement",
    ],
)
def test_short_paragraphs_under_a_caption_are_the_article_going_on(caption: str) -> None:
    kept = texts(*LONG, *LATER, caption, *LAST_PARAGRAPHS, CHROME["a share row"])
    assert kept[-len(LAST_PARAGRAPHS) :] == LAST_PARAGRAPHS


def test_a_sign_up_call_under_a_caption_still_goes() -> None:
    kept = texts(*LONG, *LATER, "Photo: Island Echo", *PLUGS)
    assert kept == [*LONG, *LATER]


def test_short_paragraphs_under_a_row_of_links_still_go() -> None:
    kept = texts(*LONG, *LATER, CHROME["a share row"], *LAST_PARAGRAPHS)
    assert kept == [*LONG, *LATER]
