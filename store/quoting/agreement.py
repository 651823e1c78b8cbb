"""Can a speaker named by a noun ("a voter", "the mayor", "a spokesman") be the person
another report names ("Hillary Clinton", the Democratic nominee)?

Two outlets reporting one statement may name its speaker differently: one by name, the other
by what the speaker is ("the mayor said"). But like words by a named person and by an
anonymous one are as often two statements: a voter echoing a candidate's line. The noun's head
tells them apart, read against the role the named speaker's own article gives them:

- a noun for someone who speaks for another (a spokesman, an aide, an official), for a body
  (the company, the ministry) or for a document (a statement, the report) agrees with anyone:
  the named person's words may well reach one outlet through them;
- a noun the named speaker's role holds agrees ("the mayor", Mayor Ana Lopes; "the chief
  executive", Acme's chief executive Jane Roe);
- a noun that gives a gender the named speaker's first name contradicts disagrees ("a woman",
  Donald Trump);
- a post (a title, a job) disagrees with a named speaker whose role is another post, and
  agrees when the article gives them none: nothing says they hold another;
- a noun for a member of the public (a voter, a protester, a resident) disagrees unless the
  role holds it: such a speaker is anonymous because they hold no post to be named by;
- any other noun is not known to name a person, so it says nothing against the name.
"""

from __future__ import annotations

import re

from store.quoting.lexicon import JOB_TITLES, LOWER_CASE_TITLES, ORG_WORDS, TITLES
from store.quoting.names import first_name_gender, gender_of_word


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# People who speak for someone else, bodies and documents: a named person's words may be
# reported as theirs. (Singular forms: plurals are read as their singular.)
_SPEAKS_FOR = (
    _words(
        "spokesman spokeswoman spokesperson spokespeople representative aide adviser advisor "
        "official source staffer staff campaign administration statement release report "
        "memo letter email post tweet transcript website account outlet newspaper paper "
        "magazine channel station poll survey study book article story document"
    )
    | ORG_WORDS
)
# Members of the public, named by what they do or are rather than by a post.
_PUBLIC = _words(
    "voter protester protestor demonstrator resident supporter fan attendee participant "
    "spectator onlooker bystander passer-by passerby neighbour neighbor citizen customer "
    "shopper passenger commuter patient parent mother father student pupil worker employee "
    "volunteer veteran witness victim tourist visitor traveller traveler driver farmer "
    "fisherman owner tenant member listener viewer reader caller man woman person people "
    "boy girl teenager mom dad wife husband son daughter critic opponent activist "
    "someone somebody one"
)
_POSTS = TITLES | JOB_TITLES | LOWER_CASE_TITLES
# Words after which a noun phrase's head has been given: "a spokesman for the ministry".
_HEAD_ENDS = _words("for of at from in with who that which on to by outside inside near behind")
# Heads that only count out their noun: "one of the protesters" is a protester.
_COUNTS = _words("one some many several two three few most all each none")
_POSSESSIVE_RE = re.compile("[’']s?$")
# Endings of nouns for someone who does something: "-er" (a supporter, the organisers),
# "-or", "-ist", "-ian", "-ent" or "-ant" (residents, applicants), "-ee" (attendees).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ent", "ant", "ee", "ive")


def head_noun(phrase: str) -> str:
    """The head of a noun phrase, lower case and singular: "spokesman" for "the State
    Department's spokesman", "voter" for "a voter in Ohio", "resident" for "residents",
    "protester" for "one of the protesters"."""
    words: list[str] = []
    folded = phrase.casefold().split()
    if len(folded) > 2 and folded[0] in _COUNTS and folded[1] == "of":
        folded = folded[2:]
    for word in folded:
        if words and word in _HEAD_ENDS:
            break
        words.append(_POSSESSIVE_RE.sub("", word.strip(",.;:")))
    return singular(words[-1]) if words else ""


def singular(word: str) -> str:
    """A plural noun's singular, crudely: enough to match "residents" with "resident",
    "women" with "woman"; a word that is no plural is kept."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def names_someone(noun: str) -> bool:
    """Can a noun name someone who speaks: a person, people, a body or a document ("the BLM
    group", "Clinton supporters", "North Dakota residents", "Quay County farmers"), not a
    thing or an event ("the AI race", "Fed minutes")?"""
    word = singular(_POSSESSIVE_RE.sub("", noun.casefold()))
    if word in _SPEAKS_FOR or word in _PUBLIC or word in _POSTS:
        return True
    return len(word) > 4 and word.endswith(_AGENT_ENDINGS)


def nominal_agrees(nominal: str, name: str, role: str | None) -> bool:
    """May the speaker named by the noun phrase `nominal` be `name`, whose article gives them
    `role` (None: none)? See the module's docstring for the rules, in the order they apply."""
    head = head_noun(nominal)
    if not head or head in _SPEAKS_FOR:
        return True
    held = {singular(word.strip(",.;:’'")) for word in (role or "").casefold().split()}
    if head in held:
        return True
    gender, named_gender = gender_of_word(head), first_name_gender(name)
    if gender and named_gender and gender != named_gender:
        return False
    if head in _POSTS:
        return not (held & _POSTS)
    return head not in _PUBLIC
