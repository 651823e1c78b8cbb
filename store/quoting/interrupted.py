"""Quotations interrupted by their own attribution, joined back into one.

News breaks a statement at its cue: “The deal is a disaster,” Cole said, “and everybody knows
it.” Or it closes the cue's sentence and goes on: “We are ready,” Cole said. “The rest is up
to them.” Both are one quotation, attributed once. The parts join when:
- they stand in one paragraph, the first closed by its mark and attributed by the cue right
  after it, and nothing but that cue's short sentence lies between them (the second opens
  right after the cue, or as the next sentence);
- no other quote stands between them (a title the cue names, 'she told “Today”', a phrase
  quoted after it): the words between are more than the cue;
- the second part has no cue of its own (or only the same one, read as introducing it), so
  "“…,” Cole said. “…,” Lee replied." stays two quotes of two speakers;
- the words after the cue are few and report nothing more ("Cole said, adding that …", "Cole
  said. Lee disagreed." stop the join: the second part may then be another statement).

The joined quote's text is the parts' texts with " … " where the cue stood (the first part's
trailing comma dropped, as a draft would quote it), and its offsets run from the first part's
start to the last part's end, so the reader's mark covers the cue between them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.quoting.attribution import Article
from store.quoting.cues import Cue
from store.quoting.lexicon import CUE_VERBS
from store.quoting.marks import ELISION, MARK_RE, Span

_BREAKS = (",", ":", ";", "—", "–", "-", ".", "!", "?")
# A second verb of saying after the cue ("Cole said, adding: “…", "she told them, and then
# predicted: “…") attributes the next part anew: a statement of its own.
_SAYING = frozenset(CUE_VERBS.lower().split("|")) | frozenset(
    [
        "adding",
        "noting",
        "saying",
        "asking",
        "explaining",
        "arguing",
        "warning",
        "insisting",
        "continuing",
        "predicting",
        "declaring",
        "telling",
        "writing",
        "replying",
        "answering",
        "suggesting",
    ]
)
_WORD_RE = re.compile(r"[a-z’'-]+")
_TRAILING = " ,;:—–-"
_LEADING = " —–-"


@dataclass
class Quotation:
    """One quotation: its parts (one span, or several its cue interrupts), and its cue."""

    parts: list[Span]
    cue: Cue | None
    own: bool  # the cue stands by the quotation itself, not by a quote next to it

    @property
    def first(self) -> Span:
        return self.parts[0]

    @property
    def last(self) -> Span:
        return self.parts[-1]

    def text(self, article: Article) -> str:
        texts = [article.text(part) for part in self.parts]
        if len(texts) == 1:
            return texts[0]
        # The first part's closing comma belongs to the attribution, not to the words.
        pieces = [t.rstrip(_TRAILING) for t in texts[:-1]] + [texts[-1]]
        pieces = [pieces[0]] + [p.lstrip(_LEADING) for p in pieces[1:]]
        return ELISION.join(pieces)


def _interrupts(first: Span, cue: Cue, second: Span, article: Article) -> bool:
    """Does `cue` stand in the sentence `first` closes into, and `second` open in that
    sentence or right after it, with nothing else between?"""
    last, opening = first.last, second.first
    if last.ending != "closed" or last.paragraph != opening.paragraph:
        return False
    if cue.paragraph != last.paragraph or not last.end < cue.start < opening.start:
        return False
    # The end of the sentence the first part's closing mark stands in (its own final stop,
    # if any, is kept by the mask and would end it before the cue: then there is no join).
    close = article.sentences(last.paragraph).end(last.end + 1)
    if cue.end > close:
        return False
    mark, text = opening.start - 1, article.masked[last.paragraph]
    if MARK_RE.search(article.texts[last.paragraph], last.end + 1, mark):
        return False  # a title or phrase quoted between them ("…,” she told “Today”. “…")
    if mark < close:
        # A part that opens in lower case goes on with the sentence the first left off
        # ('“Many are unsure,” Thiel wrote, explaining why, “but most agree …”'); else a
        # second verb of saying starts a statement of its own.
        goes_on = article.texts[opening.paragraph][opening.start : opening.start + 1].islower()
        if not goes_on and _SAYING.intersection(_WORD_RE.findall(text[cue.end : mark].lower())):
            return False
        # Within the sentence the second part follows a break ("said, “…", "said: “…"), or a
        # stop the sentence bounds took for an abbreviation ("at a rally in Troy, N.Y. “…"): a
        # phrase quoted inside the cue's clause ("said, calling it “a disaster”") is not the
        # statement going on.
        return text[cue.end : mark].rstrip().endswith(_BREAKS)
    return not text[close:mark].strip()


def join_interrupted(
    spans: list[Span], cues: list[Cue | None], local: list[Cue | None], article: Article
) -> list[Quotation]:
    """The quotations of `spans` (in document order, with each one's attributed cue and the
    cue beside it, `local`), parts interrupted by their own cue joined."""
    quotations: list[Quotation] = []
    for span, cue, mine in zip(spans, cues, local, strict=True):
        previous = quotations[-1] if quotations else None
        if (
            previous is not None
            and previous.own
            and previous.cue is not None
            and previous.cue.how == "direct"
            and (mine is None or mine is previous.cue)
            and _interrupts(previous.last, previous.cue, span, article)
        ):
            previous.parts.append(span)
            continue
        quotations.append(Quotation([span], cue, cue is mine))
    return quotations
