"""Past-tense verbs read off words, no parser: irregular past forms by a list, regular ones by
their "-ed" ending, told from participles and adjectives by the words around them ("was
signed", "the sold shares", "are automatically forfeited", "Unused points", "AI-assisted")."""

from __future__ import annotations

import re

# Words that put their clause in the past: "was signed on May 20", "the deal closed in March".
IRREGULAR_PAST = (
    "was were had did ago met went came took made saw gave found began became left"
    " held led won lost fell rose sold bought paid spent got ran wrote spoke broke chose drove"
    " flew grew knew meant sent stood thought threw wore brought caught fought taught felt kept"
    " built heard struck shot sought hid swore dealt sat"
)
PAST_WORDS = frozenset(IRREGULAR_PAST.split())
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# Verbs of telling, and any past form, just before a day date the telling ("said Tuesday").
TELLING_WORDS = (PAST_WORDS - {"was", "were"}) | {"said", "told"}
WORD = re.compile(r"[A-Za-z]+")
# Words after which an -ed word is a participle: "to be completed", "is expected in December";
# or an adjective: "the reduced dividend is payable Jan. 2", "its revised plan".
PARTICIPLE_AFTER = frozenset(
    {"be", "to", "is", "are", "am", "been", "being"}
    | {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}
    | {"any", "no", "every", "your", "my"}
)


def is_past(word: str, previous: str) -> bool:
    """A past-tense verb: "was", "met", "signed", "carried"; an -ed word after "be", "is" or "to"
    is a participle ("to be completed by May 8"), and "need", "speed" are no past at all."""
    if previous in PARTICIPLE_AFTER and word not in PAST_AUXILIARIES:
        return False  # "when the case is heard", "the sold shares"
    if word in PAST_WORDS:
        return True
    if len(word) < 5:
        return False
    return word.endswith("ied") or (word.endswith("ed") and word[-3] != "e")


# Words between an auxiliary or a determiner and the participle or adjective they lead to: "are
# automatically forfeited", "a highly specialized field", "is not needed", "the most talked".
MODIFIERS = frozenset({"not", "also", "already", "still", "often", "never", "always", "now"})
MODIFIERS |= {"more", "most", "less", "least", "very", "too", "so", "well", "fully", "then"}
# Adverbs in "-ly" by their common endings, which leave out nouns such as "family", "rally",
# "assembly" and "supply" ("the family signed" is a past).
ADVERB = re.compile(r"[a-z]{2,}(?:ally|ably|ibly|ely|ghly|ntly|rly|sly|tly|vely|wly|dly|ckly)")
HYPHENS = "-‐"
NEXT_WORD = re.compile(r"[ \t]{1,3}(?P<word>[A-Za-z]+)")
# Words after a verb in "-ed" that tell it is one: its preposition, particle or object.
VERB_FOLLOWERS = frozenset(
    {"in", "on", "at", "by", "for", "to", "from", "with", "into", "after", "before", "during"}
    | {"since", "until", "up", "out", "off", "back", "down", "over", "as", "and", "that"}
    | {"the", "a", "an", "its", "their", "his", "her", "our", "it", "them", "him", "us", "me"}
)


def _describes_next(text: str, end: int) -> bool:
    """Whether the word after `end` is one an adjective describes ("Unused points"), no
    preposition or object of a verb ("Signed on June 20", "Closed the deal")."""
    found = NEXT_WORD.match(text, end)
    return found is not None and found["word"].lower() not in VERB_FOLLOWERS


def past_at(text: str, found: re.Match[str], previous: str, earlier: str) -> bool:
    """Whether the word `found` in `text`, after the lower-case words `earlier` and `previous`,
    is a past-tense verb (`is_past`), read by its shape as well as its neighbours:
    - a regular "-ed" form with a capital, a noun after it, opens a sentence with no subject or
      names something: "Unused points are forfeited", "Extended Bloom" ("Signed on June 20 by
      both", with a preposition after it, tells what was done);
    - one joined to a word before it by a hyphen is an adjective: "AI-assisted", "hand-picked";
    - a modifier between it and an auxiliary or a determiner leaves it a participle or an
      adjective: "are automatically forfeited", "a highly specialized field"."""
    word = found.group()
    lower = word.lower()
    if lower not in PAST_WORDS:
        if word[0].isupper() and _describes_next(text, found.end()):
            return False
        if found.start() > 0 and text[found.start() - 1] in HYPHENS:
            return False
    if previous in MODIFIERS or ADVERB.fullmatch(previous):
        previous = earlier
    return is_past(lower, previous)


# Words that tell a regular "-ed" form is a verb, before it (its subject) or after it (its
# object): "we ended up", "made it hard", "cut back the vines"; "guided tours", "edged with
# red", "Extended Bloom" are adjectives.
SUBJECTS = frozenset({"i", "we", "he", "she", "they", "it", "who", "which", "that"})
OBJECTS = frozenset({"it", "the", "a", "an", "them", "him", "her", "us", "me", "up", "to"})


def has_finite_past(text: str, start: int, end: int) -> bool:
    """Whether a past-tense verb stands anywhere in `start:end` (a sentence, say): an irregular
    past ("made", "was"), or an "-ed" form after its subject or before its object."""
    found = list(WORD.finditer(text, start, end))
    words = [match.group().lower() for match in found]
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if word in PAST_WORDS and previous not in PARTICIPLE_AFTER:
            return True
        earlier = words[index - 2] if index > 1 else ""
        if not past_at(text, found[index], previous, earlier):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if previous in SUBJECTS or following in OBJECTS:
            return True
    return False


def first_past(text: str, start: int, end: int) -> int:
    """Where the first past-tense verb in `start:end` is, or -1."""
    previous = earlier = ""
    for found in WORD.finditer(text, start, end):
        if past_at(text, found, previous, earlier):
            return found.start()
        previous, earlier = found.group().lower(), previous
    return -1
