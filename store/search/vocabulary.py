"""The case's vocabulary, for the quote finder to correct a query's words before FTS5 sees them.

The quote index (`quotes_fts`, words folded by unicode61 with remove_diacritics 2) is exact: a
typo'd word matches nothing. So each query word becomes the index words it may stand for: the
words it starts (it may be cut short), the words one typo away (a letter changed, added,
dropped, or two swapped), the words it is part of. `Lexicon` answers these from the words alone,
with how many quotes each is in, so that common words can be told from rare ones.

Memory holds words and counts, never quote texts: one `Vocabulary` per case file, shared by
its connections, read again when the index changes (see `Vocabularies`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate

from store.case import Case

ALPHABET_SIZE = 40  # letters tried for a typo: the vocabulary's most frequent ones
LONGEST_WORD = 40
TYPO_MIN = 3  # letters: a shorter word has too many neighbours one typo away
PREFIX_TYPO_MIN = 4  # and a shorter start of a word, too many words
# Letters a speaker's or outlet's name must have before a typo is forgiven: a shorter name has
# real names one typo away ("madry" is "mary" with a letter added), where a short word of text
# is rarely mistaken for another.
NAME_TYPO_MIN = 6
INSIDE_MIN = 4  # letters, for the words a word is part of
MAX_INSIDE = 10
MAX_ALTERNATIVES = 40
# Quotes: FTS5 merges a prefix's 1,000 quotes in about 0.13 ms (measured at 100k quotes), and a
# keystroke may ask for the last word's prefix in three or four look-ups: a prefix held by more
# stands for its most frequent words (60,000 made a key typed after a space 20-30 ms).
PREFIX_MAX_DOCS = 20_000
COMPLETIONS = 8
ALTERNATIVES_CACHE = 4096
LAST_CHAR = "\U0010ffff"

# unicode61 keeps letters and digits; everything else, "_" included, separates words.
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """`text` lower-cased without diacritics, as the index's tokenizer sees it."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def index_words(text: str) -> list[str]:
    """The words of `text` as the index holds them."""
    return _WORD.findall(fold(text))


class Lexicon:
    """Index words with the number of quotes holding each, sorted for prefix look-ups."""

    def __init__(self, docs: dict[str, int]) -> None:
        self.docs = docs
        self.words = sorted(docs)
        # Arrays, not lists of ints: a large case has hundreds of thousands of words.
        self._cumulative = array("q", accumulate((docs[w] for w in self.words), initial=0))
        # One string to find fragments in at C speed; a word's position by its offset.
        self._joined = "\n".join(self.words)
        self._starts = array("q", accumulate((len(w) + 1 for w in self.words), initial=0))
        letters = Counter(char for word in self.words for char in word)
        self.alphabet = "".join(char for char, _ in letters.most_common(ALPHABET_SIZE))

    def __len__(self) -> int:
        return len(self.words)

    def _range(self, prefix: str) -> tuple[int, int]:
        return bisect_left(self.words, prefix), bisect_left(self.words, prefix + LAST_CHAR)

    def has_prefix(self, prefix: str) -> bool:
        start = bisect_left(self.words, prefix)
        return start < len(self.words) and self.words[start].startswith(prefix)

    def prefix_docs(self, prefix: str) -> int:
        """Quotes holding a word that starts with `prefix`, at most (a quote may hold several)."""
        start, end = self._range(prefix)
        return self._cumulative[end] - self._cumulative[start]

    def completions(self, prefix: str, limit: int) -> list[str]:
        """The `limit` most frequent words starting with `prefix`."""
        start, end = self._range(prefix)
        return sorted(self.words[start:end], key=lambda word: (-self.docs[word], word))[:limit]

    def containing(self, fragment: str, limit: int) -> list[str]:
        """The `limit` most frequent words with `fragment` inside, not at their start."""
        found = set()
        for match in re.finditer(re.escape(fragment), self._joined):
            index = bisect_left(self._starts, match.start() + 1) - 1
            if match.start() > self._starts[index]:
                found.add(self.words[index])
        return sorted(found, key=lambda word: (-self.docs[word], word))[:limit]

    def one_typo_away(self, word: str) -> set[str]:
        """Strings one typo from `word` (a letter changed, added or dropped, two swapped)."""
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        letters = set(self.alphabet) | set(word)
        edits = {left + right[1:] for left, right in splits if right}
        edits |= {
            left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1
        }
        edits |= {left + c + right[1:] for left, right in splits if right for c in letters}
        edits |= {left + c + right for left, right in splits for c in letters}
        edits.discard(word)
        return edits


@dataclass(frozen=True)
class Alternatives:
    """The index words one query word may stand for."""

    words: tuple[str, ...] = ()  # whole words
    prefixes: tuple[str, ...] = ()  # every word starting with one of these
    docs: int = 0  # quotes holding any of them, at most


