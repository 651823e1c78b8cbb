"""Which cue a quote belongs to, and which quoted spans are no quotations at all."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from store.quoting.cues import Cue
from store.quoting.lexicon import SCARE_QUOTE_DETERMINERS
from store.quoting.marks import (
    MARKS_ENDING_A_SENTENCE,
    NEXT_QUOTE_RE,
    Sentences,
    Span,
    scan_paragraph,
    trim_end,
)
from store.quoting.narrated import narrated
from store.quoting.works import names_a_work

# What in a quote's sentence says whose words it holds: a verb of saying, or only a subject
# that names someone (see `_QUOTATION_WORDS`).
Teller = Literal["verb", "subject"] | None

# Between a closing mark and its attribution only punctuation may stand (",” he said").
_GAP_AFTER_RE = re.compile(r"[\s,;:―–—-]*")
# Between an attribution and the quote it introduces: punctuation, or a few words ending in
# "that" or a colon ("said: “", "said in a statement that “").
_GAP_BEFORE_RE = re.compile(r"[\s,;:–—-]*(?:(?:[\w’'-]+\s+){0,5}?(?:that\s*|[\w’'-]+:\s*))?")
# After a quote that ended its sentence, "Fahmi said." attributes it, "Fahmi added that …" does
# not: it starts a new sentence. This many words may follow the cue before its sentence ends.
_TAIL_WORDS = 5
# The words that may join two quotes of one speaker's in one sentence.
_JOINING = frozenset(["and", "or", "but", "and also"])
_ATTRIBUTION_REACH = 400
# How many words a quoted phrase with no cue beside it and no sentence end needs to be a
# quotation rather than a scare quote ('a “necessary” response'), by what its sentence says of
# whose words they are: a verb of saying with its speaker ('Cole called the deal “a
# disaster”'), a subject that names someone ('The mayor vowed to “fight for every berth”': a
# scare quote sets off a word or a two-word term, three words are a stretch of wording), or
# nothing (a phrase set off as a term, a search, a label: 'a “cancel for any reason” policy').
_QUOTATION_WORDS: dict[Teller, int] = {"verb": 2, "subject": 3, None: 5}
_TITLE_WORDS = 15
_NAMED_WORK_WORDS = 6
_WORK_PREPOSITIONS = frozenset(["on", "of", "in", "with"])
# Verbs whose object is whom one speaks to: a title right after them is a show or an outlet
# ('Fiorina told “Fox and Friends,”'), not words said.
_ADDRESSEE_VERBS = frozenset(["told", "tells", "telling"])
# Verbs whose object is what they name or judge ('a pattern called the Cantor set', 'Cole
# called it “a disaster”'): the words they give follow them, never a quote before them.
_NAMING_VERBS = frozenset(["called", "calls", "dubbed", "labeled", "labelled", "branded"])
# Short words title case leaves in lower case ("This Week with George Stephanopoulos").
_MINOR_WORDS = frozenset(["with", "from", "into", "onto", "over", "upon", "than"])
# A credit after a closing mark: the quote is a piece's headline ('“…,” by Ann Cole').
_BYLINE_RE = re.compile(r"[,;]?\s*by\s+(?:the\s+)?[A-Z]")
_SENTENCE_END_RE = re.compile(r"[.!?…][’'\"”)\]]*\s*$")
_SPACES_RE = re.compile(r"\s+")
# Cues that sign the quote before them from the next paragraph: "— Ann Cole", or a caption
# "Ann Cole, CEO of Quay Ferries".
_SIGNING = frozenset(["dash", "caption"])


class SentenceBounds(dict[int, Sentences]):
    """The sentence bounds of each masked paragraph, found when first asked for."""

    def __init__(self, masked: list[str]) -> None:
        super().__init__()
        self.masked = masked

    def __missing__(self, index: int) -> Sentences:
        self[index] = Sentences(self.masked[index])
        return self[index]


@dataclass
class Article:
    """The paragraphs as attribution reads them: original text, masked text and cues."""

    texts: list[str]
    masked: list[str]
    cues: dict[int, list[Cue]]  # a key for every paragraph quotes are read from
    # The sentence bounds of the masked paragraphs, shared with whoever found the cues.
    bounds: SentenceBounds | None = None

    def __post_init__(self) -> None:
        self._starts = {k: [c.start for c in cues] for k, cues in self.cues.items()}
        self._bounds = self.bounds if self.bounds is not None else SentenceBounds(self.masked)

    def sentences(self, index: int) -> Sentences:
        return self._bounds[index]

    def readable(self, index: int) -> bool:
        return index in self.cues

    def cues_between(self, index: int, low: int, high: int) -> list[Cue]:
        """Cues of a paragraph that start in [low, high)."""
        starts = self._starts.get(index, [])
        return self.cues.get(index, [])[bisect_left(starts, low) : bisect_left(starts, high)]

    def text(self, span: Span) -> str:
        return span.text(self.texts)


def normalise(text: str) -> str:
    """Text for comparing titles: spacing, case and trailing punctuation do not count."""
    return _SPACES_RE.sub(" ", text).strip().rstrip(",.;:!?").casefold()


def title_phrases(title: str | None) -> set[str]:
    """Phrases quoted in the headline ("Ready to Fight Piracy"): titles, not quotations."""
    if not title:
        return set()
    return {normalise(title[s.start : s.end]) for s in scan_paragraph(0, title)}


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END_RE.search(text[-20:]) is not None


def cue_after(span: Span, article: Article) -> Cue | None:
    """The attribution right after a quote's closing mark: ,” he said / ,” said Fahmi."""
    last = span.last
    if last.ending != "closed":
        return None
    text, at = article.masked[last.paragraph], last.end + 1
    next_mark = NEXT_QUOTE_RE.search(text, at, at + _ATTRIBUTION_REACH)
    limit = article.sentences(last.paragraph).end(at)
    limit = min(limit, next_mark.start() if next_mark else len(text))
    cues = [c for c in article.cues_between(last.paragraph, at, limit) if c.how != "context"]
    if not cues or _GAP_AFTER_RE.fullmatch(text, at, cues[0].start) is None:
        return None
    cue = cues[0]
    if text[cue.end : limit].rstrip().endswith(":"):
        return None  # '“…” She went on to say:' introduces the quote after it, not this one
    if _ends_sentence(article.text(span)):
        rest = text[cue.end : limit]
        tail = rest.split()
        # ", looking out on the crowd." after the cue is a clause of the cue's own sentence.
        if rest.lstrip().startswith(","):
            return cue
        if len(tail) > _TAIL_WORDS or (tail and tail[0].lower() == "that"):
            return None
    return cue


