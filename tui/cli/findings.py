"""The commands that take a researcher's findings: `annotate` and `export`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from store.models import REVIEW_STATES, ReviewState
from store.safe_text import json_safe, one_line
from tui import exporting
from tui.cli import output
from tui.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    case_option,
    open_case,
    style_option,
)
from tui.cli.read import document_named

if TYPE_CHECKING:
    from store.case import Case


@click.command(
    "export",
    short_help="export quotes, the timeline or document metadata",
    help="quotes: Markdown brief (block quotes with citations), CSV or JSON; timeline: CSV,"
    " Markdown or TimelineJS 3 JSON; docs: CSL-JSON or BibTeX.",
)
@click.argument("what", type=click.Choice(tuple(exporting.EXPORT_FORMATS)))
@case_option
@click.option("--format", "fmt", metavar="FORMAT", help="see above")
@click.option("--starred", is_flag=True, help="quotes or timeline events: only starred ones")
@click.option(
    "--query",
    default="",
    help="quotes: only those matching a search; timeline: only events whose sentence, phrase,"
    " title or outlet contain every word",
)
@style_option
@click.option("--limit", type=int, default=exporting.DEFAULT_LIMIT, metavar="N")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="write here, not to stdout; never over an existing file",
)
@click.option("--force", is_flag=True, help="with --out: replace FILE if it exists")
def export_command(
    what: str,
    case: Path | None,
    fmt: str | None,
    starred: bool,
    query: str,
    style: str,
    limit: int,
    out: Path | None,
    force: bool,
) -> int:
    formats = exporting.EXPORT_FORMATS[what]
    fmt = fmt or formats[0]
    if fmt not in formats:
        raise UsageError(f"{what} exports as {', '.join(formats)}, not {fmt!r}")
    kind = cast(exporting.ExportWhat, what)  # one of EXPORT_FORMATS' keys: click checked it
    request = exporting.ExportRequest(kind, fmt, starred, query, style, limit)
    if out is not None and out.exists() and not force:
        return _refuse_to_replace(out)  # before the work of the export, not after
    with open_case(case, readonly=True) as opened:
        exported = exporting.export_text(opened, request, output.progress_printer("writing"))
    text = exported.text
    if exported.left_out:
        print(exported.left_out, file=sys.stderr)
    if out is None:
        print(json_safe(text), end="")
        return EXIT_OK
    try:
        if force:
            out.write_text(text, encoding="utf-8", newline="")
        else:
            exporting.write_new_file(out, text)  # made meanwhile by someone else: still refused
    except FileExistsError:
        return _refuse_to_replace(out)
    except OSError as error:
        return _report_failed_write(out, error)
    print(f"wrote {out}")
    return EXIT_OK


def _report_failed_write(path: Path, error: OSError) -> int:
    """A file that could not be written: the command was right, the disk said no (a missing
    folder, no permission, a full disk), so one line naming the file and why, and status 1."""
    # write_new_file's errors already say which file and why; open()'s name the reason alone.
    reason = str(error) if error.strerror is None else f"cannot write {path}: {error.strerror}"
    print(f"casebrowser: {one_line(reason)}", file=sys.stderr)
    return EXIT_FAILED


def _refuse_to_replace(path: Path) -> int:
    print(
        f"casebrowser: {one_line(str(path))} exists already: choose another name, or add --force"
        " to replace it",
        file=sys.stderr,
    )
    return EXIT_FAILED


@click.command(
    "annotate",
    short_help="star, note or correct a quote, or note a document",
    help="Annotations live in the case file and survive re-ingest. TARGET is a quote id (see"
    " `casebrowser quotes --json`), or doc:DOC for a document (note, tags, review state, a"
    " quote the extractor missed).",
)
@click.argument("target", metavar="TARGET")
@case_option
@click.option("--star", is_flag=True, help="star the quote")
@click.option("--unstar", is_flag=True, help="remove the star")
@click.option("--note", metavar="TEXT", help='set the note ("" removes it)')
@click.option(
    "--speaker",
    metavar="NAME",
    help='quotes: correct the speaker; it wins everywhere and survives re-ingest ("" gives'
    " back the extracted one)",
)
@click.option(
    "--not-a-quote",
    is_flag=True,
    help="quotes: mark it not a quotation; lists, search, speakers and exports leave it out",
)
@click.option("--is-a-quote", is_flag=True, help="quotes: a quotation again (undoes --not-a-quote)")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="documents: set tags")
@click.option(
    "--review",
    type=click.Choice(REVIEW_STATES),
    help="documents: set the review state (new, read, reviewed, excluded)",
)
@click.option(
    "--add-quote",
    metavar="TEXT",
    help="documents: add the words TEXT, in one paragraph of the document's text, as a quote"
    " (of --speaker NAME); it survives re-ingest",
)
def annotate_command(
    target: str,
    case: Path | None,
    star: bool,
    unstar: bool,
    note: str | None,
    speaker: str | None,
    not_a_quote: bool,
    is_a_quote: bool,
    tags: tuple[str, ...],
    review: ReviewState | None,
    add_quote: str | None,
) -> int:
    if star and unstar:
        raise UsageError("--star and --unstar exclude each other")
    if not_a_quote and is_a_quote:
        raise UsageError("--not-a-quote and --is-a-quote exclude each other")
    rejected = True if not_a_quote else False if is_a_quote else None
    with open_case(case) as opened:
        if target.startswith("doc:"):
            if rejected is not None:
                raise UsageError("--not-a-quote and --is-a-quote mark a quote: give a quote id")
            if speaker is not None and add_quote is None:
                raise UsageError(
                    "--speaker corrects a quote's speaker: give a quote id (or, with"
                    " --add-quote, names who said the words added)"
                )
            if add_quote is not None:
                print(_add_quote(opened, target[4:], add_quote, speaker))
            if add_quote is None or note is not None or tags or review is not None:
                print(_annotate_document(opened, target[4:], note, tags, review))
        else:
            if review is not None or add_quote is not None:
                raise UsageError("--review and --add-quote are for a document: give doc:DOC")
            starred = True if star else False if unstar else None
            print(_annotate_quote(opened, target, starred, note, speaker, rejected))
    return EXIT_OK


def _annotate_quote(
    case: Case,
    target: str,
    starred: bool | None,
    note: str | None,
    speaker: str | None,
    rejected: bool | None,
) -> str:
    if not target.isdigit():
        raise UsageError(f"{target!r} is not a quote id (or doc:DOC for a document)")
    if starred is None and note is None and speaker is None and rejected is None:
        raise UsageError(
            "say what to do: --star, --unstar, --note TEXT, --speaker NAME, --not-a-quote"
            " or --is-a-quote"
        )
    name = None if speaker is None else " ".join(speaker.split())
    annotation = case.annotate_quote(
        int(target), starred=starred, note=note, speaker=name, rejected=rejected
    )
    state = "starred" if annotation.starred else "not starred"
    noted = f", note: {annotation.note}" if annotation.note else ""
    corrected = f", speaker: {annotation.speaker} (corrected)" if annotation.speaker else ""
    marked = ", not a quotation" if annotation.rejected else ""
    return f"quote {target}: {state}{noted}{corrected}{marked}"


def _add_quote(case: Case, ref: str, words: str, speaker: str | None) -> str:
    document = document_named(case, ref)
    quote = case.add_quote_text(document.id, words, speaker)
    said = f"{quote.speaker} said" if quote.speaker else "speaker unknown"
    return f"quote {quote.id} added to document {document.id}: {said} “{one_line(quote.text)}”"


def _annotate_document(
    case: Case, ref: str, note: str | None, tags: tuple[str, ...], review: ReviewState | None
) -> str:
    document = document_named(case, ref)
    if note is not None:
        case.set_document_note(document.id, note)
    if tags:
        case.set_document_tags(document.id, list(tags))
    if review is not None:
        case.set_review(document.id, review)
    shown = ", ".join(case.document_tags(document.id)) or "none"
    return (
        f"document {document.id}: note: {case.document_note(document.id) or 'none'};"
        f" tags: {shown}; review: {case.review_state(document.id)}"
    )
