"""The article alone: boilerplate removal for crawler markdown and plain-text copies.

`clean` reads the text into blocks (paragraphs, headings, list items, table rows, code), lets a
series of rules mark the blocks that are page furniture, and returns what is left together with
the metadata the text itself gave away (title, byline, date). The rules are general (link
density, lists of links, position before the title or after the article, short boilerplate
phrases) because the inputs come from hundreds of different sites.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from store.cleaning.bios import mark_bios
from store.cleaning.blocks import Block, markdown_blocks
from store.cleaning.captions import is_caption
from store.cleaning.citations import mark_reference_lists
from store.cleaning.code import is_data
from store.cleaning.datelines import dateline_date, join_datelines
from store.cleaning.ending import mark_footer, mark_sections, mark_tail
from store.cleaning.forms import mark_forms
from store.cleaning.links import leads_out
from store.cleaning.meta import (
    Byline,
    caption_residue,
    is_dateline,
    parse_byline,
    publication_date,
    same_title,
    sentence_title,
    source_from_url,
    strip_dates,
    trailing_byline,
)
from store.cleaning.phrases import ends_sentence, is_furniture, is_weak
from store.cleaning.plain_text import text_blocks
from store.cleaning.region import mark_outside_main
from store.cleaning.repeats import mark_repeats
from store.cleaning.sitenames import site_free_title
from store.cleaning.streams import mark_streams
from store.cleaning.weights import content_words, is_content, is_link_only
from store.models import CleanDoc, Paragraph, ParagraphKind

__all__ = ["clean"]

_ALPHANUMERIC = re.compile(r"[^\W_]")
# The tail of a link whose text spans several blocks (a story card): "…Andy Maxwell](https://…)",
# or its head: "[What makes high-quality Bordeaux wine?" (a bracket opened and never closed).
_BROKEN_LINK = re.compile(r"\]\((?:https?:|/|#)|^!?\[[^\]]*$")
_WORD = re.compile(r"[^\W\d_]{3,}")
_TRAIL = re.compile(r"\s[»›>/|]\s|\s[»›>]$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")
BYLINE_SCAN = 40  # blocks (menus aside) from the top where a byline or dateline may sit
ABOVE_TITLE_REACH = 3  # blocks right above a title heading that may be its byline or dateline


def clean(
    text: str, *, format: str = "markdown", title: str | None = None, url: str | None = None
) -> CleanDoc:
    """Clean `text` (front matter already removed) into the article's paragraphs and headings.

    `format` is "text" for a plain-text copy, "html" for the markdown of an HTML page's main
    text (found by trafilatura); anything else is read as crawler markdown. `title` and
    `url` come from front matter when known; they help find the title in the text and name the
    site. The returned title, author, published date and source are what the text (or the URL)
    itself says.
    """
    markdown = format != "text"
    blocks = join_datelines(markdown_blocks(text) if markdown else text_blocks(text))
    residue = _drop_caption_residue(blocks)
    _trim_truncated_tail(blocks)
    _unlink_named_headings(blocks, url)
    _mark_furniture(blocks)
    mark_forms(blocks)
    mark_reference_lists(blocks)
    # trafilatura has found the HTML's main text already: no masthead sits above its title.
    crawled = markdown and format != "html"
    heading = _mark_title(blocks, title, site_free_title(title, url), drop_above=crawled)
    byline = _take_byline(blocks, (title, site_free_title(title, url)))
    mark_sections(blocks)
    mark_footer(blocks)
    mark_repeats(blocks)
    mark_streams(blocks)
    # Notes about the authors are judged by the text left below them once the boxes, footer
    # and streams past the article are gone.
    mark_bios(blocks, byline.author)
    if crawled:
        mark_outside_main(blocks, is_content)
        mark_tail(blocks)
        # ...and again once the page's own text past the article is gone too: a sign-up box
        # or a disclaimer under an author's note is no article text that keeps it in.
        mark_bios(blocks, byline.author)
    kept = [block for block in blocks if not block.why]
    if markdown:
        kept = _drop_dangling_headings(_trim_weak_edges(kept))
    paragraphs = [Paragraph(kind=_KINDS.get(block.kind, "text"), text=block.text) for block in kept]
    return CleanDoc(
        paragraphs=paragraphs,
        title=heading or residue or _first_sentence(paragraphs),
        author=byline.author,
        published=byline.published,
        source=source_from_url(url),
    )


# What each kind of block is in the cleaned article: paragraphs, list items and table rows
# are its text.
_KINDS: dict[str, ParagraphKind] = {"heading": "heading", "code": "code"}


def _drop_caption_residue(blocks: list[Block]) -> str | None:
    found = None
    while blocks and (residue := caption_residue(blocks[-1].text)):
        blocks.pop()
        found = residue
    return found


def _trim_truncated_tail(blocks: list[Block]) -> None:
    """A crawler cut the page off mid-line ("…he said the fares wo...", "[Previous Post](ht..."):
    keep the complete sentences of the last block, without its broken link."""
    if not blocks or blocks[-1].kind == "code" or not _ELLIPSIS_END.search(blocks[-1].text):
        return
    last = blocks.pop()
    text = _ELLIPSIS_END.sub("", last.text)
    if "](" in text or text.count("[") > text.count("]"):
        text = text[: max(text.rfind("["), 0)]
    ends = list(_SENTENCE_END.finditer(text))
    if ends:
        blocks.append(replace(last, text=text[: ends[-1].end()]))


def _nav_groups(blocks: list[Block]) -> set[int]:
    """Lists and tables that are mostly bare links and hold no prose: menus, link boxes."""
    members: dict[int, list[Block]] = {}
    for block in blocks:
        if block.group:
            members.setdefault(block.group, []).append(block)
    return {
        group
        for group, items in members.items()
        if 2 * sum(map(is_link_only, items)) >= len(items)
        and not any(is_content(item) and not is_link_only(item) for item in items)
    }


def _unlink_named_headings(blocks: list[Block], url: str | None) -> None:
    """A heading that links to what it names on another site (a product in a buying guide, a
    tool in a review) or to a page below the article's own (a school's page in a ranking of
    schools) is a heading of the article; a teaser's headline links to another article of the
    same site. Its link is read as text, so no rule takes the heading and its section for a
    box of teasers."""
    if not url:
        return
    for block in blocks:
        if (
            block.kind == "heading"
            and is_link_only(block)
            and all(leads_out(href, url) for _, href in block.links)
        ):
            block.links, block.link_chars, block.link_density = [], 0, 0.0
            block.free_letters = max(block.free_letters, len(block.text))


def _mark_furniture(blocks: list[Block]) -> None:
    nav = _nav_groups(blocks)
    for block in blocks:
        if block.kind == "code":
            continue
        if not _ALPHANUMERIC.search(block.text):
            block.why = "symbols"
        elif block.group in nav:
            block.why = "navigation"
        elif is_data(block.text):
            block.why = "data"
        elif _BROKEN_LINK.search(block.text):
            block.why = "link fragment"
        elif block.kind == "heading" and is_link_only(block):
            block.why = "linked heading"
        elif (
            block.kind == "para" and block.links and (_is_link_row(block) or _is_breadcrumb(block))
        ):
            block.why = "links"
        elif is_furniture(block.text, block.words):
            block.why = "furniture"
        elif block.after_image and block.kind == "para" and is_weak(block.text, block.words):
            block.why = "picture credit"
        elif is_caption(block):
            block.why = "caption"


def _is_link_row(block: Block) -> bool:
    # Long sentences built around a link are text; short link-heavy lines are navigation.
    if block.free_letters <= 3 or block.link_density >= 0.8:
        return True
    return block.link_density >= 0.6 and block.words < 20 and not ends_sentence(block.text)


def _is_breadcrumb(block: Block) -> bool:
    """Links in a trail ("Home » Data » How we counted"), maybe ending on the page's title."""
    steps = [step.strip() for step in _TRAIL.split(block.text)]
    linked = {text for text, _ in block.links}
    unlinked = [step for step in steps if step and step not in linked]
    return len(steps) - len(unlinked) >= 2 and len(unlinked) <= 1 and not ends_sentence(block.text)


