"""The vocabulary of casebrowser: every layer speaks in these pydantic models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

# A code block (fenced, or lines of program code) is neither prose nor a heading.
ParagraphKind = Literal["heading", "text", "code"]
# What an input file was read as.
DocFormat = Literal["markdown", "text", "html"]
EventKind = Literal["published", "mentioned"]
Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "unknown"]
# The granularities from finest to coarsest.
PRECISIONS: tuple[Granularity, ...] = get_args(Granularity)
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# direct: a verb of saying names the speaker; pronoun: "he said", resolved; nominal: "the
# minister said", resolved or named as written; chain: passed on from the quote before or
# after it; context: the subject of the quote's sentence, no verb of saying; layout: a
# transcript's "NAME:" or a signing "— Name"; variant: given by another outlet's report of the
# same statement that names the speaker (store/quoting/variant_speakers.py). The user's own:
# corrected (a speaker given to an extracted quote), added (a quote the user added, with its
# speaker).
AttributionHow = Literal[
    "direct", "pronoun", "nominal", "chain", "context", "layout", "variant", "corrected", "added"
]
Modifier = Literal["early", "mid", "late", "approx", "before", "after", "since", "until"]
# How far the researcher's review of a document is: new (never opened), read (opened in the
# reader), reviewed (checked), or excluded (left out of the case's findings).
ReviewState = Literal["new", "read", "reviewed", "excluded"]
REVIEW_STATES: tuple[ReviewState, ...] = get_args(ReviewState)


class Model(BaseModel):
    # Schemas are built on first use: the app needs few of them to paint its first screen.
    model_config = ConfigDict(frozen=False, extra="forbid", defer_build=True)


class Paragraph(Model):
    """One block of a cleaned article: a section heading, a paragraph of text, or a block of
    program code (whose strings are nobody's words and whose lines are no sentences)."""

    kind: ParagraphKind = "text"
    text: str


class CleanDoc(Model):
    """What the cleaner makes of raw text: the article alone, plus metadata found in it."""

    paragraphs: list[Paragraph] = Field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    source: str | None = None


class RawDoc(Model):
    """One input file read into text and whatever metadata its format carried."""

    path: str
    format: DocFormat
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: dt.date | None = None
    fetched: dt.datetime | None = None
    content_hash: str
    # What of the file's metadata could not be read (the document is kept): one line each.
    warnings: list[str] = Field(default_factory=list)


class DocumentSummary(Model):
    """A document as the document list and `casebrowser docs` show it."""

    id: int
    title: str
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_estimated: bool = False
    # How precise `published` is: "day" for a date the document gives; an estimate keeps the
    # granularity of the mention it came from ("year" for "in 2023"). None when undated.
    published_precision: Granularity | None = None
    words: int = 0
    quotes: int = 0
    path: str
    review: ReviewState = "new"
    # Copies of one article (the same page saved twice, a wire story printed by several
    # outlets) are listed once, as their primary: a copy names it, a primary its copies and
    # the outlets they add to its own.
    copy_of: int | None = None
    copies: list[int] = Field(default_factory=list)
    copy_sources: list[str] = Field(default_factory=list)


class Document(DocumentSummary):
    """A whole stored document: metadata, the cleaned article and the raw text it came from."""

    fetched: dt.datetime | None = None
    format: str
    content_hash: str
    raw_text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)


class Quote(Model):
    """A direct quotation. Offsets are character positions in the cleaned paragraphs.

    The quote runs from `start` in paragraph `paragraph` to `end` in paragraph `end_paragraph`
    (exclusive), not counting its quote marks. For a one-paragraph quote,
    `paragraphs[paragraph].text[start:end] == text`; a quote spanning paragraphs joins its
    pieces with a newline. A quotation interrupted by its attribution (“…,” she said, “…”)
    is one quote: its text joins the parts with " … " (`store.quoting.marks.ELISION`), and
    its offsets run from the first part's start to the last part's end, the cue between.
    """

    id: int | None = None
    doc_id: int | None = None
    text: str
    speaker: str | None = None
    # The speaker's title or role as the article gives it ("Secretary of State" for "Secretary
    # of State Mike Pompeo said"), kept apart from the name; None when it gives none, and for a
    # speaker the user or another report gave.
    role: str | None = None
    cue: str | None = None
    paragraph: int
    start: int
    end_paragraph: int
    end: int
    # How the speaker was found (None when there is none), and how far to trust it (0-1).
    how: AttributionHow | None = None
    confidence: float | None = None
    # Reports of the same statement in other documents name another speaker (read from the
    # case's variant links, so it follows corrections and re-ingests).
    speaker_disputed: bool = False


