"""The quotes corpus (PolNeAR): its articles and their direct quotes with the gold source.

PolNeAR annotates attributions (source, cue, content), direct and indirect. A gold quote is a
span between quote marks that lies inside an attribution's content: the quoted words, as
casebrowser finds them, without the marks; its speaker is the attribution's source text. A quote
running over paragraphs (opened again, never closed, as news writes it) is one quote, and so is
a quote interrupted by its own attribution (“A,” she said, “B.” / “A,” she said. “B.”: two
parts of one attribution's content with its cue or source between them), its parts joined by
" … " as casebrowser joins them. Quotes of
fewer than MIN_QUOTE_WORDS words (scare quotes, a quoted word) are left out, on both sides.
Most articles have one annotator; for the few with several, the first annotation file (by name)
is the gold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from accuracy_corpora import POLNEAR, refuse_held_out
from accuracy_metrics import words

SPLITS = ("train", "dev")
MIN_QUOTE_WORDS = 3
# An opening mark and where its quote ends: the closing mark, else the paragraph's end.
QUOTED = re.compile(r"“([^”“\n]*)(”|(?=\n)|\Z)|\"([^\"\n]*)(\"|(?=\n)|\Z)")


@dataclass
class GoldQuote:
    text: str
    start: int
    end: int
    source: str | None


@dataclass
class Article:
    name: str
    path: Path
    text: str
    quotes: list[GoldQuote]


def _spans(field: str) -> list[tuple[int, int]]:
    """`120 150;160 200` as [(120, 150), (160, 200)]."""
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


Attribution = tuple[list[tuple[int, int]], str | None, list[tuple[int, int]]]


def attributions(annotation: str) -> list[Attribution]:
    """Each attribution's content spans, its source's text (None: no source annotated) and
    the spans of its cue and source."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations = []
    for line in annotation.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, where = fields[1].partition(" ")
            spans[fields[0]] = (kind, _spans(where), fields[2] if len(fields) > 2 else "")
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(role.split(":", 1) for role in fields[1].split()))
    found = []
    for relation in relations:
        content = [span for key, tid in relation.items() if key.startswith("Content")
                   for span in spans.get(tid, ("", [], ""))[1]]  # fmt: skip
        source_id = next((tid for key, tid in relation.items() if key.startswith("Source")), None)
        source = spans[source_id][2] if source_id in spans else None
        marks = [span for key, tid in relation.items() if key.startswith(("Cue", "Source"))
                 for span in spans.get(tid, ("", [], ""))[1]]  # fmt: skip
        if content:
            found.append((content, source, marks))
    return found


def gold_quotes(text: str, annotation: str) -> list[GoldQuote]:
    """The direct quotes inside the annotated attributions' content spans."""
    found: list[GoldQuote] = []
    spans = attributions(annotation)
    open_quote: tuple[GoldQuote, int] | None = None
    last: tuple[GoldQuote, int] | None = None  # the quote just before, and its attribution
    for match in QUOTED.finditer(text):
        body = 1 if match.group(1) is not None else 3
        start, end = match.span(body)
        owner = next((i for i, (content, _s, _m) in enumerate(spans)
                      if _inside(start, end, content)), None)  # fmt: skip
        if owner is None:
            open_quote = last = None
            continue
        closed = bool(match.group(body + 1))
        if open_quote and open_quote[1] == owner:  # the quote goes on in a new paragraph
            previous = open_quote[0]
            previous.text += "\n" + match.group(body)
            previous.end = end
        elif last and last[1] == owner and _interrupted(text, last[0].end, start, spans[owner][2]):
            previous = last[0]
            previous.text = previous.text.rstrip(" ,") + " … " + match.group(body)
            previous.end = end
        else:
            found.append(GoldQuote(match.group(body), start, end, spans[owner][1]))
        open_quote = None if closed else (found[-1], owner)
        last = (found[-1], owner)
    return [quote for quote in found if len(words(quote.text)) >= MIN_QUOTE_WORDS]


def _interrupted(text: str, end: int, start: int, marks: list[tuple[int, int]]) -> bool:
    """Is the gap between two parts of one attribution's content its cue or source, in one
    paragraph ("…,” she said, “…")?"""
    return "\n" not in text[end:start] and any(end <= a < start for a, _b in marks)


def _inside(start: int, end: int, content: list[tuple[int, int]]) -> bool:
    """Whether at least half of [start, end) lies in the content spans."""
    covered = sum(max(0, min(end, b) - max(start, a)) for a, b in content)
    return end > start and covered * 2 >= end - start


def articles(data: Path, split: str) -> Iterator[Article]:
    """The split's articles with their gold quotes."""
    refuse_held_out(split, Path("data") / split)
    root = POLNEAR.root(data) / "data" / split
    if not (root / "text").is_dir():
        raise FileNotFoundError(f"{root}/text: not found (fetch {POLNEAR.repository})")
    annotations: dict[str, Path] = {}
    for path in sorted((root / "attributions").glob("*.ann")):
        annotations.setdefault(path.stem.rsplit("_", 1)[0], path)
    for path in sorted((root / "text").glob("*.txt")):
        annotation = annotations.get(path.stem)
        if annotation is None:
            continue
        text = path.read_text(encoding="utf-8")
        quotes = gold_quotes(text, annotation.read_text(encoding="utf-8"))
        yield Article(path.stem, path, text, quotes)