def _first_content(blocks: list[Block]) -> int:
    return next((i for i, block in enumerate(blocks) if is_content(block)), len(blocks))


def _mark_title(
    blocks: list[Block], title: str | None, headline: str | None, *, drop_above: bool = True
) -> str | None:
    """Find the title heading; everything above it is masthead and menus (`drop_above`), and
    repeats go too. `headline` is the title without the site's name."""
    first = _first_content(blocks)
    weights = content_words(blocks)
    index = _title_heading(blocks, weights, first, title, headline)
    found = blocks[index].text if index is not None else None
    # Never the article for a heading: what sits above the title must be less text than below.
    above = drop_above and index is not None and sum(weights[:index]) < sum(weights[index + 1 :])
    for i, block in enumerate(blocks):
        if above and index is not None and i < index:
            block.why = block.why or "above title"
        elif (i <= first or block.kind == "heading") and (
            same_title(block.text, found) or same_title(block.text, title)
        ):
            block.why = "title"
    return found


def _title_heading(
    blocks: list[Block], weights: list[int], first: int, title: str | None, headline: str | None
) -> int | None:
    """The known title as a heading near the top, else the last H1 before the article starts.
    Of the headings that match, the last one above the article's first paragraph (a header may
    show the title too), else the first: later ones repeat it ("34 responses to “…”").
    A page shows its headline without the " - Site" of its title bar, perhaps with more after
    it ("… (latimes.com) 87"), but never after other words: "Use cases of <headline>" is a
    section of the article."""
    half = sum(weights) / 2
    seen = 0
    matching = []
    for i, block in enumerate(blocks):
        seen += weights[i]
        if seen > half:
            break
        if block.kind == "heading" and (
            same_title(block.text, title) or same_title(block.text, headline, prefix_only=True)
        ):
            matching.append(i)
    if matching:
        return max((i for i in matching if i < first), default=matching[0])
    # With a title known, a heading that shares no word with it opens a section ("Background").
    headings = [
        i
        for i in range(first)
        if blocks[i].kind == "heading" and (not title or _shares_a_word(blocks[i].text, title))
    ]
    top_level = [i for i in headings if blocks[i].level == 1]
    if top_level:
        return top_level[-1]
    # A linked heading this high up is the title linking to itself, not a teaser.
    return next((i for i in headings if blocks[i].why in ("", "linked heading")), None)


