"""A document's raw text as the case file keeps it: deflated on its own, and read back from
the older form deflated against its cleaned article."""

from __future__ import annotations

import zlib

ZLIB_FDICT = 0x20
ZLIB_LEVEL = 6  # level 9 was no smaller on the benchmark folders, and is slower


def compress_raw(text: str) -> bytes:
    """The raw text deflated on its own: `zlib.decompress` alone reads it back, whatever
    happens to the document's paragraphs (re-extraction replaces them)."""
    return zlib.compress(text.encode("utf-8"), ZLIB_LEVEL)


def decompress_raw(blob: bytes | None) -> str | None:
    """The raw text of `compress_raw`; "" for none stored, None for one that cannot be read:
    deflated against a cleaned article (`raw_needs_article`) that the upgrade could not read
    back, or damaged (by another tool: the case is plain SQLite)."""
    if not blob:
        return ""
    if raw_needs_article(blob):
        return None
    try:
        return zlib.decompress(blob).decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        return None


def raw_needs_article(blob: bytes) -> bool:
    """True for raw text deflated with the cleaned article as zlib's preset dictionary, as
    cases stored it before `store_raw_text_alone`: the zlib header's FDICT bit says so."""
    return len(blob) > 1 and bool(blob[1] & ZLIB_FDICT)


def decompress_raw_with_article(blob: bytes, paragraphs: list[str]) -> str:
    """Raw text deflated against its article's `paragraphs` (texts, in order), as cases stored
    it before `store_raw_text_alone`. Raises zlib.error when the paragraphs are not the ones
    it was deflated against."""
    # zlib reaches back 32 KiB at most: the dictionary was the end of the article.
    dictionary = "\n".join(paragraphs).encode("utf-8")[-32 * 1024 :]
    decompressor = zlib.decompressobj(zdict=dictionary)
    return (decompressor.decompress(blob) + decompressor.flush()).decode("utf-8")