def own_cue(span: Span, after: Cue | None, before: Cue | None, article: Article) -> Cue | None:
    """The quote's cue of the two beside it. A quote that ends its sentence is the words of
    a verb of saying before it in that sentence ('Russia insisted that Pyongyang “stop.”'),
    not of one after it, which opens the next sentence's report."""
    if before is not None and before.how == "direct" and _ends_sentence(article.text(span)):
        return before
    return after or before


def cue_later(span: Span, article: Article) -> Cue | None:
    """A cue with a verb later in the quote's sentence, not right after it: 'A clerk who
    “steals a few dollars” goes to jail, Warren said.'"""
    last = span.last
    text, at = article.masked[last.paragraph], last.end + 1
    limit = article.sentences(last.paragraph).end(at)
    cues = [
        c
        for c in article.cues_between(last.paragraph, at, limit)
        if c.how == "direct" and c.phrase not in _NAMING_VERBS
    ]
    if not cues or _ends_sentence(article.text(span)):
        return None  # “We won.” Lee added that … : the cue starts a sentence of its own
    if cues[0].subject.kind == "pronoun" and cues[0].subject.text in {"i", "we"}:
        return None
    return cues[0] if NEXT_QUOTE_RE.search(text, at, cues[0].start) is None else None


def cue_before(span: Span, article: Article) -> tuple[Cue | None, bool]:
    """The last attribution earlier in the quote's sentence, and whether it directly
    introduces the quote (He said: “…)."""
    first = span.first
    text, mark = article.masked[first.paragraph], first.start - 1
    begin = article.sentences(first.paragraph).start(mark)
    cues = [c for c in article.cues_between(first.paragraph, begin, mark) if c.end <= mark]
    if not cues:
        return None, False
    cue = cues[-1]
    if cue.how == "context" and ";" in text[cue.end : mark]:
        return None, False  # 'OCL will not solve it; I often tell people “…”': another clause
    introduces = cue.how != "context" and _GAP_BEFORE_RE.fullmatch(text, cue.end, mark) is not None
    if cue.speaker is None and not introduces:
        # "The statement noted they had said they would take “…”": a pronoun no one stands
        # for gives way to the sentence's earlier cue that names someone.
        named = [c for c in cues if c.speaker is not None and c.how == "direct"]
        cue = named[-1] if named else cue
    return cue, introduces


