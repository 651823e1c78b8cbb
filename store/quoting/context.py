"""Speakers named without a reporting verb: the subject of the quote's sentence.

News writing often names the speaker as the subject of a sentence whose verb is no verb of
saying: "Senator Ann Cole called the bill “a gift to lobbyists”", "Cole fired back that …",
"Trump launched an attack on the press, calling it “…”". Sieve-based attribution (Muzny et
al. 2017) ends with such a fallback: when no cue speaks for a quote, the subject of its
sentence is the likeliest speaker. These cues are marked `how="context"`: they give a speaker
but never make a quoted span a quotation, and they rank below every cue with a verb.

Only a subject that opens its clause is read, after an opening adverbial ("On Tuesday,", "In
a statement,") and a conjunction ("But"): a name (titles allowed, "Former Governor Ann Cole")
or a personal pronoun, followed by a lower-case word, its verb. A possessive ("Cole’s aides
said") names no speaker here.
"""

from __future__ import annotations

import re

from store.quoting.agreement import names_someone
from store.quoting.cues import Cue, _window, is_plea
from store.quoting.marks import Sentences
from store.quoting.name_runs import after_apposition, name_end, past_aside
from store.quoting.names import reads_as_a_person
from store.quoting.phrases import Subject
from store.quoting.subjects import subject_before
from store.quoting.tokens import Token
from store.quoting.verb_forms import (
    auxiliary,
    finite_form,
    glossing,
    modal_after,
    noun_before_verb,
    participle,
    passive,
    plural_head,
    says_nothing,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words opening an adverbial before the subject: "On Tuesday, Cole said", "Asked about it, …".
_OPENERS = _words(
    "in on at after before during since while when meanwhile still later earlier speaking "
    "asked given for as with without despite though although if because last this next by from "
    "under over throughout following until upon once instead separately afterward afterwards "
    "now today yesterday also however indeed moreover additionally again then across among "
    "amid against around beyond inside outside near within behind like unlike regarding"
)
_CONJUNCTIONS = _words("but and yet so or")
# Openers that are a determiner of a time ("This week,", "Last March,"), and openers that
# open a clause of their own ("When he arrived,").
_DEMONSTRATIVES = _words("this last next")
_SUBORDINATORS = _words(
    "after before since while when if because although though as once until upon following "
    "asked given speaking"
)
# Words that are a clause's subject when a verb follows them, inside an opening phrase.
_CLAUSE_SUBJECTS = _words("there he she they we i it")
_ADVERBS = _words(
    "meanwhile still later earlier now then today yesterday also however instead separately "
    "afterward afterwards indeed moreover additionally again"
)
_NO_NAME_OPENERS = _words("he she it they we i the there this that these those a an its his her")
# Capitalised sentence openers that are no names.
_NOT_SUBJECTS = _words(
    "many some most several other others all both each every few no none such there here "
    "what how why where who which this that these those it its a an one his her their our "
    "my your any you"
)
_PRONOUNS = {"he": "he", "she": "she", "they": "they", "we": "we", "i": "i", "it": "it"}
# A lower-case word after the subject that cannot be its verb.
_NOT_VERBS = _words("of in on at to for with by from and or but as that which who whom whose than")
_POSSESSIVE_RE = re.compile("[’']s?$")
# Adverbs between a subject and its verb ("Cole also vowed", "Lee even sang").
_VERB_ADVERBS = _words("also even only just still never")
_COMMA_REACH = 20  # tokens an opening adverbial may run before its comma
_CONTRACTED_VERBS = _words("s re ll d ve m")
_BE = _words("s is was")
_READ = 160
_SHORT_READ = 48
_FIRST_WORD_RE = re.compile(r"\s*(\S[\w’']*)")
_QUOTE_MARK_RE = re.compile('[“”"«»‘]')  # characters read from a sentence's start
_THE_NAME_RE = re.compile(r"\s*The\s+[A-Z]")
_MARKS = frozenset('“”"«»')


def _skip_opening(tokens: list[Token]) -> int:
    """Index of the first token after "But" and an opening adverbial, or -1 if none closes."""
    i = 0
    if tokens and tokens[0].lower in _CONJUNCTIONS:
        i = 1
    if i + 1 < len(tokens) and tokens[i].lower in _ADVERBS and tokens[i + 1].is_cap:
        return i + 1  # "Meanwhile Rihanna, who …": an adverb needs no comma
    if i < len(tokens) and tokens[i].lower in _OPENERS:
        if _opens_a_clause(tokens, i):
            return -1  # "This page contains …, Atlanta": the sentence's own subject and verb
        ends = [
            k for k in range(i, min(len(tokens), i + _COMMA_REACH)) if _closes_opening(tokens, k)
        ]
        # The adverbial ends at the comma before its subject: "Following a hastily called,
        # late meeting, the council …" has a comma of its own first.
        subject_next = [k for k in ends if k + 1 < len(tokens) and _may_open_subject(tokens[k + 1])]
        chosen = subject_next or ends
        return _past_place(tokens, chosen[0] + 1) if chosen else -1
    return i


def _opens_a_clause(tokens: list[Token], i: int) -> bool:
    """Is what opens the sentence at `i` its own subject and verb, not an adverbial before
    one: a demonstrative and a noun before a verb ("This page contains …", "Last year saw
    …"), or a phrase ("In particular", "For now") that runs into a clause ("there wasn't
    …", "it needed …")? Then the first comma closes no adverbial, and the capital after it
    ("…, Atlanta, GA area", "…, Puzzles sorted by") is no subject."""
    if tokens[i].lower in _DEMONSTRATIVES:
        return i + 2 < len(tokens) and tokens[i + 2].is_word and finite_form(tokens[i + 2])
    if tokens[i].lower in _SUBORDINATORS:
        return False  # "When he arrived, Cole said": a clause is what such an opener opens
    # Right after the phrase's first word or two: further on, a subject belongs to a clause
    # inside the phrase ("In a statement that he released, Cole said").
    for k in range(i + 1, min(len(tokens) - 1, i + 3)):
        if tokens[k].text == ",":
            return False
        verb = tokens[k + 1]
        if tokens[k].lower in _CLAUSE_SUBJECTS and verb.is_word and not verb.is_cap:
            return True
    return False


def _closes_opening(tokens: list[Token], k: int) -> bool:
    """Can tokens[k] end an opening adverbial: a comma, or the closing mark of a quoted title
    whose comma the mask blanked ('On “Face the Nation,” Sen. Cole …')?"""
    if tokens[k].text == ",":
        return True
    return (
        tokens[k].text in _MARKS
        and k > 0
        and any(t.text in _MARKS for t in tokens[max(0, k - 8) : k])
        and k + 1 < len(tokens)
        and tokens[k + 1].is_cap
    )


def _may_open_subject(token: Token) -> bool:
    return token.is_cap or token.lower in _PRONOUNS or token.lower == "the"


def _past_place(tokens: list[Token], i: int) -> int:
    """ "In Salem, New Hampshire, Trump said": past a place's second part to the subject."""
    j = name_end(tokens, i)
    if i < j < len(tokens) - 1 and tokens[j].text == "," and tokens[j + 1].is_cap:
        return j + 1
    return i


def _pronoun_joined(word: Token) -> bool:
    """Is the word a pronoun with its verb written as one ("it’s", "he'll")?"""
    pronoun, mark, _verb = word.lower.replace("'", "’").partition("’")
    return bool(mark) and pronoun in _PRONOUNS


def _past_adverb(tokens: list[Token], k: int) -> Token | None:
    """The verb at tokens[k], or past an adverb there ("Cole also vowed"): then only a word
    that looks like a verb ("Mark III also magical sensors" has none)."""
    if tokens[k].lower not in _VERB_ADVERBS:
        return tokens[k]
    if k + 1 < len(tokens) and not tokens[k + 1].is_cap and finite_form(tokens[k + 1]):
        return tokens[k + 1]
    return None


def _contracted_pronoun(word: Token) -> str | None:
    """The pronoun of a pronoun and verb written as one ("He’s", "They’re", "She'll"); none
    for "It’s", whose "it" is most often no one ("It’s the way …": see `_expletive`)."""
    pronoun, mark, verb = word.lower.replace("'", "’").partition("’")
    if not mark or verb not in _CONTRACTED_VERBS or _expletive(pronoun, verb):
        return None
    return _PRONOUNS.get(pronoun)


def _expletive(pronoun: str, verb: str) -> bool:
    """Is "it" with a form of "be" ("It is", "It’s", "It was") an "it" that stands for no
    one ("It’s the way the parts fit: “…”", "It was a long night")? A body that speaks
    through "it" does with a verb of its own ("It called the plan “a gift”")."""
    return pronoun == "it" and verb in _BE


def sentence_subject(tokens: list[Token], finite: bool = False) -> tuple[Subject, Token] | None:
    """The subject opening a sentence's main clause and the word after it (its verb); with
    `finite`, a subject opening with "The" needs a word that looks like a verb after it."""
    i = _skip_opening(tokens)
    if i < 0 or i >= len(tokens) - 1 or not tokens[i].is_word:
        return None
    first = tokens[i]
    contracted = _contracted_pronoun(first)
    if contracted is not None:  # "He’s predicting …": the pronoun with its verb
        return Subject("pronoun", contracted, first.start, first.end), first
    if first.lower in _PRONOUNS:
        verb = tokens[i + 1]
        if not verb.text[0].isalpha() or verb.is_cap or verb.lower in _NOT_VERBS:
            return None
        if _expletive(first.lower, verb.lower):
            return None
        return Subject("pronoun", _PRONOUNS[first.lower], first.start, first.end), verb
    the = first.lower == "the" and i + 1 < len(tokens) and tokens[i + 1].is_cap
    if not the and (not first.is_cap or first.lower in _NOT_SUBJECTS):
        return None
    j = name_end(tokens, i + 1 if the else i)
    if j >= len(tokens) or _POSSESSIVE_RE.search(tokens[j - 1].text):
        return None
    after = past_aside(tokens, j)
    if after >= len(tokens):
        return None
    past = _past_adverb(tokens, after_apposition(tokens, after))
    if past is None:
        return None
    verb = past
    if not verb.text[0].isalpha() or verb.is_cap or verb.lower in _NOT_VERBS:
        return None
    if _pronoun_joined(verb):
        return None  # "Async Rust it’s …": a heading run into the sentence after it
    at = tokens.index(verb)
    if glossing(tokens, at):
        return None  # "Hygge means “…”": a gloss, no one's words
    if modal_after(tokens, at):
        return None  # "Tax preparers may call …": the word is the subject's noun, no verb
    if plural_head(tokens, at):
        # "North Dakota residents reported": the people named, as written. Before a verb of
        # being ("Prospective students are required") the capital may be the sentence's
        # alone, no name: no subject then.
        return None if auxiliary(tokens[at + 1]) else _people_of(tokens, i + the, at)
    if participle(verb):
        return None  # "HTML5 parsing is complex": the name modifies a noun, no verb follows
    if finite and the and not finite_form(verb):
        return None  # "The UL certification mark …": a name modifying a noun
    if the and noun_before_verb(tokens, at):
        # "the BLM group is calling": the name modifies the noun, the subject, as written
        return _people_of(tokens, i + 1, at)
    subject = subject_before(tokens[i:j])
    if subject is None or subject.kind != "name":
        return None
    return subject, verb


def _passive(verb: Token, text: str) -> bool:
    after = _FIRST_WORD_RE.match(text, verb.end)
    return after is not None and passive(verb, after.group(1).lower())


def _a_person(subject: Subject) -> bool:
    """Does the subject read as a person (see `reads_as_a_person`), or as a pronoun?"""
    return subject.kind != "name" or subject.titled or reads_as_a_person(subject.text)


def _people_of(tokens: list[Token], i: int, at: int) -> tuple[Subject, Token] | None:
    """The people or the body a noun after a name names, as written ("North Dakota
    residents", "Clinton supporters", "the BLM group"), the subject of the verb after it: not
    the name. None when words stand between the name and the noun (an apposition, an aside)."""
    if any(not t.is_word or t.ends_sentence for t in tokens[i:at]):
        return None
    if not names_someone(tokens[at].lower):
        return None  # "The AI race is shifting …": a thing the name modifies speaks for no one
    phrase = " ".join(t.text for t in tokens[i : at + 1])
    noun = tokens[at]
    subject = Subject("role", noun.lower, tokens[i].start, noun.end, definite=False, phrase=phrase)
    return subject, tokens[at + 1]


def _parse(text: str, begin: int, end: int) -> tuple[Subject, Token] | None:
    """The sentence's subject, read from a short stretch first: most subjects ("He", "Ann
    Cole") are found in it, and a longer one is read only when the short one ran out."""
    first = _FIRST_WORD_RE.match(text, begin)
    if first is None or not first.group(1)[0].isupper():
        return None  # a sentence opening with a quote mark, a digit or lower case
    if (
        first.group(1).lower() in _NO_NAME_OPENERS
        and _QUOTE_MARK_RE.search(text, begin, end) is None
        and not _THE_NAME_RE.match(text, begin)
    ):
        # With no quote to attribute, only a name is worth reading: it is the one thing a
        # later pronoun or role ("it", "the commission") may stand for. "He …", "It …" and
        # "The …" give none, but for "The Harbour Commission …".
        return None
    word = first.group(1).lower()
    if word in _OPENERS and word not in _ADVERBS and text.find(",", begin, end) < 0:
        return None  # an opening adverbial that no comma closes: no subject to read
    # In a sentence with no quote, "The Harbour Commission" is read for the role that may
    # name it later; there a doubtful verb is not worth the risk of a wrong name.
    finite = _QUOTE_MARK_RE.search(text, begin, end) is None
    short = min(end, begin + _SHORT_READ)
    tokens = _window(text, begin, short)
    parsed = sentence_subject(tokens, finite)
    if parsed is not None or short == end or not _ran_out(tokens):
        return parsed
    return sentence_subject(_window(text, begin, min(end, begin + _READ)), finite)


def _ran_out(tokens: list[Token]) -> bool:
    """Did the parse of a short stretch fail for want of words: an opening adverbial whose
    comma is not in it yet, or a run of capitals and titles that reaches its end?"""
    i = _skip_opening(tokens)
    if i < 0 or i >= len(tokens) - 1 or not _may_open_subject(tokens[i]):
        return True  # no subject where the opening seems to end: it may run on
    j = past_aside(tokens, name_end(tokens, i))
    return j >= len(tokens) - 1 or tokens[j].text == ","  # an apposition may close later


def find_context_cues(
    index: int, text: str, cues: list[Cue], sentences: Sentences | None = None
) -> list[Cue]:
    """A cue for the subject of each sentence of a masked paragraph that has no cue of its
    own, so its quotes, and the pronouns after it, can be given a speaker."""
    sentences = sentences or Sentences(text)
    found = []
    # A sentence after a quote's own stop opens past its closing mark ('… World.” Jacobs').
    starts = [0, *(k + 1 + (text[k + 1 : k + 2] in _MARKS) for k in sentences.finals)]
    taken = iter(cues)
    cue = next(taken, None)
    for number, begin in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        while cue is not None and cue.start < begin:
            cue = next(taken, None)
        if cue is not None and cue.start < end and cue.subject.kind != "pronoun":
            continue  # the sentence has a cue with a verb
        parsed = _parse(text, begin, end)
        if parsed is not None and (cue is None or cue.start >= end or parsed[1].end <= cue.start):
            # With a pronoun's cue later in the sentence ("The council … what it called"),
            # the subject is still read: it is who the pronoun stands for.
            subject, verb = parsed
            if is_plea(verb.lower, text, verb.end) or subject.text == "it":
                continue  # "It’s the way …": a dummy "it" stands for nothing that speaks
            if says_nothing(verb) or (_passive(verb, text) and not _a_person(subject)):
                continue  # "The bot got cagey about “…”", "Quay Movers was put to the test"
            found.append(
                Cue(index, subject.start, verb.end, verb.lower, subject, False, None, how="context")
            )
    return found
