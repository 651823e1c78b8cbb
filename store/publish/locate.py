"""Where a quote is: its paragraph locator, and a link back to it.

A web document is linked with a text fragment (`#:~:text=`, WICG's URL Fragment Text
Directives, which browsers scroll to and highlight); any other with the command that prints it
marked (`casebrowser show DOC --at QUOTE_ID`).
"""

from __future__ import annotations

from urllib.parse import quote as percent_encoded

from store.models import Citation
from store.quoting.marks import spoken_parts

# A quote longer than this is matched by its first and last words (textStart,textEnd): the
# page may differ from the cleaned text inside it (a link, an image caption, a line break).
WHOLE_QUOTE_WORDS = 8
EDGE_WORDS = 4
_CLAUSE_END = ",;:"


def paragraph_label(citation: Citation, label: str) -> str | None:
    """`label` and the quote's paragraph number ("¶ 7", "para. 7"), None with no number."""
    return f"{label} {citation.paragraph}" if citation.paragraph else None


def link_back(citation: Citation) -> str | None:
    """The URL scrolled to the quote, or the command that shows it; None if neither is known."""
    if citation.url:
        return text_fragment_url(citation.url, citation.quote)
    if citation.doc_id is not None and citation.quote_id is not None:
        return show_command(citation.doc_id, citation.quote_id)
    return None


def show_command(doc_id: int, quote_id: int) -> str:
    return f"casebrowser show {doc_id} --at {quote_id}"


def text_fragment_url(url: str, quote: str) -> str:
    """`url` with a text directive for `quote`, after any fragment it had (`#part:~:text=`)."""
    directive = text_directive(quote)
    if not directive:
        return url
    base, _hash, fragment = url.partition("#")
    fragment = fragment.split(":~:", 1)[0]  # a directive it already had is replaced
    return f"{base}#{fragment}:~:text={directive}"


def text_directive(quote: str) -> str:
    """The `text=` value for `quote`: the whole quote when short and in one paragraph, else its
    first and last words (each within one paragraph, as the spec's matching needs). The parts
    of a quote its cue interrupted ("… said Cole, …") stand apart on the page, as lines do."""
    parts = spoken_parts(quote)
    lines = [line.split() for part in parts for line in part.splitlines() if line.strip()]
    if not lines:
        return ""
    words = [word for line in lines for word in line]
    if len(lines) == 1 and len(words) <= WHOLE_QUOTE_WORDS:
        return fragment_encoded(_trimmed(" ".join(words)))
    start = " ".join(lines[0][:EDGE_WORDS])
    end = " ".join(lines[-1][-EDGE_WORDS:])
    return f"{fragment_encoded(_trimmed(start))},{fragment_encoded(_trimmed(end))}"


def fragment_encoded(text: str) -> str:
    """Percent-encoded for a text directive: everything but unreserved characters, and "-"
    as well, which the directive's syntax uses (as it does "," and "&")."""
    return percent_encoded(text, safe="").replace("-", "%2D")


def _trimmed(text: str) -> str:
    """Without a clause's trailing comma, semicolon or colon: the page may set it elsewhere
    (outside a closing quotation mark) and the words alone find the place."""
    return text.rstrip(_CLAUSE_END + " ")
