"""What stands between a sentence's subject and its verb: the run of capitals and titles
that makes the name ("Former harbour commissioner Ann Cole"), and the asides after it (a
bracket, a party tag, a day, an apposition). `store.quoting.context` reads subjects with
these."""

from __future__ import annotations

import re

from store.quoting.lexicon import LOWER_CASE_TITLES, NAME_CONNECTORS
from store.quoting.tokens import Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Role nouns between a name's modifiers and the name ("Republican presidential nominee Ann
# Cole", "band member Flea"), besides the titles every parse knows.
_ROLE_NOUNS = LOWER_CASE_TITLES | _words(
    "candidate nominee member chair host anchor adviser advisor aide strategist pollster "
    "activist official spokesperson correspondent editor columnist writer author organizer "
    "organiser chief executive owner president"
)
_PARTY_RE = re.compile(r"[RDI]-[A-Z][\w.]*")  # "R-Wis.", "D-N.Y."
_APPOSITION_OPENERS = _words("who which a an the whose")
_DAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_COMMA_REACH = 20  # tokens an apposition may run before its comma


def name_end(tokens: list[Token], i: int) -> int:
    """End of the capitalised run (with "of" joining capitals and lower-case titles, as in
    "Former Arkansas governor Mike Huckabee") that starts at `i`."""
    j = i
    while j < len(tokens):
        token = tokens[j]
        joins = token.lower in NAME_CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].is_cap
        if token.is_cap or (j > i and (joins or token.lower in _ROLE_NOUNS)):
            j += 1
        elif j > i and (title := _title_ahead(tokens, j)):
            j = title + 1  # "Former harbour commissioner Ann Cole": modifiers of a title
        else:
            break
    return j


def _title_ahead(tokens: list[Token], j: int) -> int:
    """Index of a lower-case title within two words of `j` and followed by a capital, or 0."""
    for k in range(j, min(j + 3, len(tokens) - 1)):
        if tokens[k].lower in _ROLE_NOUNS and tokens[k + 1].is_cap:
            return k
        if not tokens[k].is_word or tokens[k].is_cap:
            return 0
    return 0


def past_aside(tokens: list[Token], j: int) -> int:
    """Past what stands between a name and its verb without commas of its own: a bracket
    ("Sen. Ann Cole (Vt.)"), a party and state ("Ann Cole, R-Wis.,"), a day ("The council on
    Friday made …")."""
    if j < len(tokens) and tokens[j].text == "(":
        close = next((k for k in range(j, min(len(tokens), j + 8)) if tokens[k].text == ")"), None)
        j = j if close is None else close + 1
    if j + 3 < len(tokens) and tokens[j].text == "," and _PARTY_RE.fullmatch(tokens[j + 1].text):
        # Past the comma closing the tag, unless an apposition opens there ("…, R-Wis., who").
        opens = tokens[j + 3].lower in _APPOSITION_OPENERS
        j = j + 2 if opens or tokens[j + 2].text != "," else j + 3
    if (
        j + 1 < len(tokens)
        and tokens[j].lower in {"on", "last", "this"}
        and tokens[j + 1].lower in _DAYS
    ):
        j += 2
    return j


def after_apposition(tokens: list[Token], j: int) -> int:
    """Index of the verb after "Ann Cole, who chairs the board," (or `j` if no comma opens
    an apposition there, or it does not close in time)."""
    if tokens[j].text != "," or j + 1 >= len(tokens) or tokens[j + 1].is_cap:
        return j  # no apposition, or a clause of its own ("Salem, Trump went")
    for k in range(j + 1, min(len(tokens) - 1, j + _COMMA_REACH)):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].ends_sentence or not (tokens[k].is_word or tokens[k].text in "-–—'’"):
            return j
    return j
