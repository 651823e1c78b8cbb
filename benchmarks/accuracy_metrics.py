"""The scores: precision, recall and F1 from counts, and the two text-overlap measures of the
article-extraction benchmarks (word-level and 4-word-shingle).

Text overlap follows those benchmarks: words are `\\w+` runs, lower-cased; both measures count
with multiplicity (a word or shingle the reference holds twice can be matched twice). A page
whose reference and prediction are both empty scores 1; one of the two empty scores 0.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 4


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 (fractions in [0, 1])."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of_counts(cls, matched: int, predicted: int, gold: int) -> PRF:
        """From counts: `matched` of the `predicted` items agree with one of the `gold` items."""
        if predicted == 0 and gold == 0:
            return cls(1.0, 1.0, 1.0)
        precision = matched / predicted if predicted else 0.0
        recall = matched / gold if gold else 0.0
        return cls(precision, recall, f1(precision, recall))

    def scaled(self, factor: float) -> PRF:
        """This score with both precision and recall times `factor` (an attribute's accuracy)."""
        return PRF(self.precision * factor, self.recall * factor, self.f1 * factor)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bag_prf(predicted: Counter[str], reference: Counter[str]) -> PRF:
    """Overlap of two multisets, as precision, recall and F1."""
    matched = sum((predicted & reference).values())
    return PRF.of_counts(matched, sum(predicted.values()), sum(reference.values()))


def word_prf(predicted: str, reference: str) -> PRF:
    """Word-level overlap of two texts (bag of words)."""
    return bag_prf(Counter(words(predicted)), Counter(words(reference)))


def shingles(text: str, size: int = SHINGLE_WORDS) -> Counter[str]:
    """The text's runs of `size` consecutive words; a text shorter than that is one shingle."""
    tokens = words(text)
    if 0 < len(tokens) < size:
        return Counter([" ".join(tokens)])
    return Counter(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingle_prf(predicted: str, reference: str) -> PRF:
    """4-word-shingle overlap of two texts: word order counts, unlike `word_prf`."""
    return bag_prf(shingles(predicted), shingles(reference))


def mean_prf(scores: list[PRF]) -> PRF:
    """The mean of per-document scores (each page weighs the same, as in the benchmarks)."""
    if not scores:
        return PRF(0.0, 0.0, 0.0)
    count = len(scores)
    return PRF(
        sum(s.precision for s in scores) / count,
        sum(s.recall for s in scores) / count,
        sum(s.f1 for s in scores) / count,
    )
