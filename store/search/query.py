"""The quote finder's query language: a query split into its parts (see store/search/finder.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.utils import default_process

MAX_QUERY_CHARS = 500
MAX_PARTS = 12  # of each kind: a pasted paragraph must not cost a query per word
MIN_INDEXED = 3  # letters: shorter words only rank

# Control characters and lone surrogates cannot reach SQLite (a NUL ends an FTS5 string early).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_DOUBLE_QUOTES = str.maketrans("“”„‟", '""""')
_TOKEN = re.compile(r"""([!@#']?)(?:"([^"]*)"?|([^\s"]+))""")
_KINDS = {"!": "excluded", "@": "speakers", "#": "outlets", "'": "exact"}
_UNCERTAIN = "?"  # `@?`: the speaker in doubt


@dataclass(frozen=True)
class ParsedQuery:
    """A query split into its parts, as typed (case kept, whitespace collapsed)."""

    terms: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()  # "as typed", anywhere in the text
    exact: tuple[str, ...] = ()  # 'whole words, as a run of the text's words
    speakers: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    # `@?`: only quotes whose speaker is missing, uncertain or disputed, to review them.
    uncertain: bool = False

    @property
    def selects(self) -> bool:
        """Whether any words or names were asked for (exclusions and `@?` only filter)."""
        return bool(self.terms or self.phrases or self.exact or self.speakers or self.outlets)


def parse_query(query: str) -> ParsedQuery:
    text = _UNSAFE.sub(" ", query[:MAX_QUERY_CHARS]).translate(_DOUBLE_QUOTES)
    parts: dict[str, list[str]] = {kind: [] for kind in _KINDS.values()}
    parts.update(terms=[], phrases=[])
    uncertain = False
    for match in _TOKEN.finditer(text):
        op, quoted, word = match.groups()
        if op == "@" and word == _UNCERTAIN:
            uncertain = True
            continue
        value = " ".join((word if quoted is None else quoted).split())
        if not default_process(value):
            continue
        kind = _KINDS.get(op, "terms" if quoted is None else "phrases")
        _add_unique(parts[kind], value)
    values = {kind: tuple(found[:MAX_PARTS]) for kind, found in parts.items()}
    return ParsedQuery(**values, uncertain=uncertain)


def _add_unique(values: list[str], value: str) -> None:
    if value.lower() not in (known.lower() for known in values):
        values.append(value)
