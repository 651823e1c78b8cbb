"""What stands between a subject and its verb: an appositive (", head of the ministry,"), a
bracket ("(D-Wis.)"), an appositive whose closing comma is missing; and the roles written around
a name ("ambassador to Britain Liu Xiaoming", "a narrator in the ad")."""

from __future__ import annotations

from dataclasses import replace

from store.quoting.lexicon import (
    DETERMINERS,
    GOVERNING,
    JOB_TITLES,
    POST_ENDINGS,
    STOP_WORDS,
    TITLES,
)
from store.quoting.phrases import (
    Subject,
    connects,
    name_subject,
    phrase_word,
    role_subject,
    role_words,
)
from store.quoting.tokens import Token

_APPOSITIVE_LIMIT = 25
_PARENTHESIS_LIMIT = 8
# How an appositive after a name opens (", who …", ", the polling guru …"), and what ends the
# search for its comma.
_APPOSITIVE_OPENERS = frozenset(["who", "whose", "a", "an", "the"])
_RELATIVES = frozenset(["who", "whom"])
_RELATIVE_REACH = 4  # "who chairs", "who is chairman of": the verb and its object's lead-in
_APPOSITIVE_STOPS = frozenset(["“", "”", '"', "«", "»", ";", ":", "(", ")"])
# The words between a post and the body it is held at ("founder of Harbour Watch"), and how
# long that body's name may be.
_HELD_AT = frozenset(["of", "for", "at"])
_BODY_WORDS = 4
_POST_WORDS = 4  # words of a post in an appositive: "senior vice president marketing"
_FIELD_WORDS = 2  # "of bioengineering", "of computer science": a field is a word or two
_LIST_ENDS = frozenset(["and", "or"])  # the word before a list's last item
_LIST_ITEM_WORDS = 3
_PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "with"])
# Roles held "to" a country or a body: "ambassador to Britain", "envoy to the UN".
_POSTED_ROLES = frozenset(["ambassador", "envoy", "representative", "adviser", "advisor"])


def skip_appositive(tokens: list[Token], i: int) -> tuple[int, str | None, list[Token]]:
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
            return c - 1, appositive_role(inner), tokens[c + 1 : i]
    return -1, None, []


def appositive_role(inner: list[Token]) -> str | None:
    """The post an appositive names, with the body it is held at when the appositive names
    one in capitals: "senior minister" of "a senior minister", "founder of harbour watch" of
    "founder of Harbour Watch" (not cut to "founder"), "head" of "head of population"."""
    words = [t for t in inner if t.is_word]
    stop = next((k for k, t in enumerate(words) if t.lower in _HELD_AT), None)
    role = _whole_post(words[:stop]) or role_words(words[:stop])
    if role is None or stop is None:
        return role
    field = _field(words[stop:])
    if field:
        return " ".join([role, "of", *field])  # "professor of bioengineering"
    body = _one_body(words[stop + 1 :])
    named = body[1:] if body and body[0].lower == "the" else body
    if not named or len(named) > _BODY_WORDS:
        return role
    if not all(t.is_cap or connects(named, k) for k, t in enumerate(named)):
        return role
    return " ".join([role, words[stop].lower, *(t.lower for t in body)])


def _one_body(body: list[Token]) -> list[Token]:
    """The body a post is held at, up to where a second post joins it ("MIT Sloan and head
    of research at Kensho"): an "and" before a lower-case word joins no part of a name."""
    for k, token in enumerate(body[:-1]):
        if token.lower in _LIST_ENDS and not body[k + 1].is_cap:
            return body[:k]
    return body


def _whole_post(words: list[Token]) -> str | None:
    """The appositive's words when all of them make the post, its modifiers with it:
    "marketing director" of ", marketing director,", not only "director". An appositive
    holds the role alone, so a lower-case word before the title is the title's, unless it is
    a word of a clause ("who is director") or the post's article ("a director": the parse's)."""
    if not 1 < len(words) <= _POST_WORDS or words[-1].lower not in TITLES | POST_ENDINGS:
        return None
    if any(t.lower in STOP_WORDS or t.lower in DETERMINERS for t in words):
        return None
    return " ".join(t.lower for t in words)


