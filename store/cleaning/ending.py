"""Where the article ends: comments and pagers end it, boxes of links are cut out of it, and
after a site footer or the chrome past its last long paragraph, what little text is left is the
page's own."""

from __future__ import annotations

from store.cleaning.blocks import Block
from store.cleaning.phrases import MarkerKind, marker_kind
from store.cleaning.weights import content_words, is_content, is_link_only, mark_range

SECTION_SHARE = 0.2  # past the article: less text follows than this share of what came before
FOOTER_SHARE = 0.2  # ...and after such a run, less text than this share of what came before
FOOTER_LINKS = 8  # a run of dropped blocks with this many links is a site footer or sidebar
BOX_LINKS = 3  # a heading over this many links and nothing else opens a box of links
LONG_WORDS = 40  # a paragraph this long is article text wherever it sits (jusText's long block)
STRAND_BLOCKS = 6  # ...unless this many blocks without article text set it apart below the text,
STRAND_CHROME = 3  # this many of them page chrome
RESUME_PARAGRAPHS = 3  # paragraphs of text under a caption: the article goes on past it
# Blocks dropped as parts of the article's own head, not as page chrome.
_NOT_CHROME = frozenset({"", "title", "byline", "dateline", "repeat"})


def mark_sections(blocks: list[Block]) -> None:
    """Comments and pagers end the article; "Related"/"Most read" boxes are cut out of it."""
    weights = content_words(blocks)
    kinds = [_marker(block) for block in blocks]
    for i in _link_box_headings(blocks):
        kinds[i] = kinds[i] or "section"
    last = {block.group: j for j, block in enumerate(blocks) if block.group}
    first = {block.group: j for j, block in reversed(list(enumerate(blocks))) if block.group}
    after = sum(weights)
    before = 0
    i = 0
    while i < len(blocks):
        block = blocks[i]
        kind = kinds[i]
        if kind:
            block.why = block.why or "marker"
        # A comment-count link can sit up by the byline; a "Comments" heading never does.
        settled = before >= after or before >= 150 or block.kind == "heading"
        if kind == "end" and before and settled:
            mark_range(blocks, i + 1, len(blocks), "after the article")
            return
        if kind == "section" and before and not after:
            mark_range(blocks, i + 1, len(blocks), "after the article")
            return
        late = before > 0 and after < SECTION_SHARE * before
        end = i + 1
        if kind == "section":
            box = _section_end(blocks, weights, kinds, i, late)
            end = max(box, _list_end(blocks, i, first, last))
        mark_range(blocks, i + 1, end, "chrome section")
        before += sum(weights[i:end])
        after -= sum(weights[i:end])
        i = end


def _marker(block: Block) -> MarkerKind | None:
    """The chrome `block` opens, if it is a marker. A converter that writes in-page buttons
    (`href="#"`) as plain text glues the button that opens the comments to the link before
    it ("[Post](…) Load All Comments"): the text after the block's leading links is read too,
    for the comments alone (one glued word such as "Share" opens no box)."""
    if block.kind == "code":
        return None
    kind = marker_kind(block.text, block.words)
    if kind is None and (rest := _after_leading_links(block)):
        return "end" if marker_kind(rest, len(rest.split())) == "end" else None
    return kind


def _after_leading_links(block: Block) -> str:
    """The text of `block` after the links it opens with ("" when it opens with none)."""
    text = block.text
    for link_text, _href in block.links:
        text = text.lstrip()
        if not link_text or not text.startswith(link_text):
            break
        text = text[len(link_text) :]
    return text.strip() if text != block.text else ""


def _link_box_headings(blocks: list[Block]) -> list[int]:
    """Headings over nothing but links ("Recent articles", "More from the author" in any
    words): each opens a box of links as a "Related" title does. Below the heading, up to the
    next heading or sentence of prose, sit only links and chrome, at least BOX_LINKS links.
    Each block is looked at once, from the heading above it."""
    found = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "heading" or is_link_only(blocks[i]):
            i += 1
            continue
        links = 0
        j = i + 1
        while j < len(blocks):
            block = blocks[j]
            if not (block.why or is_link_only(block)) or (
                block.kind == "heading" and not is_link_only(block)
            ):
                break
            links += len(block.links)
            j += 1
        # The box must fill its section: a list in which only some entries are links is
        # the article's own (a packing list, product picks).
        whole = j == len(blocks) or blocks[j].kind == "heading" or is_content(blocks[j])
        if links >= BOX_LINKS and whole:
            found.append(i)
        i = max(j, i + 1)
    return found


