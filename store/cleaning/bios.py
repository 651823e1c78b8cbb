"""Notes about the people who wrote or checked a page: "Maureen Salamon is the executive editor
of …", "Anurag is an experienced journalist …". Such a paragraph opens on a person's name and
goes on about them in the third person, and the page names that person just above it (a byline,
an "About the author" box's name line) or in its byline. It sits at an edge of the article, by
the byline or after the text; in the middle of an article a paragraph about a named person is
the article's own (a profile, a list of people).
"""

from __future__ import annotations

import re

from store.cleaning.authors import author_names
from store.cleaning.blocks import Block
from store.cleaning.phrases import ends_sentence
from store.cleaning.weights import content_words

# A name opening a sentence about its bearer: capitalised words, then a verb in lower case
# ("is", "has covered"), a comma or a bracket ("Eduard Kovacs (@EduardKovacs) is …").
_OPENING_NAME = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,3})(?=\s*\(|,|\s+[a-z])"
)
# A note goes on about its person as a person ("She has covered …"): a company, an event or a
# product its line names ("Microsoft Ignite: November 17-20") is no one's "he" or "she".
_PERSON = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
LABEL_REACH = 4  # blocks above the note where the name line may sit (a role, a count between)
LABEL_WORDS = 20  # a name line is short and no sentence, a role or two after the name
TAIL_SHARE = 0.25  # below the article: less of its text follows than this share of what came


def mark_bios(blocks: list[Block], author: str | None) -> None:
    """Mark the notes about a page's authors, and the short lines between their name line and
    them. `author` is the byline's, when one was found."""
    found = [(i, start) for i, block in enumerate(blocks) if (start := _note(blocks, i, author))]
    if not found:
        return  # most pages: the article's weights are not needed
    weights = content_words(blocks)
    total = sum(weights)
    before = [0]
    for words in weights:
        before.append(before[-1] + words)
    # From the last note up: the notes below a note (an author's and a reviewer's, one after
    # the other) are no article text that would keep it inside the article.
    notes_below = 0
    for i, start in reversed(found):
        after = total - before[i + 1] - notes_below
        # Above all of the article's text, or below nearly all of it.
        if before[i] == 0 or after < TAIL_SHARE * before[i]:
            for j in range(start, i + 1):
                blocks[j].why = blocks[j].why or "author note"
            notes_below += sum(weights[start : i + 1])


def _note(blocks: list[Block], i: int, author: str | None) -> int | None:
    """Where the note about an author at block `i` starts (its name line's next block, or the
    note itself), wherever it sits; None if block `i` is no such note."""
    block = blocks[i]
    if block.why or block.kind != "para" or not block.prose:
        return None
    opening = _OPENING_NAME.match(block.text)
    if opening is None:
        return None
    name = opening["name"]
    label = None
    if _named_above(blocks, i, name) and _PERSON.search(block.text):
        label = _name_line_above(blocks, i, name)
    if label is not None:
        return label + 1
    # Far from its byline a note names its author in full: one word is as likely the name of
    # the company the byline is a team of ("Workzone is a balance of …").
    return i if " " in name and _is_author(name, author) else None


def _named_above(blocks: list[Block], i: int, name: str) -> bool:
    """Whether a block within LABEL_REACH above block `i` holds the name's first word: most
    paragraphs open on a capitalised word no line above them holds."""
    first = name.split()[0]
    return any(first in blocks[j].text for j in range(max(i - LABEL_REACH, 0), i))


def _name_line_above(blocks: list[Block], i: int, name: str) -> int | None:
    """The line naming the person `name` within LABEL_REACH blocks above block `i`: a short
    line, no heading (a section's title may name its subject), whose names are a person's
    ("Written by Eduard Kovacs", "Maureen Salamon, Executive Editor")."""
    for j in range(i - 1, max(i - 1 - LABEL_REACH, -1), -1):
        line = blocks[j]
        if line.kind == "heading" or line.words > LABEL_WORDS or ends_sentence(line.text):
            return None  # a heading or text between: the name line is not this note's
        if _is_author(name, author_names(line.text)):
            return j
    return None


def _is_author(name: str, author: str | None) -> bool:
    """Whether `name` is one of the byline's authors, whole or by their given name."""
    if not author:
        return False
    words = name.casefold().split()
    if len(words) == 1 and " " not in author.strip():
        return False  # one word for both: a company, a product, a place
    for person in re.split(r",\s*|\s+and\s+", author):
        parts = person.casefold().split()
        if parts and parts[0] == words[0] and all(word in parts for word in words):
            return True
    return False
