"""Reading the subject of an attribution verb: "he", "Minister Fahmi Fadzil", "the minister",
"the statement". The parse walks word tokens outward from the verb and stops at punctuation,
function words and sentence ends, so it never looks further than a short window. Tokens are
`store.quoting.tokens`'s, a phrase is read as a subject by `store.quoting.phrases`, and what
stands between a subject and its verb is stepped over by `store.quoting.appositives`."""

from __future__ import annotations

from dataclasses import replace

from store.quoting.appositives import (
    apposed_name,
    appositive_role,
    past_posting,
    relative_object,
    role_with_place,
    skip_appositive,
    skip_parenthesis,
    unclosed_appositive,
)
from store.quoting.lexicon import (
    ADVERBS,
    GOVERNING,
    HONORIFICS,
    JOB_TITLES,
    NAME_CONNECTORS,
    POST_ENDINGS,
    PRONOUNS,
    TITLES,
)
from store.quoting.names import clean_name
from store.quoting.phrases import (
    Subject,
    classify,
    connects,
    extends_phrase,
    name_subject,
    phrase_word,
)
from store.quoting.tokens import Token

_PHRASE_LIMIT = 9
_ROLE_WORDS = TITLES | HONORIFICS | JOB_TITLES | {"co-owner", "&", "and", "of"}
_OBLIGED = frozenset(["had", "has", "have"])
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _skip_adverbs(tokens: list[Token], i: int) -> int:
    skipped = 0
    while i >= 0 and skipped < 3 and (tokens[i].lower in ADVERBS or _is_ly_adverb(tokens[i])):
        i, skipped = i - 1, skipped + 1
    return i


def _past_obligation(tokens: list[Token], i: int) -> int:
    """Before "had to" or "has to" ahead of the verb: "what she had to say about it:" names
    her as the one who says it."""
    if i > 0 and tokens[i].lower == "to" and tokens[i - 1].lower in _OBLIGED:
        return i - 2
    return i


def _is_ly_adverb(token: Token) -> bool:
    return token.is_word and not token.is_cap and token.text.endswith("ly") and len(token.text) > 4


def subject_before(tokens: list[Token]) -> Subject | None:
    """The subject ending just before a verb: "Fahmi (also) said", "Fahmi, the minister, said",
    "the minister, Fahmi, said", "Gwen Moore (D-Wis.) said"."""
    i = _skip_adverbs(tokens, _past_obligation(tokens, len(tokens) - 1))
    if i >= 0 and tokens[i].text == ")":
        i = _skip_adverbs(tokens, skip_parenthesis(tokens, i))
    role: str | None = None
    inner: list[Token] = []
    if i >= 0 and tokens[i].text == ",":
        i, role, inner = skip_appositive(tokens, i)
        if i >= 0 and tokens[i].text == ")":
            i = skip_parenthesis(tokens, i)  # "Jim Jordan (R-Ohio), a member, said"
    if i < 0 or not tokens[i].is_word:
        return apposed_name(inner, None) if inner and i >= 0 else None
    if tokens[i].lower in PRONOUNS:
        return Subject("pronoun", tokens[i].lower, tokens[i].start, tokens[i].end)
    if not phrase_word(tokens[i]) or tokens[i].ends_sentence:
        return None
    j = i
    while j > 0 and i - j < _PHRASE_LIMIT and extends_phrase(tokens, j - 1):
        j -= 1
    subject = classify(tokens[j : i + 1])
    # A name read after a preposition ("… chairman of Harbour Watch said") may be its object.
    governed = any(t.lower in GOVERNING and not t.is_cap for t in tokens[max(j - 1, 0) : i + 1])
    if not inner and (subject is None or governed or relative_object(tokens, j, subject)):
        opened = unclosed_appositive(tokens, j)
        subject = opened if opened is not None else subject
    if subject is not None and subject.kind == "role" and not inner:
        subject = role_with_place(tokens, j, subject)
    if subject is not None and subject.kind == "name":
        subject = past_posting(tokens, j, subject)
    if inner and (apposed := apposed_name(inner, subject)) is not None:
        return replace(apposed, start=subject.start if subject else apposed.start)
    if subject and role and subject.kind == "name" and subject.role is None:
        return replace(subject, role=role, titled=True)
    return subject


def subject_after(tokens: list[Token], allow_pronoun: bool) -> Subject | None:
    """The subject following a verb: "said Fahmi", "according to the minister"."""
    if not tokens or not tokens[0].is_word:
        return None
    first = tokens[0]
    if first.lower in PRONOUNS:
        pronoun = _OBJECT_PRONOUNS.get(first.lower, first.lower)
        return Subject("pronoun", pronoun, first.start, first.end) if allow_pronoun else None
    j = 0
    while j < min(len(tokens), _PHRASE_LIMIT) and (phrase_word(tokens[j]) or connects(tokens, j)):
        if (
            j
            and tokens[j].lower in NAME_CONNECTORS
            and not connects(tokens, j)
            and all(t.is_cap for t in tokens[:j])
        ):
            break  # "explains Norris of his process": the name ends where "of" joins no capital
        j += 1
        if tokens[j - 1].ends_sentence:
            break
    phrase = tokens[:j]
    owner = None
    from_owner = j + 1 < len(tokens) and tokens[j].lower in {"from", "by"}
    if phrase and phrase[-1].lower == "statement" and from_owner:
        owner = subject_after(tokens[j + 1 :], allow_pronoun=False)
    subject = classify(phrase, owner)
    if subject is not None and subject.kind == "name" and _only_titles(subject.text):
        return _name_after_title(tokens, j, subject)
    if phrase and phrase[-1].is_cap and phrase[-1].lower in POST_ENDINGS:
        # "says Acme’s Regional Sales Director, Tom Lee": the post, then the person's name.
        words = " ".join(t.text for t in phrase)
        post = subject or Subject("role", words, phrase[0].start, phrase[-1].end)
        return _name_after_title(tokens, j, post) or subject
    if subject is not None and subject.kind == "name" and subject.role is None:
        role = _role_apposed_after(tokens, j)
        return replace(subject, role=role, titled=True) if role else subject
    return subject


def _role_apposed_after(tokens: list[Token], j: int) -> str | None:
    """ "said Ann Cole, a senior minister.": the post in the appositive after the name, read
    only when it closes within the tokens (a comma, a stop), so no post is cut short."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    for end in range(j + 1, len(tokens)):
        if not tokens[end].is_word:
            return appositive_role(tokens[j + 1 : end])
        if tokens[end].ends_sentence:
            return appositive_role(tokens[j + 1 : end + 1])
    return None


def _only_titles(text: str) -> bool:
    """Is a name, once cleaned, only a title ("Maxi Moving’s Vice President")?"""
    return all(word.lower() in _ROLE_WORDS for word in clean_name(text).split())


def _name_after_title(tokens: list[Token], j: int, title: Subject) -> Subject | None:
    """ "says Acme’s Vice President, Ivan Petrov": the title is the role, the name follows
    the comma; with no name there, no speaker (a title is no one's name)."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or not tokens[j + 1].is_cap:
        return None
    end = j + 1
    while end < len(tokens) and end - j <= 4 and tokens[end].is_cap:
        end += 1
        if tokens[end - 1].ends_sentence:
            break
    name = name_subject(tokens[j + 1 : end])
    if name is None or name.kind != "name":
        return None
    # The title as written before the comma ("Acme’s Vice President"), whatever of it the
    # name's parse took for titles.
    written = " ".join(t.text for t in tokens[:j]).lower()
    return replace(name, role=written or title.text.lower(), titled=True)