def _field(held: list[Token]) -> list[str]:
    """The field a post is of, in lower case with no article ("of bioengineering", "of
    communications"): part of the post, where "of the ferry office" is a place it is held."""
    if len(held) < 2 or held[0].lower != "of":
        return []
    end = next((k for k, t in enumerate(held) if k and t.lower in _HELD_AT), len(held))
    field = held[1:end]
    if len(field) > _FIELD_WORDS or any(t.is_cap or t.lower in DETERMINERS for t in field):
        return []
    return [t.lower for t in field]


def _list_item(segment: list[Token]) -> bool:
    """A short lower-case stretch between a list's commas ("refugees", "schools and roads"),
    naming no one and no role ("head of housing" opens the appositive)."""
    return len(segment) <= _LIST_ITEM_WORDS and not any(
        t.is_cap or t.lower in TITLES or t.lower in JOB_TITLES for t in segment
    )


def skip_parenthesis(tokens: list[Token], i: int) -> int:
    """From a closing bracket, the index before its opening one: "Gwen Moore (D-Wis.) said"."""
    for k in range(i - 1, max(-1, i - _PARENTHESIS_LIMIT), -1):
        if tokens[k].text == "(":
            return k - 1
        if tokens[k].text in "()":
            break
    return -1


def apposed_name(inner: list[Token], before: Subject | None) -> Subject | None:
    """ "his wife, Ann Lee, said": the appositive is the name, the noun before it the role."""
    if before is not None and before.kind != "role":
        return None
    if not inner or not all(t.is_cap or connects(inner, k) for k, t in enumerate(inner)):
        return None
    name = name_subject(inner)
    if name is None or name.kind != "name":
        return None
    role = before.text if before is not None else name.role
    return replace(name, role=role, titled=name.titled or before is not None)


def relative_object(tokens: list[Token], j: int, subject: Subject | None) -> bool:
    """Is the name before the verb the object of a relative clause's own verb ("Ann Cole, who
    chairs Harbour Watch said")? Not when it follows "who" ("Ann Cole, who Tom Lee said")."""
    if subject is None or subject.kind != "name":
        return False
    n = next((k for k in range(j, len(tokens)) if tokens[k].is_cap), len(tokens))  # the name
    if n < 2 or tokens[n - 1].lower in _RELATIVES:
        return False
    return any(t.lower in _RELATIVES for t in tokens[max(0, n - _RELATIVE_REACH) : n])


def unclosed_appositive(tokens: list[Token], j: int) -> Subject | None:
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
    name = name_subject(tokens[k:comma])
    return name if name is not None and name.kind == "name" else None


def past_posting(tokens: list[Token], j: int, subject: Subject) -> Subject:
    """ "the ambassador to Britain Liu Xiaoming": the country after "to" ends the role, and
    the name is the words after it."""
    words = subject.text.split()
    if len(words) < 3 or j < 2 or tokens[j - 1].lower != "to":
        return subject
    if tokens[j - 2].lower not in _POSTED_ROLES:
        return subject
    role = f"{tokens[j - 2].lower} to {words[0]}"
    return replace(subject, text=" ".join(words[1:]), role=role, titled=True)


def role_with_place(tokens: list[Token], j: int, subject: Subject) -> Subject:
    """ "a narrator in the ad asks": the role before "in" (or "at", "from", "with") is the
    subject, the phrase after it only says where; kept in the phrase the text names it by."""
    if j < 2 or tokens[j - 1].lower not in _PLACE_PREPOSITIONS:
        return subject
    k = j - 2
    while k > 0 and j - 2 - k < 3 and phrase_word(tokens[k - 1]) and not tokens[k].is_cap:
        k -= 1
    head = role_subject(tokens[k : j - 1])
    if head is None or head.kind != "role" or any(t.is_cap for t in tokens[k + 1 : j - 1]):
        return subject
    written = f"{head.phrase} {tokens[j - 1].lower} {subject.phrase}"
    return replace(head, end=subject.end, phrase=written)
