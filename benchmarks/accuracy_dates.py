"""Dates, scored on TempEval-3's training data with TempEval-3's measures.

Each document is ingested as crawler Markdown: its document creation time as the front matter's
`date` (the anchor TempEval-3 systems get too), its text as the body. The dates ingest stores
(publication events aside) are placed back on the original text by their paragraph and offset,
and compared with the gold TIMEX3s, as TempEval-3's scorer defines it:
- strict span match: the same characters; relaxed: any overlap (each gold matched once);
- precision = matches / found, recall = matches / gold, F1 their harmonic mean;
- type and value accuracy: the share of relaxed matches with the gold's type (value);
  type and value F1: relaxed F1 times that accuracy (the "attribute F1");
- DATE value accuracy: value accuracy on the matches whose gold type is DATE.
An event's TIMEX3 type is the one ingest stored; for a case file from before types were stored
it is read off the value ("P…" DURATION, a time of day TIME, else DATE). A value is right only
when it equals the gold's, character for character.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accuracy_corpora import TEMPEVAL
from accuracy_metrics import PRF
from accuracy_pipeline import StageClock, ingest_file
from accuracy_report import Row, Speed
from accuracy_tempeval import SPLIT, TimeDoc, Timex, documents

TIME_OF_DAY = re.compile(r"T(\d|MO|AF|EV|NI|DT)")
# HeidelTime's TempEval-3 results (UzZaman et al. 2013, Task A, HeidelTime-t), on the
# evaluation set, which this benchmark never reads: published figures, not run here.
HEIDELTIME = {
    "strict span P": 0.8385, "strict span R": 0.7899, "strict span F1": 0.8134,
    "relaxed span P": 0.9308, "relaxed span R": 0.8768, "relaxed span F1": 0.9030,
    "value F1": 0.7761, "type F1": 0.8209,
}  # fmt: skip
HEIDELTIME_IS = "HeidelTime, published on the TE3 eval set (not run)"


def timex_type(value: str | None) -> str:
    if value and value.startswith("P"):
        return "DURATION"
    if value and TIME_OF_DAY.search(value):
        return "TIME"
    return "DATE"


@dataclass
class Tally:
    found: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    right_type: int = 0
    right_value: int = 0
    dates: int = 0
    right_dates: int = 0
    unplaced: int = 0
    pairs: list[tuple[Timex, Timex]] = field(default_factory=list)

    def add(self, found: list[Timex], gold: list[Timex]) -> None:
        self.found += len(found)
        self.gold += len(gold)
        self.strict += len({(t.start, t.end) for t in found} & {(g.start, g.end) for g in gold})
        for system, truth in _relaxed_pairs(found, gold):
            self.relaxed += 1
            self.right_type += system.type == truth.type
            self.right_value += system.value == truth.value
            if truth.type == "DATE":
                self.dates += 1
                self.right_dates += system.value == truth.value

    def figures(self) -> dict[str, float | None]:
        strict = PRF.of_counts(self.strict, self.found, self.gold)
        relaxed = PRF.of_counts(self.relaxed, self.found, self.gold)
        type_accuracy = self.right_type / self.relaxed if self.relaxed else 0.0
        value_accuracy = self.right_value / self.relaxed if self.relaxed else 0.0
        return {
            "strict span P": strict.precision, "strict span R": strict.recall,
            "strict span F1": strict.f1,
            "relaxed span P": relaxed.precision, "relaxed span R": relaxed.recall,
            "relaxed span F1": relaxed.f1,
            "type accuracy": type_accuracy, "type F1": relaxed.f1 * type_accuracy,
            "value accuracy": value_accuracy, "value F1": relaxed.f1 * value_accuracy,
            "DATE value accuracy": self.right_dates / self.dates if self.dates else None,
        }  # fmt: skip


def _relaxed_pairs(found: list[Timex], gold: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Overlapping (found, gold) pairs, one-to-one, largest overlap first."""
    candidates = sorted(
        (
            (min(s.end, g.end) - max(s.start, g.start), i, j)
            for i, s in enumerate(found)
            for j, g in enumerate(gold)
            if s.start < g.end and g.start < s.end
        ),
        reverse=True,
    )
    used_found: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _overlap, i, j in candidates:
        if i not in used_found and j not in used_gold:
            used_found.add(i)
            used_gold.add(j)
            pairs.append((found[i], gold[j]))
    return pairs