def _list_end(blocks: list[Block], start: int, first: dict[int, int], last: dict[int, int]) -> int:
    """A box's title over a list: the whole list is the box, the blurbs of its teasers too
    (which would otherwise pass for the article resuming), when the list starts under the
    title and is mostly links (at least twice as many links as paragraphs of prose). Linked
    headlines of the list's items may sit between the title and its first item. `last` is
    each list's last block, `first` its first."""
    for j in range(start + 1, len(blocks)):
        group = blocks[j].group
        if group:
            items = blocks[j : last[group] + 1]
            teasers = sum(map(is_link_only, items)) >= 2 * sum(map(is_content, items))
            opens = first[group] > start  # the list starts under the title
            return last[group] + 1 if teasers and opens else start + 1
        if blocks[j].kind != "heading" or not is_link_only(blocks[j]):
            break
    return start + 1


def _section_end(
    blocks: list[Block],
    weights: list[int],
    kinds: list[MarkerKind | None],
    start: int,
    late: bool,
) -> int:
    """Where the box opened at `start` ends: after the article, at the next heading; in the
    middle of it, at the first paragraph of article text, where the article resumes. The next
    marker ("Comments" after a "Read more" box) opens a box of its own."""
    marker = blocks[start]
    for j in range(start + 1, len(blocks)):
        if kinds[j]:
            return j
        if blocks[j].kind == "heading":
            if marker.kind != "heading" or blocks[j].level <= marker.level:
                return j
        elif weights[j] and not late:
            return j
    return len(blocks)


def mark_footer(blocks: list[Block]) -> None:
    """After a long run of dropped link blocks near the end, what remains is site furniture."""
    weights = content_words(blocks)
    remaining = sum(weights)
    before = 0
    run_links = 0
    for i, block in enumerate(blocks):
        if weights[i]:
            before += weights[i]
            remaining -= weights[i]
            run_links = 0
        elif block.why:
            run_links += len(block.links)
            if run_links >= FOOTER_LINKS and before and remaining < FOOTER_SHARE * before:
                mark_range(blocks, i + 1, len(blocks), "footer")
                return


def mark_tail(blocks: list[Block]) -> None:
    """Past the article's last long paragraph and the page chrome after it, short prose is
    the page's own (a sign-up call, a form's prompt, an author's plug), as in jusText, where a
    short block takes the class of the text around it."""
    code = [block.words if block.kind == "code" and not block.why else 0 for block in blocks]
    weights = [words + lines for words, lines in zip(content_words(blocks), code, strict=True)]
    last = _last_long(blocks, len(blocks))
    while last is not None and _stranded(blocks, weights, last):
        last = _last_long(blocks, last)
    if last is None:
        return
    before = sum(weights[: last + 1])
    for i in range(last + 1, len(blocks)):
        before += weights[i]
        if blocks[i].why not in _NOT_CHROME and not _article_resumes(blocks, i):
            # A little text past the article, not the rest of an article an ad interrupts.
            if sum(weights[i + 1 :]) < FOOTER_SHARE * before:
                mark_range(blocks, i + 1, len(blocks), "past the article")
            return


def _article_resumes(blocks: list[Block], at: int) -> bool:
    """Whether the chrome block at `at` interrupts the article rather than ending it: a line
    with no link (a picture's caption or credit, a label) right above RESUME_PARAGRAPHS
    paragraphs of article text, one after the other. The page's own text past the article (a
    sign-up call, an author's plug, a form's prompts) is a line or two between labels."""
    under = blocks[at + 1 : at + 1 + RESUME_PARAGRAPHS]
    return (
        not blocks[at].links
        and len(under) == RESUME_PARAGRAPHS
        and all(not block.why and is_content(block) for block in under)
    )


def _last_long(blocks: list[Block], end: int) -> int | None:
    """The last long paragraph (or code) of article text above block `end`."""
    return next(
        (
            i
            for i in range(end - 1, -1, -1)
            if (is_content(blocks[i]) or blocks[i].kind == "code") and blocks[i].words >= LONG_WORDS
        ),
        None,
    )


def _stranded(blocks: list[Block], weights: list[int], at: int) -> bool:
    """Whether the long paragraph at `at` stands apart below the article: a run of at least
    STRAND_BLOCKS blocks with no article text in it, STRAND_CHROME of them chrome, lies between it
    and the text above, and the text from it to the end is little beside the text above (a
    disclaimer, a site's about text or a promotion under the footer's menus and forms)."""
    above = next((i for i in range(at - 1, -1, -1) if weights[i]), None)
    if above is None or at - above - 1 < STRAND_BLOCKS:
        return False
    chrome = sum(block.why not in _NOT_CHROME for block in blocks[above + 1 : at])
    if chrome < STRAND_CHROME:
        return False  # the article's own short lines (a list, labels) between its sections
    return sum(weights[at:]) < FOOTER_SHARE * sum(weights[: above + 1])
