"""Which files ingest reads, told by their names alone: light enough (no extraction library)
to ask before the app starts whether a folder holds anything to open."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from store.ingest.walk import walk_inputs

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES
# The files ingest reads, for messages (the summary says it too).
SUPPORTED_NAMES = ".md, .markdown, .txt, .html or .htm"


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def has_supported_files(paths: Iterable[Path]) -> bool:
    """Whether `paths` hold a file `ingest` would read; stops at the first one found."""
    return any(isinstance(item, Path) and is_supported(item) for item in walk_inputs(paths))


def nothing_supported(paths: Iterable[Path]) -> str:
    """The one line that says `paths` hold nothing to ingest."""
    names = ", ".join(str(path) for path in paths)
    return f"{names}: no supported files found ({SUPPORTED_NAMES}); nothing to open"
