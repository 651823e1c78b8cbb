"""Quotes and document metadata for other tools: Markdown, CSV, JSON, CSL-JSON and BibTeX.

Citations come from `cite`: its five hand-written styles (default, APA, MLA, Chicago,
Markdown), or any CSL style by name or .csl file, rendered with citeproc-py (`csl`). The five
stay hand-written rather than CSL's own APA, MLA and Chicago because citeproc-py (0.11) shortens
given names to initials, puts commas outside closing quotation marks, and prints the locator into
Chicago's bibliography entries; CSL is there for the style a user's publication asks for.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from store.cleaning.authors import is_organisation, split_authors
from store.models import DocumentSummary, QuoteAnnotation, QuoteHit
from store.publish.cite import citation_for, format_citation

QUOTE_FORMATS = ("markdown", "csv", "json")
DOCUMENT_FORMATS = ("csl-json", "bibtex")
QUOTE_CSV_KEYS = (
    "id", "doc_id", "text", "speaker", "outlet", "title", "published", "url", "starred", "note",
    "citation", "role",
)  # fmt: skip


def quote_record(
    hit: QuoteHit, annotation: QuoteAnnotation | None, style: str = "default"
) -> dict[str, Any]:
    annotation = annotation or QuoteAnnotation()
    return {
        "id": hit.quote.id,
        "doc_id": hit.quote.doc_id,
        "text": hit.quote.text,
        "speaker": hit.quote.speaker,
        "outlet": hit.source,
        "title": hit.doc_title,
        "published": hit.published.isoformat() if hit.published else None,
        "url": hit.url,
        "starred": annotation.starred,
        "note": annotation.note,
        "citation": format_citation(citation_for(hit), style),
        "role": hit.quote.role,
    }


def quotes_to_json(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


def quotes_to_csv(records: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=QUOTE_CSV_KEYS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()


def quotes_to_markdown(
    hits: Iterable[QuoteHit], annotations: dict[int, QuoteAnnotation], *, title: str = "Quotes"
) -> str:
    """A brief: each quote as a block quote with its citation, and the user's note under it."""
    parts = [f"# {_md_escape(title)}"]
    for hit in hits:
        block = format_citation(citation_for(hit), "markdown")
        annotation = annotations.get(hit.quote.id or -1)
        if annotation is not None and annotation.note:
            block += f"\n\n*Note:* {_md_escape(' '.join(annotation.note.split()))}"
        parts.append(block)
    return "\n\n".join(parts) + "\n"


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


# ---- documents ---------------------------------------------------------------------------------


def documents_to_csl_json(documents: Iterable[DocumentSummary]) -> str:
    return json.dumps([_csl_item(doc) for doc in documents], ensure_ascii=False, indent=2)


def _csl_item(document: DocumentSummary) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": f"doc{document.id}",
        "type": "article-newspaper",
        "title": document.title,
    }
    if document.source:
        item["container-title"] = document.source
    if document.author:
        item["author"] = [{"literal": name} for name in _author_names(document.author)]
    if document.published and not document.published_estimated:
        day = document.published
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    if document.url:
        item["URL"] = document.url
    return item


def _author_names(authors: str) -> list[str]:
    return split_authors(authors)


def _key_name(author: str) -> str:
    """The word of an author's name a BibTeX key starts with: a person's surname, an
    organisation's first word that is no article ("Investopedia" of "The Investopedia Team")."""
    words = author.split()
    if is_organisation(author):
        return next((word for word in words if word.lower() not in {"the", "a", "an"}), words[0])
    return words[-1]


def documents_to_bibtex(documents: Iterable[DocumentSummary]) -> str:
    entries = []
    keys: set[str] = set()
    for document in documents:
        key = _unique_key(_bibtex_key(document), keys)
        fields = _bibtex_fields(document)
        body = ",\n".join(f"  {name} = {{{_bibtex_value(name, value)}}}" for name, value in fields)
        entries.append(f"@article{{{key},\n{body}\n}}")
    return "\n\n".join(entries) + ("\n" if entries else "")


def _bibtex_fields(document: DocumentSummary) -> list[tuple[str, str]]:
    fields = [("title", document.title)]
    if document.author:
        fields.append(("author", document.author))
    if document.source:
        fields.append(("journal", document.source))
    if document.published and not document.published_estimated:
        fields += [("year", str(document.published.year)), ("date", document.published.isoformat())]
    if document.url:
        fields.append(("url", document.url))
    return fields


def _bibtex_key(document: DocumentSummary) -> str:
    surname = _key_name(_author_names(document.author)[0]) if document.author else "anon"
    published = document.published
    year = str(published.year) if published and not document.published_estimated else "nd"
    first_word = next(iter(re.findall(r"[A-Za-z]{3,}", document.title)), "doc")
    return re.sub(r"[^A-Za-z0-9]", "", f"{surname}{year}{first_word}").lower() or "doc"


def _unique_key(key: str, taken: set[str]) -> str:
    candidate, suffix = key, ord("a")
    while candidate in taken:
        candidate, suffix = f"{key}{chr(suffix)}", suffix + 1
    taken.add(candidate)
    return candidate


_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip


def _bibtex_value(name: str, text: str) -> str:
    if name == "url":  # read verbatim by BibTeX's url field: only braces would break it
        return text.replace("{", "%7B").replace("}", "%7D")
    if name == "author":
        return " and ".join(_bibtex_author(author) for author in split_authors(text))
    return _bibtex_escape(text)


def _bibtex_author(name: str) -> str:
    """A person as BibTeX reads one ("Ann Lee": given names, then the family name); an
    organisation braced, so BibTeX takes it whole and never as "Team, The Investopedia"."""
    escaped = _bibtex_escape(name)
    return f"{{{escaped}}}" if is_organisation(name) else escaped


def _bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(char, char) for char in " ".join(text.split()))