def is_quotation(
    span: Span, article: Article, adjacent: bool, titles: set[str], teller: Teller = None
) -> bool:
    """False for scare quotes and titles: short, or title-cased, with no cue beside them and no
    sentence end ('a “necessary” response', 'the film “Dune”'). How short a phrase may be and
    still be a quotation depends on what its sentence says of whose words they are (`teller`,
    see `_QUOTATION_WORDS`); a single word is a quotation only closing a phrase a verb of
    saying reports ('called him “dangerous”.')."""
    text = article.text(span)
    if not any(char.isalnum() for char in text):
        # Marks around punctuation alone (“.”, “…,”, “ — ”) are a page's stray or mismatched
        # marks: nobody's words, and a citation of them would be empty.
        return False
    if titles and normalise(text) in titles:  # few headlines quote, and quotes can be long
        return False
    if len(span.segments) == 1 and _named_work(span, text, article):
        return False
    if _BYLINE_RE.match(article.texts[span.last.paragraph], span.last.end + 1):
        return False  # '—“Museum to close in May,” by Times’ Ann Cole': a headline, credited
    if adjacent or len(span.segments) > 1:
        return True
    words = text.split()
    if title_cased(words) and len(words) < _TITLE_WORDS:
        # A title keeps its stop inside the marks ('in an interview with “Fox News Sunday.”'):
        # the case, not the stop, tells a title from a sentence.
        return False
    if _ends_sentence(text):
        return True
    if teller == "verb" and len(words) == 1:
        return _ends_a_phrase(span, article)
    return len(words) >= _QUOTATION_WORDS[teller]


def _named_work(span: Span, text: str, article: Article) -> bool:
    """A show, a book, a programme named in title case after "on", "of", "in" or an owner
    ('on CNN’s “State of the Union.”', 'a broadcast of “Fox News Sunday,”'), or a work its
    noun names (`store.quoting.works`: 'the single ‘Berghain’'): a title even with a cue or
    a stop beside it."""
    paragraph = article.texts[span.first.paragraph]
    opening = max(0, span.first.start - 1)
    if names_a_work(paragraph[:opening], text, paragraph[span.last.end + 1 :]):
        return True
    words = text.split()
    if len(words) > _NAMED_WORK_WORDS or not title_cased(words, shortest=1):
        return False
    before = paragraph[:opening].split()[-1:]
    word = before[0].lower() if before else ""
    return word in _WORK_PREPOSITIONS or word in _ADDRESSEE_VERBS or _owner(word)


