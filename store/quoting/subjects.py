"""Reading the subject of an attribution verb: "he", "Minister Fahmi Fadzil", "the minister",
"the statement". The parse walks word tokens outward from the verb and stops at punctuation,
function words and sentence ends, so it never looks further than a short window."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from store.quoting.lexicon import (
    ABBREVIATIONS,
    ADVERBS,
    DETERMINERS,
    GOVERNING,
    HONORIFICS,
    INDEFINITE,
    JOB_TITLES,
    LEADING_NOISE,
    NAME_CONNECTORS,
    ORG_WORDS,
    POST_ENDINGS,
    PRONOUNS,
    STOP_WORDS,
    TITLES,
)
from store.quoting.names import clean_name

# A word, or one punctuation mark. Words glued by a lost space ("professorThomas W. Malone")
# are split where a lower-case run of two letters or more meets a capitalised word ("iPhone",
# "McDonald" stay whole); digits joined by a slash are one word ("9/11 widow"), and so is a
# web address or an abbreviation whose stops a lower-case letter follows ("fivethirtyeight.com",
# "e.g."), whose inner stop ends no sentence; a plural's possessive keeps its mark ("Sanders’
# campaign").
TOKEN_RE = re.compile(
    r"[a-z]{2,}(?=[A-Z][a-z])|\d+/\d+"
    r"|[^\W_](?:[\w’'&-]*\w)?(?:\.[a-z][\w-]*)*(?:\.|(?<=s)’(?=\s+[a-z]))?|\S"
)
_POSSESSIVE_RE = re.compile("[’']s$")
_OWNER_RE = re.compile("[’']s$|s’$")  # "Obama’s", and a plural's "Sanders’"
_PHRASE_LIMIT = 9
_TITLE_WORDS = TITLES | HONORIFICS
_ROLE_WORDS = TITLES | HONORIFICS | JOB_TITLES | {"co-owner", "&", "and", "of"}
_APPOSITIVE_LIMIT = 25
_PARENTHESIS_LIMIT = 8
# How an appositive after a name opens (", who …", ", the polling guru …"), and what ends the
# search for its comma.
_APPOSITIVE_OPENERS = frozenset(["who", "whose", "a", "an", "the"])
_RELATIVES = frozenset(["who", "whom"])
_RELATIVE_REACH = 4  # "who chairs", "who is chairman of": the verb and its object's lead-in
_APPOSITIVE_STOPS = frozenset(["“", "”", '"', "«", "»", ";", ":", "(", ")"])
_LIST_ENDS = frozenset(["and", "or"])  # the word before a list's last item
_LIST_ITEM_WORDS = 3
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "with"])
# Roles held "to" a country or a body: "ambassador to Britain", "envoy to the UN".
_POSTED_ROLES = frozenset(["ambassador", "envoy", "representative", "adviser", "advisor"])

SubjectKind = Literal["pronoun", "name", "role", "statement"]


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")

    @property
    def lower(self) -> str:
        return self.text.rstrip(".").lower()  # bare, without a second property call

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.is_word and self.text[0].isupper()

    @property
    def ends_sentence(self) -> bool:
        if not self.text.endswith(".") or len(self.text) == 1:
            return False
        if "-" in self.text and len(self.text) <= 8:
            return False  # a party and state after a name: "R-Ky.", "D-Wis."
        return self.lower not in ABBREVIATIONS and not (len(self.bare) == 1 and self.is_cap)


@dataclass(frozen=True)
class Subject:
    """Who an attribution names. `text` is a pronoun, a name without its titles, role words
    ("comms minister") or, for a statement, its owner's name (empty when not given)."""

    kind: SubjectKind
    text: str
    start: int
    end: int
    role: str | None = None  # the title or role given with a name
    titled: bool = False  # a title or honorific came with the name: a person
    the: bool = False  # "the" came before the name: an organisation
    definite: bool = True  # "the minister" can be resolved, "a minister" cannot
    phrase: str | None = None  # a role as the text gives it ("the CNN host"), to name it by


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # tuple.__new__ makes the same Token as Token(...) without the generated __new__'s
    # Python-level call, which was most of the cost of reading subjects.
    new = tuple.__new__
    return [
        new(Token, (m[0], m.start() + offset, m.end() + offset)) for m in TOKEN_RE.finditer(text)
    ]