class Event(Model):
    """A dated mention in a document (or its publication), TIMEX3-style.

    `value` is the TIMEX3 value ("2023-05", "2024-W20", "2018", "2023-SU", "2023-Q2"), None when the
    expression could not be resolved (a relative date in an undated document). `start` and `end`
    are the first and last day the expression covers. `offset` is the phrase's character position
    in paragraph `paragraph` of the cleaned text (-1 for publication events).
    """

    id: int | None = None
    doc_id: int | None = None
    kind: EventKind = "mentioned"
    phrase: str
    # TIMEX3's type: DATE (also the PRESENT_REF/PAST_REF/FUTURE_REF values), TIME, DURATION
    # ("P3Y") or SET ("XXXX-WXX-1"). Durations, sets and reference words have no start and end
    # unless counted from the document date ("the past three years").
    type: TimexType = "DATE"
    value: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity = "day"
    modifier: Modifier | None = None
    sentence: str = ""
    paragraph: int = -1
    offset: int = -1


class QuoteAnnotation(Model):
    """The user's own marks on a quote."""

    starred: bool = False
    note: str | None = None
    # The speaker the user gave the quote, which wins over the extracted one everywhere.
    speaker: str | None = None
    # The user says this is not a quotation: lists, search, speakers and exports leave it out.
    rejected: bool = False


class QuoteHit(Model):
    """A quote as the quote finder lists it, with what a citation needs."""

    quote: Quote
    doc_title: str
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    score: float = 0.0
    highlights: list[tuple[int, int]] = Field(default_factory=list)
    # Where the quote begins, counted as a reader counts: the text paragraphs of the cleaned
    # article from 1, headings left out (the "¶ 7" and "para. 7" of a citation).
    paragraph_number: int | None = None
    # Marked not a quotation by the user: only listings asked for every quote show it.
    rejected: bool = False


class VariantRef(Model):
    """Another document's report of a quote's statement, as `quotes --json` lists it: enough
    for a script to trace the statement across outlets. `published` is the date its document
    gives (None when undated or only estimated)."""

    quote_id: int
    doc_id: int
    outlet: str | None = None
    published: dt.date | None = None
    speaker: str | None = None


class Citation(Model):
    """Everything a citation of a quote can name; any field but the quote may be missing."""

    quote: str
    speaker: str | None = None
    # The speaker's title or role as the article gives it (`Quote.role`).
    role: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    # The locator: the quote's paragraph (see `QuoteHit.paragraph_number`), and the ids a link
    # back to it needs when the document has no URL (`casebrowser show DOC --at QUOTE_ID`).
    paragraph: int | None = None
    doc_id: int | None = None
    quote_id: int | None = None


class Speaker(Model):
    """A speaker with how many quotes the case holds from them, and the names the user merged
    into theirs (`Case.merge_speakers`)."""

    name: str
    quotes: int
    aliases: list[str] = Field(default_factory=list)
    # The roles their quotes were given, most used first, abbreviated titles written out
    # ("Senator" for "Sen."): "Secretary of State" for Mike Pompeo.
    roles: list[str] = Field(default_factory=list)
    # The other ways the case writes the name, counted with it: the same words but for case,
    # accents and punctuation ("Martin O’Malley" for "Martin O'Malley"), which `@name` finds.
    spellings: list[str] = Field(default_factory=list)
    # The text says what the speaker is, not who ("one tester", "the source", "North Dakota
    # residents"): its quotes may be several people's. Listed after the people.
    described: bool = False


class TimelineEntry(Model):
    """An event with the document it comes from, as the timeline lists it."""

    event: Event
    doc_title: str
    source: str | None = None
    url: str | None = None
    """The document's URL, which a published timeline links to."""
    starred: bool = False
    """The user starred the event (kept by its document's path and its sentence)."""


@dataclass(frozen=True)
class TimelineFilter:
    """Which events a timeline shows: the pane's filter and toggles, an export's or a command's
    options. The default is every event."""

    include_published: bool = True
    text: str = ""
    """Events whose sentence, phrase, document title or outlet contain every word of it."""
    hide_excluded: bool = False
    """Leave out the documents the user's review excluded."""
    hide_unplaceable: bool = False
    """Leave out durations, sets and reference words ("now") that no date anchors."""
    starred_only: bool = False
    doc_id: int | None = None


class ExtractedDocument(Model):
    """Everything the extraction pipeline makes of one RawDoc, ready to be stored."""

    title: str
    paragraphs: list[Paragraph]
    quotes: list[Quote]
    events: list[Event]
    published: dt.date | None = None
    published_estimated: bool = False
    published_precision: Granularity | None = None
    author: str | None = None
    source: str | None = None


EVERY_EVENT = TimelineFilter()
