"""What a word after a capitalised name says of the sentence: whether it is the name's verb
("Cole reported"), or a noun the name modifies ("North Dakota residents reported"), by its
form and the word after it. `store.quoting.context` reads sentence subjects with these."""

from __future__ import annotations

from store.quoting.lexicon import CUE_VERBS
from store.quoting.tokens import Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_AUXILIARIES = _words(
    "is was are were has had have will would can could may might must should did does do made "
    "said told took gave began found went came saw sent set put left led won lost held met"
)
# Verbs that open a verb phrase: the word before one is no verb of the sentence's subject.
_MODALS = _words("may might can could will would shall should must")
_CUE_WORDS = frozenset(CUE_VERBS.split("|"))
_BE_OR_HAVE = _words("is was are were has had have")
_MEANING = _words("means meant denotes translates signifies")
# Verbs of getting and knowing: what their subject gets or knows, never what it says ("The
# chatbot got cagey", "The agent understood").
_SILENT = _words("got gets understood understands knew knows")
_BE = _words("is was are were")
# Past participles not ending in "-ed", after a verb of being a passive's: "was put to".
_PARTICIPLES = _words("put made given held seen taken known shown sold built run set")


def finite_form(verb: Token) -> bool:
    """Does the word look like a verb of a sentence: "issued", "says", "has"? After "The
    Harbour" a lower-case word is as often a noun the name modifies ("The Ross business
    school")."""
    word = verb.lower
    if word in _AUXILIARIES or word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "ness", "ics", "ous"))


def glossing(tokens: list[Token], at: int) -> bool:
    """Is the word a verb of meaning ("Hygge means “cosiness”", "Ferrolux translates as “iron
    light”")? Its subject glosses a word; no one speaks the quote. ("Harbour stands for
    “keeping every ledger in step”" may be a firm's motto as well as an acronym's
    expansion: left to the other rules.)"""
    return tokens[at].lower in _MEANING


def says_nothing(verb: Token) -> bool:
    """Is the verb one whose subject says nothing by it (see `_SILENT`), so that a quote in
    its sentence is no word of the subject's?"""
    return verb.lower in _SILENT


def passive(verb: Token, after: str) -> bool:
    """Is the verb a form of "be" before a past participle (`after`, the next word): "was put
    to the test", "is owned by"? Its subject is what is done to, not who speaks."""
    return verb.lower in _BE and (after.endswith("ed") or after in _PARTICIPLES)


def auxiliary(word: Token) -> bool:
    """Is the word a verb of being or having, or one of the commonest past forms ("said")?"""
    return word.lower in _AUXILIARIES


def noun_before_verb(tokens: list[Token], at: int) -> bool:
    """Is the word after a name a noun, a verb of being or having right after it ("The AI
    race is", "The Ross business school has")? Not when the word is that verb itself, nor an
    adverb before it ("The Commission has said", "The Commission quickly said")."""
    word = tokens[at]
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is None or word.lower in _AUXILIARIES or word.lower.endswith("ly"):
        return False
    return after.lower in _BE_OR_HAVE


def modal_after(tokens: list[Token], at: int) -> bool:
    """Does a modal follow the word after a name, so that the word is the name's noun, not
    its verb ("Tax preparers may call")?"""
    return at + 1 < len(tokens) and tokens[at + 1].lower in _MODALS


def plural_head(tokens: list[Token], at: int) -> bool:
    """Is the word after a name a plural noun the name modifies, the verb after it ("North
    Dakota residents reported", "Harbour officials say", "Clinton supporters were")? So when
    a past form or a verb of being or saying follows it."""
    word = tokens[at]
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is None or not after.is_word or after.is_cap:
        return False
    plural = word.lower.endswith("s") and not word.lower.endswith(("ss", "us", "is"))
    if not plural or word.lower in _AUXILIARIES or word.lower in _CUE_WORDS:
        return False
    return after.lower in _AUXILIARIES or after.lower.endswith("ed") or after.lower in _CUE_WORDS


def participle(word: Token) -> bool:
    """Is the word an "-ing" form, which alone is no sentence's verb ("HTML5 parsing", "Cole
    speaking")? Short words ending so are verbs of their own ("bring", "sing")."""
    return len(word.text) > 5 and word.lower.endswith("ing")