def _connects(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a lower-case word joining two capitalised ones ("Ministry of Health")?"""
    if not 0 < k < len(tokens) - 1:
        return False
    return tokens[k].lower in NAME_CONNECTORS and tokens[k - 1].is_cap and tokens[k + 1].is_cap


def _extends_phrase(tokens: list[Token], k: int) -> bool:
    """Can tokens[k] join the subject phrase read backwards from the verb?"""
    if tokens[k].ends_sentence:
        return False
    return _phrase_word(tokens[k]) or _connects(tokens, k)


def _phrase_word(token: Token) -> bool:
    return token.is_word and token.lower not in STOP_WORDS and token.lower not in PRONOUNS


def _role_words(tokens: list[Token]) -> str | None:
    """The title and the modifiers that belong to it: "communications minister" from "the
    communications minister" or from "This week Communications Minister"."""
    determiners = [k for k, t in enumerate(tokens) if t.lower in DETERMINERS]
    words = tokens[determiners[-1] + 1 if determiners else 0 :]
    while not determiners and words and not (words[0].is_cap or words[0].lower in TITLES):
        words = words[1:]
    words = [t for t in words if t.lower not in HONORIFICS]
    if words and words[-1].lower in TITLES:
        return " ".join(t.lower for t in words)
    return None


def _strip_titles(run: list[Token], determined: bool) -> tuple[list[Token], list[Token], bool]:
    """Split a capitalised run into its title part and its name part. A title word ending the
    run is a name (Stephen King, Mr Tan) unless a determiner shows it is a role (the King)."""
    while run and run[0].lower in LEADING_NOISE:
        run = run[1:]
    titled = run if determined else run[:-1]
    cut = max((k + 1 for k, t in enumerate(titled) if t.lower in _TITLE_WORDS), default=0)
    titles, name = run[:cut], run[cut:]
    is_org = any(t.lower in ORG_WORDS for t in name)
    if is_org:  # "Justice Department" is one name, not a title and a name
        titles, name = [], run
    if not is_org and any(t.lower == "and" for t in name):
        last_and = max(k for k, t in enumerate(name) if t.lower == "and")
        name = name[last_and + 1 :]
    return titles, name, bool(titles)


def _name_subject(phrase: list[Token]) -> Subject | None:
    k = len(phrase)
    while k > 0 and (phrase[k - 1].is_cap or _connects(phrase, k - 1)):
        k -= 1
    run, before = phrase[k:], phrase[:k]
    the = bool(before) and before[-1].lower == "the"
    if run and run[0].lower == "the":
        run, the = run[1:], True
    determined = the or (bool(before) and before[-1].lower in DETERMINERS)
    titles, name, titled = _strip_titles(run, determined)
    role = _role_words(before + titles)
    if not name:
        return _role_subject(phrase) if role else None
    if len(name) > 1 and name[-1].lower in POST_ENDINGS:
        # "Clinique’s Senior Brand Engagement Manager": a post written in capitals ends in the
        # word for the job; a person's name does not.
        return _role_subject(phrase)
    return Subject(
        "name",
        " ".join(t.bare for t in name),
        phrase[0].start,
        name[-1].end,
        role=role,
        titled=titled or role is not None,
        the=the,
    )


def _role_subject(phrase: list[Token]) -> Subject | None:
    determiners = [
        k
        for k, t in enumerate(phrase)
        if t.lower in DETERMINERS or (k < len(phrase) - 1 and _OWNER_RE.search(t.text))
    ]  # "the strategist", and "Obama’s former strategist" too
    if not determiners:
        return None
    d = determiners[-1]
    words = phrase[d + 1 :]
    if not words or len(words) > 4:
        return None
    owned = _owned_role(phrase, determiners)
    if owned is not None:  # "the owner of the harbour bar": the owner speaks
        d, words = owned
    text = " ".join(t.lower for t in words)
    definite = phrase[d].lower not in INDEFINITE
    owner = phrase[d].text if _OWNER_RE.search(phrase[d].text) else phrase[d].lower
    if owner is phrase[d].text:
        owner = " ".join([*_owner_before(phrase, d), owner])
    written = " ".join([owner, *(t.bare for t in phrase[d + 1 :])])
    end = phrase[-1].end
    return Subject("role", text, phrase[d].start, end, definite=definite, phrase=written)


def _owner_before(phrase: list[Token], d: int) -> list[str]:
    """The rest of an owner's name before its possessive: "the State" of "the State
    Department’s spokesman", so the role is not written "Department’s spokesman"."""
    k = d
    while k > 0 and phrase[k - 1].is_cap and phrase[k - 1].lower != "the":
        k -= 1
    the = ["the"] if k > 0 and phrase[k - 1].lower == "the" else []
    return the + [t.text for t in phrase[k:d]]


def _owned_role(phrase: list[Token], determiners: list[int]) -> tuple[int, list[Token]] | None:
    """ "the owner of the bar", "a spokesman for the firm": the determiner and words of the
    role before "of"/"for", whose holder is the speaker, or None."""
    d = determiners[-1]
    if len(determiners) < 2 or d < 2 or phrase[d - 1].lower not in {"of", "for"}:
        return None
    first = determiners[-2]
    words = phrase[first + 1 : d - 1]
    if not 1 <= len(words) <= 3 or any(t.is_cap or t.lower in {"of", "for"} for t in words):
        return None
    return first, words


def _statement_subject(phrase: list[Token], owner: Subject | None) -> Subject:
    """A statement as speaker: “the statement”, “Telegram’s statement”, “a statement from the
    commission”."""
    head = phrase[-1]
    if owner is None and len(phrase) > 1 and _POSSESSIVE_RE.search(phrase[-2].text):
        name = phrase[-2].text[:-2]
        return Subject("statement", name, phrase[-2].start, head.end)
    if owner is not None and owner.kind == "name":
        return Subject("statement", owner.text, phrase[0].start, owner.end, the=owner.the)
    written = " ".join(t.bare for t in phrase[-2:]) if len(phrase) > 1 else head.bare
    return Subject("statement", "", phrase[0].start, head.end, phrase=written)


def _classify(phrase: list[Token], owner: Subject | None = None) -> Subject | None:
    if not phrase:
        return None
    if phrase[-1].lower == "statement":
        return _statement_subject(phrase, owner)
    if phrase[-1].is_cap:
        return _name_subject(phrase)
    return _role_subject(phrase)


def _skip_adverbs(tokens: list[Token], i: int) -> int:
    skipped = 0
    while i >= 0 and skipped < 3 and (tokens[i].lower in ADVERBS or _is_ly_adverb(tokens[i])):
        i, skipped = i - 1, skipped + 1
    return i


def _is_ly_adverb(token: Token) -> bool:
    return token.is_word and not token.is_cap and token.text.endswith("ly") and len(token.text) > 4


def _skip_appositive(tokens: list[Token], i: int) -> tuple[int, str | None, list[Token]]:
    """From the comma before a verb, step back over ", head of the ministry," to the noun before
    it; return that index (or -1), the role the appositive names and its words."""
    segment_end, listing = i, False
    for c in range(i - 1, max(-1, i - _APPOSITIVE_LIMIT), -1):
        token = tokens[c]
        if token.ends_sentence or token.text in '“”"«»;:':
            return -1, None, []
        if token.text == ",":
            segment = [t for t in tokens[c + 1 : segment_end] if t.is_word]
            # ", head of population, refugees, and migration,": the commas of a list inside
            # the appositive; it opens at the comma before the list's first item.
            ends_list = any(t.lower in _LIST_ENDS for t in segment)
            if segment and (
                segment[0].lower in _LIST_ENDS or (_list_item(segment) and (listing or ends_list))
            ):
                segment_end, listing = c, True
                continue
            inner = [t for t in tokens[c + 1 : i] if t.is_word]
            if not inner:
                return -1, None, []
            stop = next((k for k, t in enumerate(inner) if t.lower in {"of", "for", "at"}), None)
            return c - 1, _role_words(inner[:stop]), tokens[c + 1 : i]
    return -1, None, []


def _list_item(segment: list[Token]) -> bool:
    """A short lower-case stretch between a list's commas ("refugees", "schools and roads"),
    naming no one and no role ("head of housing" opens the appositive)."""
    return len(segment) <= _LIST_ITEM_WORDS and not any(
        t.is_cap or t.lower in TITLES or t.lower in JOB_TITLES for t in segment
    )


def _skip_parenthesis(tokens: list[Token], i: int) -> int:
    """From a closing bracket, the index before its opening one: "Gwen Moore (D-Wis.) said"."""
    for k in range(i - 1, max(-1, i - _PARENTHESIS_LIMIT), -1):
        if tokens[k].text == "(":
            return k - 1
        if tokens[k].text in "()":
            break
    return -1


def _apposed_name(inner: list[Token], before: Subject | None) -> Subject | None:
    """ "his wife, Ann Lee, said": the appositive is the name, the noun before it the role."""
    if before is not None and before.kind != "role":
        return None
    if not inner or not all(t.is_cap or _connects(inner, k) for k, t in enumerate(inner)):
        return None
    name = _name_subject(inner)
    if name is None or name.kind != "name":
        return None
    role = before.text if before is not None else name.role
    return replace(name, role=role, titled=name.titled or before is not None)


def _relative_object(tokens: list[Token], j: int, subject: Subject | None) -> bool:
    """Is the name before the verb the object of a relative clause's own verb ("Ann Cole, who
    chairs Harbour Watch said")? Not when it follows "who" ("Ann Cole, who Tom Lee said")."""
    if subject is None or subject.kind != "name":
        return False
    n = next((k for k in range(j, len(tokens)) if tokens[k].is_cap), len(tokens))  # the name
    if n < 2 or tokens[n - 1].lower in _RELATIVES:
        return False
    return any(t.lower in _RELATIVES for t in tokens[max(0, n - _RELATIVE_REACH) : n])


def _unclosed_appositive(tokens: list[Token], j: int) -> Subject | None:
    """ "Katie Packer, who chairs Our Principles PAC said", "Nate Silver, the polling guru who
    founded fivethirtyeight.com tweeted": an appositive whose closing comma is missing. The
    phrase before the verb (none, or an object of a preposition in the appositive) is not
    who speaks; the name opening the clause before the appositive's comma is."""
    stops = (
        c
        for c in range(j - 1, max(-1, j - _APPOSITIVE_LIMIT), -1)
        if tokens[c].text == "," or tokens[c].ends_sentence or tokens[c].text in _APPOSITIVE_STOPS
    )
    comma = next(stops, None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= len(tokens):
        return None
    opener = tokens[comma + 1].lower
    if opener not in _APPOSITIVE_OPENERS and opener not in TITLES | JOB_TITLES:
        return None  # an appositive opens with an article, "who" or a post ("vice president")
    k = comma
    while k > 0 and comma - k < 4 and tokens[k - 1].is_cap and tokens[k - 1].lower not in GOVERNING:
        k -= 1
    if k == comma or (k > 0 and tokens[k - 1].is_word):
        return None  # "In New Hampshire, the governor said": the name opens no clause
    name = _name_subject(tokens[k:comma])
    return name if name is not None and name.kind == "name" else None


def subject_before(tokens: list[Token]) -> Subject | None:
    """The subject ending just before a verb: "Fahmi (also) said", "Fahmi, the minister, said",
    "the minister, Fahmi, said", "Gwen Moore (D-Wis.) said"."""
    i = _skip_adverbs(tokens, len(tokens) - 1)
    if i >= 0 and tokens[i].text == ")":
        i = _skip_adverbs(tokens, _skip_parenthesis(tokens, i))
    role: str | None = None
    inner: list[Token] = []
    if i >= 0 and tokens[i].text == ",":
        i, role, inner = _skip_appositive(tokens, i)
        if i >= 0 and tokens[i].text == ")":
            i = _skip_parenthesis(tokens, i)  # "Jim Jordan (R-Ohio), a member, said"
    if i < 0 or not tokens[i].is_word:
        return _apposed_name(inner, None) if inner and i >= 0 else None
    if tokens[i].lower in PRONOUNS:
        return Subject("pronoun", tokens[i].lower, tokens[i].start, tokens[i].end)
    if not _phrase_word(tokens[i]) or tokens[i].ends_sentence:
        return None
    j = i
    while j > 0 and i - j < _PHRASE_LIMIT and _extends_phrase(tokens, j - 1):
        j -= 1
    subject = _classify(tokens[j : i + 1])
    # A name read after a preposition ("… chairman of Harbour Watch said") may be its object.
    governed = any(t.lower in GOVERNING and not t.is_cap for t in tokens[max(j - 1, 0) : i + 1])
    if not inner and (subject is None or governed or _relative_object(tokens, j, subject)):
        opened = _unclosed_appositive(tokens, j)
        subject = opened if opened is not None else subject
    if subject is not None and subject.kind == "role" and not inner:
        subject = _role_with_place(tokens, j, subject)
    if subject is not None and subject.kind == "name":
        subject = _past_posting(tokens, j, subject)
    if inner and (apposed := _apposed_name(inner, subject)) is not None:
        return replace(apposed, start=subject.start if subject else apposed.start)
    if subject and role and subject.kind == "name" and subject.role is None:
        return replace(subject, role=role, titled=True)
    return subject


def _past_posting(tokens: list[Token], j: int, subject: Subject) -> Subject:
    """ "the ambassador to Britain Liu Xiaoming": the country after "to" ends the role, and
    the name is the words after it."""
    words = subject.text.split()
    if len(words) < 3 or j < 2 or tokens[j - 1].lower != "to":
        return subject
    if tokens[j - 2].lower not in _POSTED_ROLES:
        return subject
    role = f"{tokens[j - 2].lower} to {words[0]}"
    return replace(subject, text=" ".join(words[1:]), role=role, titled=True)


def _role_with_place(tokens: list[Token], j: int, subject: Subject) -> Subject:
    """ "a narrator in the ad asks": the role before "in" (or "at", "from", "with") is the
    subject, the phrase after it only says where; kept in the phrase the text names it by."""
    if j < 2 or tokens[j - 1].lower not in _PLACE_PREPOSITIONS:
        return subject
    k = j - 2
    while k > 0 and j - 2 - k < 3 and _phrase_word(tokens[k - 1]) and not tokens[k].is_cap:
        k -= 1
    head = _role_subject(tokens[k : j - 1])
    if head is None or head.kind != "role" or any(t.is_cap for t in tokens[k + 1 : j - 1]):
        return subject
    written = f"{head.phrase} {tokens[j - 1].lower} {subject.phrase}"
    return replace(head, end=subject.end, phrase=written)


def subject_after(tokens: list[Token], allow_pronoun: bool) -> Subject | None:
    """The subject following a verb: "said Fahmi", "according to the minister"."""
    if not tokens or not tokens[0].is_word:
        return None
    first = tokens[0]
    if first.lower in PRONOUNS:
        pronoun = _OBJECT_PRONOUNS.get(first.lower, first.lower)
        return Subject("pronoun", pronoun, first.start, first.end) if allow_pronoun else None
    j = 0
    while j < min(len(tokens), _PHRASE_LIMIT) and (_phrase_word(tokens[j]) or _connects(tokens, j)):
        if (
            j
            and tokens[j].lower in NAME_CONNECTORS
            and not _connects(tokens, j)
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
    subject = _classify(phrase, owner)
    if subject is not None and subject.kind == "name" and _only_titles(subject.text):
        return _name_after_title(tokens, j, subject)
    if phrase and phrase[-1].is_cap and phrase[-1].lower in POST_ENDINGS:
        # "says Acme’s Regional Sales Director, Tom Lee": the post, then the person's name.
        words = " ".join(t.text for t in phrase)
        post = subject or Subject("role", words, phrase[0].start, phrase[-1].end)
        return _name_after_title(tokens, j, post) or subject
    return subject


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
    name = _name_subject(tokens[j + 1 : end])
    if name is None or name.kind != "name":
        return None
    return replace(name, role=title.text.lower(), titled=True)