def _shares_a_word(text: str, other: str) -> bool:
    return bool(set(_WORD.findall(text.casefold())) & set(_WORD.findall(other.casefold())))


def _take_byline(blocks: list[Block], titles: tuple[str | None, ...] = ()) -> Byline:
    """Author and date from the byline and dateline near the top; those blocks are dropped.
    A date in a link is another page's; a date stamped on the title heading is the page's."""
    found = Byline(None, None)
    content = scanned = 0
    for block in blocks[_byline_start(blocks) :]:
        if block.why == "navigation":
            continue  # menus can run to a hundred items above the byline
        scanned += 1
        if block.kind == "code" or content >= 3 or scanned > BYLINE_SCAN:
            break
        content += is_content(block)
        byline = parse_byline(block.text, block.words, block.links)
        byline = byline or trailing_byline(block.text, block.links)
        if byline and byline.before and not found.author:
            _keep_before_byline(blocks, block, byline.before)
            found.author = byline.author
            found.published = found.published or byline.published
        elif byline and not found.author:
            block.why = "byline"
            found.author = byline.author
            found.published = found.published or byline.published
        elif (
            not byline
            and not _in_a_link(block)
            and is_dateline(block.text, block.words, block.kind == "heading")
        ):
            block.why = "dateline"
            found.published = found.published or publication_date(block.text)
        elif block.why == "title" and not found.published:
            found.published = _title_stamp(block.text, titles)
        elif not block.why and not found.published:
            found.published = dateline_date(block.text)
    return found


def _keep_before_byline(blocks: list[Block], block: Block, before: str) -> None:
    """The standfirst stays in place of `block`, without the byline it ran into."""
    at = next(index for index, each in enumerate(blocks) if each is block)
    letters = sum(char.isalpha() for char in before)
    blocks[at] = replace(block, text=before, links=[], link_chars=0, free_letters=letters)


def _byline_start(blocks: list[Block]) -> int:
    """Where the byline scan starts: a few blocks above the title when the masthead and menus
    above it were dropped (a byline or dateline may sit just above a headline), else the top."""
    title = next((i for i, block in enumerate(blocks) if block.why == "title"), None)
    if title is None or not any(block.why == "above title" for block in blocks[:title]):
        return 0
    return max(0, title - ABOVE_TITLE_REACH)


def _in_a_link(block: Block) -> bool:
    """Whether the block's date is a link's: a teaser or a promo ("[… Bike Ride on 21st June
    2026!](/events/…)"), or the broken end of one, dates another page, not this one."""
    if block.why in ("link fragment", "navigation"):
        return True
    return any(publication_date(text) is not None for text, _ in block.links)


def _title_stamp(text: str, titles: tuple[str | None, ...]) -> dt.date | None:
    """The date a title heading is stamped with ("Dec 18 2025  Preparing a transition"):
    the heading less the date must be the page's given title (`titles`: as given and without
    the site's name), so a headline about a date ("The storm of May 5, 2024") is no stamp
    unless the page's title leaves the date out."""
    day = publication_date(text)
    if day is None:
        return None
    rest = strip_dates(text)
    return day if any(same_title(rest, title) for title in titles if title) else None


def _trim_weak_edges(kept: list[Block]) -> list[Block]:
    """Stray labels (a name, "Share", a category) above the article text or below its end."""
    first = _first_content(kept)
    if first == len(kept):
        return kept  # no article text to tell labels from: keep what there is
    end = len(kept)
    while end > first and _is_stray(kept[end - 1]):
        end -= 1
    return [block for block in kept[:first] if not _is_stray(block)] + kept[first:end]


def _is_stray(block: Block) -> bool:
    return block.kind == "para" and is_weak(block.text, block.words)


def _drop_dangling_headings(kept: list[Block]) -> list[Block]:
    """A heading with nothing under it (its section was all chrome) goes too."""
    out: list[Block] = []
    following: Block | None = None
    for block in reversed(kept):
        if block.kind == "heading" and (
            following is None or (following.kind == "heading" and following.level <= block.level)
        ):
            continue
        out.append(block)
        following = block
    return out[::-1]


def _first_sentence(paragraphs: list[Paragraph]) -> str | None:
    text = next((p.text for p in paragraphs if p.kind == "text"), None)
    return sentence_title(text) if text else None