@dataclass
class Vocabulary:
    """The words of the whole index, and those of the speaker and outlet columns alone."""

    words: Lexicon
    speakers: Lexicon
    outlets: Lexicon
    quotes: int
    # A query grows a letter at a time: the words before the last keep their alternatives.
    _alternatives: dict[tuple[str, str, bool, bool], Alternatives] = field(default_factory=dict)

    def alternatives(
        self, column: str, word: str, *, being_typed: bool, typos: bool = True
    ) -> Alternatives:
        """What `word` (folded) may stand for in `column` ("words", "speakers" or "outlets");
        without `typos`, only the words it starts or is part of."""
        key = (column, word, being_typed, typos)
        found = self._alternatives.get(key)
        if found is None:
            if len(self._alternatives) >= ALTERNATIVES_CACHE:
                self._alternatives.clear()
            lexicon = getattr(self, column)
            found = _alternatives(lexicon, word, being_typed, typos, column != "words")
            self._alternatives[key] = found
        return found


def _alternatives(
    lexicon: Lexicon, word: str, being_typed: bool, typos: bool, whole_words: bool
) -> Alternatives:
    """The word itself and the words it starts; from `TYPO_MIN` letters (`NAME_TYPO_MIN` for
    names), those one typo away (for the word being typed, those one typo away from starting
    with it) and from
    `INSIDE_MIN` the most frequent it is part of. The most frequent first, at most
    `MAX_ALTERNATIVES`; with `whole_words`, prefixes stand for their words."""
    if len(word) > LONGEST_WORD:  # no word of the case: not worth a long search
        return (
            Alternatives((word,), (), lexicon.docs[word])
            if word in lexicon.docs
            else Alternatives()
        )
    prefixes = [word] if lexicon.has_prefix(word) else []
    words = []
    edits = []
    if typos and len(word) >= (NAME_TYPO_MIN if whole_words else TYPO_MIN):
        edits = sorted(e for e in lexicon.one_typo_away(word) if not e.startswith(word))
    if being_typed:
        prefixes += [e for e in edits if len(e) >= PREFIX_TYPO_MIN and lexicon.has_prefix(e)]
        words += [e for e in edits if len(e) < PREFIX_TYPO_MIN and e in lexicon.docs]
    else:
        words += [e for e in edits if e in lexicon.docs]
    if len(word) >= INSIDE_MIN:
        words += lexicon.containing(word, MAX_INSIDE)
    weighed = [(lexicon.prefix_docs(prefix), prefix, True) for prefix in prefixes]
    weighed += [(lexicon.docs[word], word, False) for word in words]
    weighed.sort(key=lambda item: (-item[0], item[1]))
    kept_words: list[str] = []
    kept_prefixes: list[str] = []
    docs = 0
    for count, text, is_prefix in weighed[:MAX_ALTERNATIVES]:
        if is_prefix and (whole_words or count > PREFIX_MAX_DOCS):
            # FTS5 merges a prefix's words, of every column, into one list before the first
            # match: a common prefix, or one sought in a column of few words, stands for its
            # most frequent words.
            completions = lexicon.completions(
                text, MAX_ALTERNATIVES if whole_words else COMPLETIONS
            )
            if text in lexicon.docs:
                completions.append(text)
            kept_words += completions
            docs += sum(lexicon.docs[completion] for completion in completions)
        else:
            (kept_prefixes if is_prefix else kept_words).append(text)
            docs += count
    return Alternatives(tuple(dict.fromkeys(kept_words)), tuple(kept_prefixes), docs)


@dataclass
class _Seen:
    """What one connection last saw of its case's index."""

    gate: tuple[object, ...]
    stamp: object


class Vocabularies:
    """The vocabulary of one case file's quote index, shared by the connections a finder
    serves (one per worker thread); each connection checks on its own whether the index has
    changed."""

    def __init__(self) -> None:
        self._shared: tuple[object, Vocabulary] | None = None
        self._seen: weakref.WeakKeyDictionary[Case, _Seen] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def of(self, case: Case) -> Vocabulary:
        """The vocabulary of `case`'s quote index, read again only when the index has changed.

        Checking costs a pragma on most keystrokes: the index's stamp is read only after a
        commit, and the vocabulary (a scan of the whole index) only when the stamp moved.
        """
        gate = case.search_index_gate()
        with self._lock:
            seen, shared = self._seen.get(case), self._shared
        if seen is not None and shared is not None and (seen.gate, seen.stamp) == (gate, shared[0]):
            return shared[1]
        stamp = case.search_index_stamp()
        if shared is None or shared[0] != stamp:
            shared = (stamp, read_vocabulary(case))
        with self._lock:
            self._shared = shared
            self._seen[case] = _Seen(gate, stamp)
        return shared[1]


def read_vocabulary(case: Case) -> Vocabulary:
    columns: dict[str, dict[str, int]] = {"": {}, "speaker": {}, "source": {}}
    for term, column, docs in case.search_vocabulary():
        every = columns[""]
        every[term] = every.get(term, 0) + docs
        if column in columns:
            columns[column][term] = docs
    return Vocabulary(
        words=Lexicon(columns[""]),
        speakers=Lexicon(columns["speaker"]),
        outlets=Lexicon(columns["source"]),
        quotes=case.count_quotes(),
    )
