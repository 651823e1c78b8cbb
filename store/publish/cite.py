"""Citations of a quote in the styles a writer pastes into a draft.

`default` is one line for notes: “quote” — Speaker, quoted by Byline, Outlet, “Title”,
13 May 2024, ¶ 7, and a link back to the quote (`store.publish.locate`).
`apa` (APA 7), `mla` (MLA 9) and `chicago` (17th edition, notes and bibliography) give two
plain-text lines: the quote with its in-text citation or, for Chicago, alone, then the reference
entry or footnote for a newspaper article. The speaker is cited as quoted in the article ("as
cited in", "qtd. in", "quoted in"), since the reader has the article, not the words as spoken.
`markdown` is a block quote with a linked attribution line, the link scrolled to the quote.

The speaker's role, where the article gives one, follows the name in the default and Markdown
styles and in the lead of a CSL style's citation ("— Mike Pompeo, Secretary of State",
`store.publish.speakers`), as a note names who spoke. APA, MLA and Chicago give the name alone:
their in-text citation and note name the source ("Pompeo, as cited in", "qtd. in", "quoted in"),
and each puts a speaker's title or credentials in the writer's own sentence that introduces
the quotation (APA's narrative citation, MLA's signal phrase, Chicago's running text), not in
the citation; the role is there to copy from the quote list or the reader.

A quote whose speaker is not known is cited as said by "speaker unknown", quoted in the article,
in every style: the byline's author reported the words and is never read as the one who said
them (as APA's "as cited in", MLA's "qtd. in" and Chicago's "quoted in" cite words known only
from a secondary source).

Every style says where the quote is: its paragraph in the cleaned article, counted as a reader
counts (text paragraphs from 1): "¶ 7" in the default and Markdown styles, "para. 7" in APA's
in-text citation and Chicago's note, "par. 7" in MLA's.

Decisions a careful editor makes, applied to every style:
- A quote keeps its own words and punctuation. One cut where the attribution broke in ("Piracy
  is theft," he said) ends in a comma, semicolon or colon that belonged to the sentence around
  it: that mark is left out, and no full stop the speaker did not say is put in its place.
- Double quotation marks inside the quote become single ones, as quotes within quotes.
- In APA and MLA the full stop moves after the parenthetical citation; a question or
  exclamation mark stays inside the quote.
- A missing field drops out with its separator. APA puts the title first and "n.d." when there
  is no author or date, MLA and Chicago begin with the title, Chicago's note says "n.d.".
- Titles keep the outlet's capitalisation in APA (sentence case cannot be recovered safely) and
  take headline capitals in MLA and Chicago, changing only words that are all lowercase.
No markup in the plain-text styles: where italics belong (the outlet) there are none.

Authors are split and listed by `store.publish.names`. Any other style is a Citation Style
Language style, by name or .csl file (`store.publish.csl`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial

from store.models import Citation, QuoteHit
from store.publish.locate import link_back, paragraph_label
from store.publish.names import (
    Name,
    apa_authors,
    chicago_authors,
    mla_authors,
    names,
    surnames,
)
from store.publish.speakers import speaker_of, speaker_with_role

CITATION_STYLES: tuple[str, ...] = ("default", "apa", "mla", "chicago", "markdown")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MONTHS = _words(
    "January February March April May June July August September October November December"
)
MLA_MONTHS = _words("Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.")
# Lowercase in a headline-style title unless first or last (CMOS 8.159).
MINOR_WORDS = frozenset(
    _words("a an the and but or nor for so yet as at by in of off on out per to up via vs")
)
_CLAUSE_END = (",", ";", ":")
_SENTENCE_END = (".", "?", "!", "…")
_OPENING_DOUBLE = re.compile(r"""(^|[\s(\[{—–-])["“]""")
_BYLINE = re.compile(r"^by\s+", re.IGNORECASE)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#~|])")


def citation_for(hit: QuoteHit) -> Citation:
    return Citation(
        quote=hit.quote.text,
        speaker=hit.quote.speaker,
        role=hit.quote.role,
        outlet=hit.source,
        title=hit.doc_title,
        author=hit.author,
        published=hit.published,
        url=hit.url,
        paragraph=hit.paragraph_number,
        doc_id=hit.quote.doc_id,
        quote_id=hit.quote.id,
    )


def format_citation(citation: Citation, style: str = "default") -> str:
    """`citation` in `style`: one of `CITATION_STYLES`, or a CSL style's name or .csl file;
    ValueError (one line, naming the style) for a style that cannot be used.

    With no author, title, outlet or URL there is no source to reference: the academic styles
    (and CSL's) then give the default line.
    """
    formatter = _FORMATTERS.get(style)
    if formatter is None:
        from store.publish.csl import check_style, format_csl  # only for a CSL style

        check_style(style)
        formatter = partial(format_csl, style=style)
    citation = _tidied(citation)
    if style not in _PLAIN and not _has_source(citation):
        formatter = _default
    return formatter(citation)


def check_style(style: str) -> None:
    """Raise ValueError, one line naming `style`, unless citations can be given in it."""
    if style not in _FORMATTERS:
        from store.publish.csl import check_style as check_csl_style

        check_csl_style(style)


def _has_source(citation: Citation) -> bool:
    return any((citation.author, citation.title, citation.outlet, citation.url))


def _tidied(citation: Citation) -> Citation:
    """Fields stripped, blank ones gone, a "By" left on the byline dropped."""

    def clean(value: str | None) -> str | None:
        collapsed = " ".join((value or "").split())
        return collapsed or None

    author = clean(citation.author)
    return citation.model_copy(
        update={
            "quote": "\n".join(
                " ".join(line.split()) for line in citation.quote.splitlines() if line.strip()
            ),
            "speaker": clean(citation.speaker),
            "role": clean(citation.role),
            "outlet": clean(citation.outlet),
            "title": clean(citation.title),
            "author": _BYLINE.sub("", author) if author else None,
            "url": clean(citation.url),
        }
    )


# ---- the styles ---------------------------------------------------------------------------


def _default(citation: Citation) -> str:
    speaker = speaker_of(citation)
    byline = chicago_authors(names(citation.author)) if citation.author else None
    if byline and byline != speaker:
        byline = f"quoted by {byline}"  # the speaker's words, as the byline's author reported
    details = [
        speaker_with_role(citation),
        byline if byline != citation.speaker else None,
        citation.outlet,
        f"“{_nested(citation.title)}”" if citation.title else None,
        _day_month_year(citation.published),
        paragraph_label(citation, "¶"),
        link_back(citation),
    ]
    attribution = ", ".join(detail for detail in details if detail)
    quote = _in_quotes(citation.quote)
    return f"{quote} — {attribution}" if attribution else quote


def _apa(citation: Citation) -> str:
    authors = names(citation.author)
    published = citation.published
    date = (
        f"{published.year}, {MONTHS[published.month - 1]} {published.day}" if published else "n.d."
    )
    lead = apa_authors(authors) if authors else citation.title
    entry = [
        _period(lead) if lead else None,
        f"({date}).",
        _period(citation.title) if authors and citation.title else None,
        _period(citation.outlet) if citation.outlet else None,
        citation.url,
    ]
    source = _located(_apa_source(citation, authors), citation, "para.")
    cited = f"{speaker_of(citation)}, as cited in {source}"
    return f"{_quote_then(citation, cited)}\n{_joined(entry)}"


def _apa_source(citation: Citation, authors: list[Name]) -> str:
    """Who and when in an APA in-text citation: the title stands in for a missing author."""
    year = str(citation.published.year) if citation.published else "n.d."
    if authors:
        return f"{surnames(authors, '&')}, {year}"
    if citation.title:
        return f"{_quoted_title(citation.title, ',')} {year}"
    return f"{citation.outlet}, {year}" if citation.outlet else year


def _mla(citation: Citation) -> str:
    authors = names(citation.author)
    title = _title_case(citation.title) if citation.title else None
    container = ", ".join(
        part
        for part in (citation.outlet, _mla_date(citation.published), _bare_url(citation.url))
        if part
    )
    entry = [
        _period(mla_authors(authors)) if authors else None,
        _quoted_title(title, "."),
        _period(container) if container else None,
    ]
    source = _mla_source(citation, authors, title)
    speaker = speaker_of(citation)
    cited = f"{speaker}, qtd. in {source}" if source else speaker
    return f"{_quote_then(citation, cited)}\n{_joined(entry)}"


def _mla_source(citation: Citation, authors: list[Name], title: str | None) -> str | None:
    """Who in an MLA in-text citation, with the paragraph: (Van der Sar, par. 7)."""
    where = paragraph_label(citation, "par.")
    if authors:
        source = surnames(authors, "and")
    elif title:  # the comma goes inside the title's quotation marks
        return _quoted_title(title, "," if where else "") + (f" {where}" if where else "")
    else:
        source = citation.outlet or ""
    return _located(source, citation, "par.") if source else None


def _located(source: str, citation: Citation, label: str) -> str:
    where = paragraph_label(citation, label)
    return f"{source}, {where}" if where else source


def _chicago(citation: Citation) -> str:
    authors = names(citation.author)
    published = citation.published
    details = [
        chicago_authors(authors) if authors else None,
        f"“{_nested(_title_case(citation.title))}”" if citation.title else None,
        citation.outlet,
        f"{MONTHS[published.month - 1]} {published.day}, {published.year}" if published else "n.d.",
        paragraph_label(citation, "para."),
        citation.url,
    ]
    note = _american_commas(", ".join(detail for detail in details if detail))
    speaker = speaker_of(citation)
    note = f"{speaker[0].upper()}{speaker[1:]}, quoted in {note}"  # a note begins a sentence
    return f"{_in_quotes(citation.quote)}\n{_period(note)}"


def _markdown(citation: Citation) -> str:
    title = _markdown_escaped(citation.title) if citation.title else None
    link = link_back(citation)
    command = f"`{link}`" if link and not citation.url else None
    if title and citation.url:
        title = f"[{title}]({_link_target(link or citation.url)})"
    elif title:
        title = f"“{title}”"
    elif citation.url:
        title = f"<{link or citation.url}>"
    details = [
        _markdown_escaped(speaker_with_role(citation)),
        title,
        f"*{_markdown_escaped(citation.outlet)}*" if citation.outlet else None,
        _day_month_year(citation.published),
        paragraph_label(citation, "¶"),
        command,
    ]
    paragraphs = _standalone(citation.quote).split("\n")
    lines = "\n>\n".join(f"> {_markdown_escaped(paragraph)}" for paragraph in paragraphs)
    attribution = ", ".join(detail for detail in details if detail)
    return f"{lines}\n>\n> — {attribution}" if attribution else lines


_PLAIN = frozenset({"default", "markdown"})  # they need no source: the quote is enough
_FORMATTERS: dict[str, Callable[[Citation], str]] = {
    "default": _default,
    "apa": _apa,
    "mla": _mla,
    "chicago": _chicago,
    "markdown": _markdown,
}


# ---- the quote ----------------------------------------------------------------------------


def _standalone(quote: str) -> str:
    """The quote as its speaker said it, without the comma, semicolon or colon that tied it
    to the attribution: nothing is put in the mark's place."""
    while quote.endswith(_CLAUSE_END):
        quote = quote[:-1].rstrip()
    return quote


def _quote_then(citation: Citation, cited: str) -> str:
    """APA and MLA: “quote” (citation). — the full stop after the parenthesis."""
    quote = _nested(_standalone(_one_line(citation.quote)))
    if quote.endswith(".") and not quote.endswith("..."):
        quote = quote[:-1]
    return f"“{quote}” ({cited})."


def in_quotes(quote: str) -> str:
    """The quote on one line, in quotation marks, as every style gives it (see above)."""
    return _in_quotes(quote)


def _in_quotes(quote: str) -> str:
    return f"“{_nested(_standalone(_one_line(quote)))}”"


def _nested(text: str) -> str:
    """Double quotation marks inside a quoted text turned into single ones."""
    text = _OPENING_DOUBLE.sub(r"\1‘", text)
    return text.replace("“", "‘").replace('"', "’").replace("”", "’")


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ---- titles and dates ---------------------------------------------------------------------


def _title_case(title: str) -> str:
    """Headline capitals, touching only words written all in lowercase (never "iPhone", "US")."""
    words = title.split(" ")
    cased: list[str] = []
    for index, word in enumerate(words):
        edge = index in (0, len(words) - 1) or (bool(cased) and cased[-1].endswith(":"))
        if word.lower() in MINOR_WORDS and not edge:
            cased.append(word.lower() if word[1:].islower() or len(word) == 1 else word)
        elif word.islower():
            cased.append(re.sub(r"[^\W\d_]", lambda letter: letter.group().upper(), word, count=1))
        else:
            cased.append(word)
    return " ".join(cased)


def _quoted_title(title: str | None, punctuation: str) -> str:
    """“Title,” or “Title.”: the mark inside the quotes, unless the title ends in its own."""
    if not title:
        return ""
    title = _nested(title)
    return f"“{title}”" if title.endswith(_SENTENCE_END) else f"“{title}{punctuation}”"


def _day_month_year(day: dt.date | None) -> str | None:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else None


def _mla_date(day: dt.date | None) -> str | None:
    return f"{day.day} {MLA_MONTHS[day.month - 1]} {day.year}" if day else None


# ---- punctuation and markup ---------------------------------------------------------------


def _period(text: str) -> str:
    return text if text.endswith(_SENTENCE_END) else f"{text}."


def _joined(parts: list[str | None]) -> str:
    return " ".join(part for part in parts if part)


def _american_commas(text: str) -> str:
    """A comma after a closing quotation mark goes inside it, unless the title ends in ? or !"""
    text = re.sub(r"([?!])”,", r"\1”", text)
    return text.replace("”,", ",”")


def _bare_url(url: str | None) -> str | None:
    """MLA 9 leaves out the scheme."""
    return re.sub(r"^https?://", "", url) if url else None


def _markdown_escaped(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _link_target(url: str) -> str:
    return f"<{url}>" if re.search(r"[\s()<>]", url) else url
