"""What tells two documents apart as copies of one: a canonical URL and the text's shingles.

The same article often reaches a case twice: the saved page and a crawler's markdown of it, two
crawls of one page, or a wire story that several outlets print word for word. Two documents are
copies when they name the same page (`canonical_url`) and their texts do not say otherwise, or
when one's text is nearly all in the other's (`same_text`).

Texts are compared as sets of word 5-shingles (Broder's w-shingling: every run of five words,
hashed). Finding the documents worth comparing must not cost a scan of the case, so each
document gets `BANDS` locality-sensitive keys of a one-permutation MinHash of its shingles
(Li, Owen and Zhang 2012, densified by rotation as Shrivastava and Li 2014): two texts whose
shingle sets overlap by 60% share a key with a probability of 0.98, texts overlapping by 10% with
0.016. The keys only propose; `same_text` decides on the exact sets.

Pure, so that the extraction workers compute a document's print beside its quotes'.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SHINGLE_WORDS = 5
# A text shorter than this many shingles (about 55 words) is too short to tell copies from
# chance: a stub, a paywall notice. Documents that short are copies only by their URL.
MIN_SHINGLES = 50
# The first words of a long text are enough to know it again, and keep its cost bounded.
MAX_WORDS = 5_000
# Copies by their text: nearly all (80%) of the shorter text is in the longer, and the longer
# is at most twice as long (the rest: trailing boilerplate, a standfirst, comments kept).
CONTAINED = 0.8
MIN_SIZE_RATIO = 0.5
# Copies by their URL: the page named the same, and at least half of the shorter text in the
# other (a page changed between two crawls). A site whose every page names one canonical URL
# (a section page) would otherwise make all its articles one.
URL_CONTAINED = 0.5

BINS = 48
ROWS_PER_BAND = 3
BANDS = BINS // ROWS_PER_BAND
_MASK = (1 << 63) - 1  # keys fit SQLite's signed 64-bit integers
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class DocPrint:
    """A document's canonical URL (None: none, or a site's front page) and the keys of its
    text (none when too short)."""

    canonical_url: str | None
    keys: list[int] = field(default_factory=list)


def document_print(url: str | None, texts: Iterable[str]) -> DocPrint:
    """The print of a document: its URL and its text paragraphs."""
    return DocPrint(canonical_url(url), text_keys(text_shingles(texts)))


def canonical_url(url: str | None) -> str | None:
    """The page a URL names, written one way: host without `www.`, path without a trailing
    slash, the query sorted and without tracking parameters (utm_*, fbclid, …: courlan's list,
    the one trafilatura uses), no scheme and no fragment. None for no URL, one that is not
    http(s), or a site's front page (it names a site, not an article)."""
    if not url or not url.strip():
        return None
    from courlan.clean import normalize_url  # the trackers' list; loaded when first needed

    url = url.strip()
    if "://" not in url:
        url = "https://" + url.removeprefix("//")
    try:
        # Split here: given a string, courlan unescapes HTML entities first ("&sect" in
        # "&section=" would become "§").
        parts = urlsplit(normalize_url(urlsplit(url), strict=False, trailing_slash=False))
        host = parts.hostname or ""
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/")
    if not path and not parts.query:
        return None
    return host + path + (f"?{parts.query}" if parts.query else "")


def text_shingles(texts: Iterable[str]) -> set[int]:
    """The hashed word 5-shingles of the text: one stream of words across paragraphs, as two
    formats of one page break its paragraphs in different places."""
    words: list[str] = []
    for text in texts:
        words += _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
        if len(words) >= MAX_WORDS:
            break
    encoded = [word.encode() for word in words[:MAX_WORDS]]
    # Each run of five words, joined by spaces, hashed (zip stops at the shortest: the last run).
    runs = zip(*(encoded[offset:] for offset in range(SHINGLE_WORDS)), strict=False)
    return set(map(zlib.crc32, map(b" ".join, runs)))


def text_keys(shingles: set[int]) -> list[int]:
    """The band keys of a text's shingles; none for a text too short to tell apart."""
    if len(shingles) < MIN_SHINGLES:
        return []
    lowest: list[int | None] = [None] * BINS
    for shingle in shingles:
        value, slot = divmod(shingle, BINS)
        held = lowest[slot]
        if held is None or value < held:
            lowest[slot] = value
    signature = _densified(lowest)
    return [
        int.from_bytes(
            hashlib.blake2b(
                repr((band, signature[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND])).encode(),
                digest_size=8,
            ).digest(),
            "little",
        )
        & _MASK
        for band in range(BANDS)
    ]


def _densified(lowest: list[int | None]) -> list[int]:
    """Each empty bin takes the value of the next filled one to its right (round the end),
    marked with how far it was borrowed from: two texts then agree on a bin about as often as
    their shingle sets overlap, empty bins or not."""
    filled = [index for index, value in enumerate(lowest) if value is not None]
    signature: list[int] = []
    for index, value in enumerate(lowest):
        if value is not None:
            signature.append(value)
            continue
        source = next((i for i in filled if i > index), filled[0])
        distance = (source - index) % BINS
        signature.append(-distance * (1 << 32) - (lowest[source] or 0))
    return signature


def same_text(mine: set[int], other: set[int], *, same_url: bool = False) -> bool:
    """Whether two documents' shingle sets are one text: the shorter nearly all in the longer
    and not under half its length; for two documents naming one page, half the shorter in the
    longer, or either too short to judge."""
    small, large = sorted((mine, other), key=len)
    if len(small) < MIN_SHINGLES:
        return same_url
    shared = len(small & large)
    if same_url:
        return shared >= URL_CONTAINED * len(small)
    return len(small) >= MIN_SIZE_RATIO * len(large) and shared >= CONTAINED * len(small)
