"""A worker's step for one file: unchanged files are recognised by their bytes alone."""

from __future__ import annotations

import hashlib
from pathlib import Path

from store.ingest.prepare import Job, Prepared, Rejected, Unchanged, prepare

PAGE = (
    "<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
    "<p>The harbour council approved a new ferry timetable that adds two evening crossings"
    " from next month.</p></article></body></html>"
)
NAV_ONLY = "<html><body><script>renderApp()</script></body></html>"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_whose_bytes_are_stored_is_unchanged_without_being_read_again(
    tmp_path: Path,
) -> None:
    # Reading saved HTML is the slowest step of an ingest (trafilatura), and re-opening a
    # folder must not pay it for every file. A page that would be refused if it were read
    # shows that it was not: its bytes match the stored hash, so it is Unchanged. (A page
    # with no text at all is refused.)
    page = tmp_path / "nav.html"
    page.write_text(NAV_ONLY, encoding="utf-8")
    assert isinstance(prepare(Job(page, None, 10**7)), Rejected)
    assert prepare(Job(page, sha256(page), 10**7)) == Unchanged(page)


def test_a_changed_file_is_read_and_its_hash_is_of_its_bytes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    outcome = prepare(Job(page, "0" * 64, 10**7))
    assert isinstance(outcome, Prepared)
    # The hash the next ingest compares with, before reading the file.
    assert outcome.rows.document["content_hash"] == sha256(page)


def test_an_unreadable_file_is_still_rejected_with_its_reason(tmp_path: Path) -> None:
    missing = tmp_path / "gone.md"
    outcome = prepare(Job(missing, None, 10**7))
    assert isinstance(outcome, Rejected) and "disappeared" in outcome.reason
