"""The commands that bring articles in from elsewhere: `add` (fetch URLs) and `import`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from tui.cli.common import UsageError, case_option, open_case
from tui.cli.output import print_report, progress_printer

if TYPE_CHECKING:
    from store.case import Case
    from store.ingest.importers.metadata import MetadataReport
    from store.ingest.run import IngestReport

JSONL_FIELDS = ("text", "title", "url", "date", "source", "author")


@click.command(
    "add",
    short_help="fetch web pages into the case",
    help="Fetch each URL, extract the article and its metadata, and store it with the URL and"
    " fetch date; adding a URL again updates its document. Exit status: 0 when every page was"
    " taken, 1 when some were not.",
)
@click.argument("urls", nargs=-1, metavar="URL...")
@click.option(
    "--from-file", type=click.Path(path_type=Path), metavar="FILE", help="URLs one a line"
)
@click.option("--timeout", type=float, default=20.0, metavar="SECONDS")
@case_option
def add_command(
    urls: tuple[str, ...], from_file: Path | None, timeout: float, case: Path | None
) -> int:
    from store.ingest.fetch import fetch_pages, read_url_list
    from store.ingest.formats import InputError
    from store.ingest.run import ingest_raw

    wanted = list(urls)
    if from_file is not None:
        try:
            wanted += read_url_list(from_file)
        except InputError as error:
            raise UsageError(f"{from_file}: {error}") from error
    if not wanted:
        raise UsageError("give at least one URL, or --from-file FILE")
    # The line says which page is being fetched: the slow part, and where a hang would be.
    fetching = progress_printer("fetching")
    with open_case(case, creates=True) as opened:
        pages = fetch_pages(wanted, timeout=timeout, progress=fetching)
        return print_report(ingest_raw(opened, pages))


def _jsonl_field_options(function: click.decorators.FC) -> click.decorators.FC:
    for field in reversed(JSONL_FIELDS):
        function = click.option(
            f"--{field}-field", default=field, metavar="NAME", help=f"jsonl: the {field} field"
        )(function)
    return function


@click.command(
    "import",
    short_help="import other tools' exports: JSON Lines articles, CSL-JSON or BibTeX metadata",
    help="jsonl: one article a line (name the fields with the --*-field options); csl or bibtex:"
    " reference-manager metadata (Zotero's CSL-JSON or a .bib file) that fills in the title,"
    " author, date and outlet of documents already in the case, matched by URL or, failing"
    " that, by a unique title.",
)
@click.argument("kind", type=click.Choice(("jsonl", "csl", "bibtex")))
@click.argument("file", type=click.Path(path_type=Path), metavar="FILE")
@_jsonl_field_options
@click.option("--id-field", metavar="NAME", help="jsonl: a field that identifies each record")
@case_option
def import_command(
    kind: str, file: Path, id_field: str | None, case: Path | None, **fields: str
) -> int:
    with open_case(case, creates=True) as opened:
        if kind == "jsonl":
            return print_report(_import_jsonl(opened, file, id_field, fields))
        return print_report(_import_metadata(opened, kind, file))


def _import_jsonl(
    case: Case, file: Path, id_field: str | None, fields: dict[str, str]
) -> IngestReport:
    from store.ingest.importers.jsonl import read_jsonl
    from store.ingest.run import ingest_raw

    return ingest_raw(case, read_jsonl(file, id_field=id_field, **fields))


def _import_metadata(case: Case, kind: str, file: Path) -> MetadataReport:
    from store.ingest.formats import InputError
    from store.ingest.importers.bibliography import read_bibtex, read_csl_json
    from store.ingest.importers.metadata import apply_metadata

    reader = read_csl_json if kind == "csl" else read_bibtex
    try:
        records = reader(file)
    except InputError as error:
        raise UsageError(f"{file}: {error}") from error
    return apply_metadata(case, records)
