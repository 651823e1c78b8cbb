"""Quotes and speakers, scored on PolNeAR's train and dev articles (each ingested as its .txt).

Spans: a found quote matches a gold quote when their words overlap with a Dice coefficient
(token F1) of at least MATCH_OVERLAP; each gold quote is matched once, best overlap first.
Speakers, on matched quotes, by the class of the gold source text:
- named (holds a capitalised name: "Trump", "the Clinton campaign"): right when the found
  speaker shares a content word with it ("Donald Trump" for "Mr. Trump"), a head-word match;
- nominal ("the company", "officials"): scored the same way, so "a spokesman" for "a spokesman
  for the company" is right and a name is wrong, as nothing in the gold says who it is;
- pronoun ("he", "who", "they"): not scored (left out of the figure, and counted), since the
  gold names no one and PolNeAR's coreference comes from an automatic parser;
- no source annotated: not scored.
A matched quote without a found speaker is wrong.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from accuracy_corpora import POLNEAR
from accuracy_metrics import PRF, words
from accuracy_pipeline import StageClock, ingest_file
from accuracy_polnear import MIN_QUOTE_WORDS, SPLITS, GoldQuote, articles
from accuracy_regex_quotes import find_quotes as regex_quotes
from accuracy_report import Row, Speed

MATCH_OVERLAP = 0.5
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "i",
        "we",
        "you",
        "it",
        "him",
        "her",
        "them",
        "me",
        "us",
        "his",
        "hers",
        "their",
        "its",
        "our",
        "my",
        "your",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "himself",
        "herself",
        "themselves",
        "itself",
        "one",
        "someone",
    ]
)
FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "and",
        "to",
        "in",
        "at",
        "on",
        "with",
        "by",
        "from",
        "as",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "s",
    ]
)


@dataclass
class Tally:
    """Counts over a split: quotes found, gold and matched; speakers right per gold class."""

    found: int = 0
    gold: int = 0
    matched: int = 0
    right: Counter[str] = field(default_factory=Counter)
    scored: Counter[str] = field(default_factory=Counter)

    def spans(self) -> PRF:
        return PRF.of_counts(self.matched, self.found, self.gold)

    def speaker_accuracy(self, *classes: str) -> float | None:
        scored = sum(self.scored[c] for c in classes)
        return sum(self.right[c] for c in classes) / scored if scored else None


def source_class(source: str | None) -> str:
    """named, nominal, pronoun or none: how a gold source is scored (see the module's doc)."""
    tokens = (source or "").split()
    if not tokens:
        return "none"
    if all(word in PRONOUNS for word in words(source or "")):
        return "pronoun"
    return "named" if any(t[:1].isupper() and _content(t) for t in tokens) else "nominal"


def _content(text: str) -> set[str]:
    return {w for w in words(text) if w not in FUNCTION_WORDS and w not in PRONOUNS}


def speaker_right(found: str | None, source: str | None) -> bool:
    return bool(found) and bool(_content(found or "") & _content(source or ""))


def _dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def score_article(found: list[tuple[str, str | None]], gold: list[GoldQuote], tally: Tally) -> None:
    """Add one article's quotes to `tally`: match spans, then score the matched speakers."""
    found = [(text, who) for text, who in found if len(words(text)) >= MIN_QUOTE_WORDS]
    bags = [Counter(words(text)) for text, _who in found]
    gold_bags = [Counter(words(quote.text)) for quote in gold]
    pairs = sorted(
        ((_dice(f, g), i, j) for i, f in enumerate(bags) for j, g in enumerate(gold_bags)),
        reverse=True,
    )
    used_found: set[int] = set()
    used_gold: set[int] = set()
    for overlap, i, j in pairs:
        if overlap < MATCH_OVERLAP:
            break
        if i in used_found or j in used_gold:
            continue
        used_found.add(i)
        used_gold.add(j)
        kind = source_class(gold[j].source)
        tally.scored[kind] += 1
        tally.right[kind] += speaker_right(found[i][1], gold[j].source)
    tally.found += len(found)
    tally.gold += len(gold)
    tally.matched += len(used_found)


def run(data: Path, limit: int | None = None) -> tuple[list[Row], list[Speed]]:
    rows: list[Row] = []
    speeds: list[Speed] = []
    version = POLNEAR.version(data)
    for split in SPLITS:
        ours, baseline, clock = Tally(), Tally(), StageClock()
        documents = rejected = 0
        for article in articles(data, split):
            if limit is not None and documents >= limit:
                break
            outcome = ingest_file(article.path, clock)
            rejected += outcome.rejected is not None
            score_article(outcome.quotes, article.quotes, ours)
            score_article(regex_quotes(article.text), article.quotes, baseline)
            documents += 1
        figures = [
            ("quote span P", lambda t: t.spans().precision),
            ("quote span R", lambda t: t.spans().recall),
            ("quote span F1", lambda t: t.spans().f1),
            ("speaker accuracy (named + nominal gold)",
             lambda t: t.speaker_accuracy("named", "nominal")),
            ("speaker accuracy (named gold)", lambda t: t.speaker_accuracy("named")),
        ]  # fmt: skip
        for metric, figure in figures:
            rows.append(
                Row(
                    "quotes", metric, ".txt", figure(ours), figure(baseline),
                    "plain-regex baseline", "PolNeAR", version, split, ours.gold, rejected,
                )
            )  # fmt: skip
        rows[-1].note = rows[-2].note = f"{ours.scored['pronoun']} with a pronoun source left out"
        speeds.append(Speed("PolNeAR", f".txt ({split})", documents, clock.per_second()))
    return rows, speeds
