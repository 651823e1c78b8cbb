"""The pure pipeline from a read file to a storable document: clean, then find quotes and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.cleaning.authors import NO_PAGE, Page, author_names, organisation_written
from store.cleaning.clean import clean
from store.cleaning.meta import head_month, tidy_title
from store.cleaning.sitenames import names_site, site_free_title, site_name_in_title
from store.models import CleanDoc, Event, ExtractedDocument, Granularity, RawDoc
from store.quoting.quotes import find_quotes
from store.timex.dates import estimate, find_dates, placed_on_estimate, publication_event
from store.timex.pubdates import is_history, known_date, latest_day, page_year, url_date

TITLE_FALLBACK_CHARS = 120


def extract_document(raw: RawDoc) -> ExtractedDocument:
    """Clean `raw` and extract its quotes and dated events; metadata from the file wins."""
    given = tidy_title(raw.title)
    cleaned = clean(raw.text, format=raw.format, title=given, url=raw.url)
    title = site_free_title(given, raw.url, raw.source) or tidy_title(cleaned.title)
    title = title or _title_from_path(raw.path)
    published = _document_date(raw, cleaned) or url_date(raw.url, fetched=raw.fetched)
    events = find_dates(cleaned.paragraphs, published)
    estimated = False
    precision: Granularity | None = "day" if published is not None else None
    found = (_month_shown(raw, cleaned) or _estimate(raw, events)) if published is None else None
    if found is not None:
        found = _until_reading(found, raw)
        published, precision = found
        estimated = True
        events = placed_on_estimate(cleaned.paragraphs, events, found)
    if published is not None and not estimated:
        events.insert(0, publication_event(published, title=title))
    return ExtractedDocument(
        title=title,
        paragraphs=cleaned.paragraphs,
        quotes=find_quotes(cleaned.paragraphs, title=_headline(raw, cleaned)),
        events=events,
        published=published,
        published_estimated=estimated,
        published_precision=precision,
        author=_author(raw, cleaned),
        # A site known only by its address is named by its titles ("… | The Nutrition Source").
        source=raw.source or site_name_in_title(given, raw.url) or cleaned.source,
    )


def _document_date(raw: RawDoc, cleaned: CleanDoc) -> dt.date | None:
    """The day the document gives: its file's date, or the date line at the head of its text.

    Of a crawler's front matter and a date the page shows at its head, the later wins. Front
    matter (and most metadata) carries the first publication, while the page as read says
    "Updated Dec 3, 2025": the text is that version, its "this year" means 2025, and a citation
    of a page names its last update. A shown date earlier than the file's is the first
    publication the file's date updates. A saved page's date is htmldate's reading of that
    page's own tags and text, not a crawler's guess, and wins."""
    shown = known_date(cleaned.published, fetched=raw.fetched)
    if raw.published is None or raw.format == "html":
        return raw.published or shown
    return max(raw.published, shown or raw.published)


def _month_shown(raw: RawDoc, cleaned: CleanDoc) -> tuple[dt.date, Granularity] | None:
    """The month a date line at the head of the text gives without a day ("Last Updated
    January, 2025"). A document's own date is a day wherever it is shown and cited, so a month
    goes the way of an estimate: shown as "January 2025", never cited as a day it did not
    give, and better than any estimate from the dates the text mentions."""
    last = head_month(raw.text, raw.title or cleaned.title)
    # The month began by the day the page was read (its last day may be to come).
    if last is not None and known_date(last.replace(day=1), fetched=raw.fetched):
        return last, "month"
    return None


def _estimate(raw: RawDoc, events: list[Event]) -> tuple[dt.date, Granularity] | None:
    """An undated document's likely date from the dates it mentions, never a period that
    starts after the day it was fetched or ingested: a page read today was written by today,
    and a later period it mentions ("until August 2027") is a plan, not its date."""
    fetched = raw.fetched or dt.date.today()
    found = estimate(events, fetched=fetched)
    if found is not None and _period_start(*found) > latest_day(fetched):
        return None
    if found is not None and is_history(found[0], page_year(raw.text, fetched=raw.fetched)):
        return None  # the text's latest date is history it tells, not when it was written
    return found


# Precisions whose label reads only the year and month of an estimate's last day ("2026",
# "Q4 2026", "December 2026"): the same label, whatever day of the period it ends on.
_CUT_AT_READING = frozenset({"month", "quarter", "year", "decade"})


def _until_reading(found: tuple[dt.date, Granularity], raw: RawDoc) -> tuple[dt.date, Granularity]:
    """An estimate whose period holds the day the page was read ends on that day: "2026"
    read on 7 December 2026 is no date after the reading, and sorts as the reading's day."""
    last, precision = found
    fetched = raw.fetched.date() if raw.fetched else dt.date.today()
    if last > fetched >= _period_start(last, precision) and precision in _CUT_AT_READING:
        return fetched, precision
    return found


def _period_start(last: dt.date, precision: Granularity) -> dt.date:
    """The first day of the period an estimate names by its last day: "2023" (a year) began
    on 1 January 2023, though its last day may lie after the page was read."""
    months_back = {"month": 0, "quarter": 2, "season": 2}
    if precision in months_back:
        month = last.year * 12 + last.month - 1 - months_back[precision]
        return dt.date(month // 12, month % 12 + 1, 1)
    if precision == "week":
        return last - dt.timedelta(days=6)
    if precision in ("year", "decade"):
        return dt.date(last.year // 10 * 10 if precision == "decade" else last.year, 1, 1)
    return last


def _author(raw: RawDoc, cleaned: CleanDoc) -> str | None:
    """The file's author, else the byline's, as names: words the page writes in lower case
    are not names ("By Challenge" in a menu, "Member Login" linked to a profile page)."""
    if not (raw.author or cleaned.author):
        return None  # no name to judge: reading the page's words (a tenth of a file's time) waits
    page = Page.of(raw.text)
    whole = raw.author and organisation_written(raw.author, raw.text)
    for given in (whole or raw.author, cleaned.author):
        # An organisation named as the site is its author whatever its words ("Block
        # Renovation" on blockrenovation.com).
        name = author_names(given, NO_PAGE if names_site(given or "", raw.url or "") else page)
        if name:
            return name
    return None


def _headline(raw: RawDoc, cleaned: CleanDoc) -> str | None:
    """The title as a headline separate from the body, for telling quoted titles from quotes.

    A title the cleaner took from the first sentence is body text: passing it would hide the
    quotes in that sentence.
    """
    if raw.title:
        return raw.title
    first_text = next((p.text for p in cleaned.paragraphs if p.kind == "text"), "")
    if cleaned.title and first_text.startswith(cleaned.title.rstrip(".…")):
        return None
    return cleaned.title


def _title_from_path(path: str) -> str:
    return (
        Path(path).stem.replace("_", " ").replace("-", " ").strip()[:TITLE_FALLBACK_CHARS] or path
    )