def _collapsed(text: str) -> tuple[str, list[int], list[int]]:
    """`text` with whitespace runs as one space and backticks left out; each kept character's
    index in `text`, and each character of `text`'s index in the result."""
    kept: list[str] = []
    origin: list[int] = []
    position: list[int] = []
    for index, char in enumerate(text):
        if char == "`":  # Markdown reads TimeML's ``quotes'' as code spans and drops them
            position.append(max(len(kept) - 1, 0))
            continue
        if char.isspace() and kept and kept[-1] == " ":
            position.append(len(kept) - 1)
            continue
        position.append(len(kept))
        kept.append(" " if char.isspace() else char)
        origin.append(index)
    return "".join(kept), origin, position


def place(text: str, paragraphs: list[str], events: list[dict[str, Any]]) -> list[Timex | None]:
    """Each event's span in the original `text` (None where it cannot be found)."""
    flat, origin, _position = _collapsed(text)
    starts: list[int | None] = []
    cursor = 0
    for paragraph in paragraphs:
        found = flat.find(_collapsed(paragraph)[0], cursor)
        starts.append(found if found >= 0 else None)
        cursor = found + 1 if found >= 0 else cursor
    placed: list[Timex | None] = []
    for event in events:
        index, offset, phrase = event["paragraph"], event["offset"], event["phrase"]
        start = starts[index] if 0 <= index < len(starts) else None
        span = None
        if start is not None:
            _flat, _origin, position = _collapsed(paragraphs[index])
            first = start + position[offset]
            last = start + position[min(offset + len(phrase), len(position)) - 1]
            span = (origin[first], origin[last] + 1)
        else:  # the cleaner changed the paragraph: look for the phrase itself
            found = flat.find(_collapsed(phrase)[0])
            span = (origin[found], origin[found + len(_collapsed(phrase)[0]) - 1] + 1) \
                if found >= 0 else None  # fmt: skip
        value = event["value"]
        kind = event.get("type") or timex_type(value)
        placed.append(Timex(*span, kind, value) if span else None)
    return placed


def markdown(doc: TimeDoc) -> str:
    """The document as crawler Markdown, its creation time as the front matter's date."""
    lines = [f"title: {doc.name}"] + ([f"date: {doc.dct}"] if doc.dct else [])
    return "---\n" + "\n".join(lines) + "\n---\n\n" + doc.text.strip() + "\n"


def run(data: Path, limit: int | None = None) -> tuple[list[Row], list[Speed]]:
    tally, clock = Tally(), StageClock()
    count = rejected = 0
    with tempfile.TemporaryDirectory(prefix="accuracy-tempeval-") as scratch:
        for doc in documents(data):
            if limit is not None and count >= limit:
                break
            path = Path(scratch) / f"{doc.name}.md"
            path.write_text(markdown(doc), encoding="utf-8")
            outcome = ingest_file(path, clock)
            rejected += outcome.rejected is not None
            placed = place(doc.text.strip(), outcome.paragraphs, outcome.events)
            tally.unplaced += sum(span is None for span in placed)
            shift = len(doc.text) - len(doc.text.lstrip())
            gold = [Timex(t.start - shift, t.end - shift, t.type, t.value) for t in doc.timexes]
            found = [span for span in placed if span is not None]
            tally.found += placed.count(None)  # found, but nowhere in the text: never right
            tally.add(found, gold)
            count += 1
    version = TEMPEVAL.version(data)
    rows = [
        Row(
            "dates", metric, ".md, DCT as date", value, HEIDELTIME.get(metric),
            HEIDELTIME_IS, "TempEval-3", version, SPLIT, tally.gold, rejected,
        )
        for metric, value in tally.figures().items()
    ]  # fmt: skip
    if tally.unplaced:  # counted as found and wrong; a figure to watch, not to hide
        rows[0].note = f"{tally.unplaced} found dates not placed on the text"
    return rows, [Speed("TempEval-3", ".md", count, clock.per_second())]
