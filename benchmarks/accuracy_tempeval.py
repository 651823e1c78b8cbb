"""The dates corpus: TempEval-3's training data (TBAQ-cleaned: TimeBank and AQUAINT), TimeML.

Each document is its TEXT element's text, its document creation time (DCT) and the TIMEX3
expressions in the text (character spans, type, value). The evaluation ("platinum") set is
held out and refused.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from accuracy_corpora import TEMPEVAL, refuse_held_out

TRAINING = Path("data/TempEval3/Training/TBAQ-cleaned")
PARTS = ("TimeBank", "AQUAINT")
SPLIT = "train (TBAQ-cleaned)"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TimeDoc:
    name: str
    part: str
    dct: str | None
    text: str
    timexes: list[Timex]


def parse_timeml(source: str) -> tuple[str | None, str, list[Timex]]:
    """(DCT value, TEXT's plain text, its TIMEX3s) of a TimeML document."""
    root = ET.fromstring(source)
    dct_element = root.find("DCT/TIMEX3")
    dct = dct_element.get("value") if dct_element is not None else None
    text_element = root.find("TEXT")
    pieces: list[str] = []
    timexes: list[Timex] = []
    if text_element is not None:
        _walk(text_element, pieces, timexes)
    return dct, "".join(pieces), timexes


def _walk(element: ET.Element, pieces: list[str], timexes: list[Timex]) -> None:
    """Append `element`'s text (tags dropped) to `pieces`, noting each TIMEX3's span."""
    start = sum(len(piece) for piece in pieces)
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces, timexes)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len("".join(element.itertext()))
        timexes.append(Timex(start, end, element.get("type", ""), element.get("value")))


def documents(data: Path, split: str = "train") -> Iterator[TimeDoc]:
    """The training documents, TimeBank then AQUAINT, by name."""
    refuse_held_out(split, TRAINING)
    root = TEMPEVAL.root(data) / TRAINING
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: not found (fetch {TEMPEVAL.repository})")
    for part in PARTS:
        for path in sorted((root / part).glob("*.tml")):
            dct, text, timexes = parse_timeml(path.read_text(encoding="utf-8"))
            yield TimeDoc(path.stem, part, dct, text, sorted(timexes, key=lambda t: t.start))