def _owner(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def _ends_a_phrase(span: Span, article: Article) -> bool:
    """Does a one-word quote close its phrase ('called him “dangerous”.'), rather than stand
    inside one ('a “necessary” response', 'the “plan”', '“no” and “never”')?"""
    first, last = span.first, span.last
    before = article.texts[first.paragraph][: max(0, first.start - 1)].split()[-1:]
    if before and before[0].lower() in SCARE_QUOTE_DETERMINERS:
        return False
    after = article.texts[last.paragraph][last.end + 1 : last.end + 3].lstrip()
    return not after or not after[0].isalnum()


def title_cased(words: list[str], shortest: int = 2) -> bool:
    """Title case, as in “How the Internet Became a Battleground”: all long words capitalised
    (at least `shortest` of them)."""
    long_words = [w for w in words if len(w) > 3 and w not in _MINOR_WORDS]
    return len(long_words) >= shortest and all(w[0].isupper() for w in long_words)


def _runs_into(span: Span, following: Span, article: Article) -> bool:
    """Is a quote cut short by the next one, or followed by it with nothing in between but a
    conjunction ("are “a crisis” and “a disgrace,” Dean told the crowd": one speaker's words)?"""
    last, first = span.last, following.first
    if last.ending == "cut":
        return True
    if last.paragraph != first.paragraph:
        return False
    gap = article.masked[last.paragraph][last.end + 1 : first.start - 1].strip(" ,")
    return not gap or gap in _JOINING


def _sentence_ending_at(sentences: Sentences, end: int) -> int:
    """Start of the sentence whose final stop (maybe inside a closing mark) ends at `end`."""
    final = end - 1 - (end > 1 and sentences.text[end - 1] in MARKS_ENDING_A_SENTENCE)
    return sentences.start(max(final, 0))


def _sentence_before(span: Span, article: Article) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the sentence before the quote's own, which may close the
    previous paragraph; none across a heading."""
    index = span.first.paragraph
    text = article.masked[index]
    begin = article.sentences(index).start(span.first.start - 1)
    end = trim_end(text, 0, begin)
    if end == 0:
        index -= 1
        if not article.readable(index):
            return None
        text = article.masked[index]
        end = trim_end(text, 0, len(text))
    return index, _sentence_ending_at(article.sentences(index), end), end


def _from_sentence_before(
    span: Span, previous: Span | None, previous_cue: Cue | None, article: Article
) -> Cue | None:
    """A quote in the sentence before passes on its speaker; else a cue there introduces this
    quote ("He stressed that …. “…”"). Not into a sentence of narration ("Lee pleaded guilty
    to “…”"), whose quote is no one's the sentence before names."""
    region = _sentence_before(span, article)
    if region is None or narrated(span, article):
        return None
    index, low, high = region
    if previous is not None and (previous.last.paragraph, previous.last.end) >= (index, low):
        return previous_cue
    cues = article.cues_between(index, low, high)
    return cues[-1] if cues else None


def attribute(spans: list[Span], local: list[Cue | None], article: Article) -> list[Cue | None]:
    """Each quote's cue: its own, else that of the quote it runs into, else the sentence
    before's, else that of the quote before it in its paragraph."""
    cues = list(local)
    for k in range(len(spans) - 2, -1, -1):
        if cues[k] is None and _runs_into(spans[k], spans[k + 1], article):
            cues[k] = cues[k + 1]
    for k, span in enumerate(spans):
        if cues[k] is None:
            previous = spans[k - 1] if k else None
            # A transcript turn or a signature speaks for the quote before its neighbours do.
            cues[k] = _from_layout(span, article) or _from_sentence_before(
                span, previous, cues[k - 1] if k else None, article
            )
            if cues[k] is None and previous is not None:
                cues[k] = _paragraph_speaker(span, previous, cues[k - 1])
        elif _weak(cues[k]):
            cues[k] = _from_layout(span, article) or cues[k]
    return cues


def _paragraph_speaker(span: Span, previous: Span, previous_cue: Cue | None) -> Cue | None:
    """The speaker of the paragraph: a quote with no cue near it, after a sentence of
    narration, is still the words of whoever spoke the quote before it in its paragraph
    ('“…,” Obama said after the meeting. He did not say more. “…”')."""
    if previous.last.paragraph != span.first.paragraph or previous_cue is None:
        return None
    return previous_cue if previous_cue.speaker is not None else None


def _weak(cue: Cue | None) -> bool:
    """Does the layout know better? No cue, a sentence subject, or an "I said" whose "I" is
    the speaker of a transcript line."""
    if cue is None or cue.how == "context":
        return True
    return cue.speaker is None and cue.subject.kind == "pronoun" and cue.subject.text in {"i", "we"}


def _from_layout(span: Span, article: Article) -> Cue | None:
    """The speaker of a transcript line the quote stands in ("PENCE: … “…” …"), or a name
    signing it from the start of the next paragraph ("— Ann Cole.")."""
    own = article.cues.get(span.first.paragraph, [])
    if own and own[0].how == "transcript":
        return own[0]
    following = article.cues.get(span.last.paragraph + 1, [])
    signed = following[0] if following and following[0].how in _SIGNING else None
    if signed is not None and not article.masked[span.last.paragraph][span.last.end + 1 :].strip(
        " .,"
    ):
        return signed
    return None
