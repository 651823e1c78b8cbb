"""What an article says about its names, gathered before any quote is attributed (`Registry`):
the fullest name each short one stands for, people versus organisations, genders, the holders
of roles. `store.quoting.resolver` then reads the cues in document order."""

from __future__ import annotations

import re
from collections import Counter

from store.quoting.cues import Cue
from store.quoting.lexicon import (
    LOWER_CASE_TITLES,
    ORG_WORDS,
    PERSON_PRONOUNS,
    POST_ENDINGS,
    STOP_WORDS,
    THING_PRONOUNS,
)
from store.quoting.mentions import Mention
from store.quoting.names import (
    Gender,
    clean_name,
    first_name_gender,
    gender_of_word,
    inside_a_sentence,
    name_ends,
    opens_name,
    surname,
)

# How many names sharing a word, or holders of a role, to compare; more only happen in
# pathological text, and comparing them all would make resolution quadratic.
CANDIDATE_LIMIT = 64
_VOTE = {"m": 1, "f": -1, None: 0}

Event = Cue | Mention


def _written_alone(word: str, text: str) -> bool:
    """Does `text` write `word`, as it is, as a word of its own (no letter, digit, "’" or "-"
    beside it)? A substring search and a look at its neighbours: a pattern compiled for each
    word cost more than the rest of the speakers' resolution."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _joins(text[at - 1])) and not (end < len(text) and _joins(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


_ARTICLE_RE = re.compile(r"(?:^|[^\w’'-])(?:[Aa]n?|[Tt]he)\s+$")
# What may follow the head of a phrase: punctuation, the end, or a function word ("are", "in").
_HEAD_END_RE = re.compile(rf"\s*(?:$|[^\w\s]|(?:{'|'.join(sorted(STOP_WORDS))})\b)")
_BODY_RE = re.compile(r"\b([A-Za-z-]+)\s+(?:of|at)\s+((?:[A-Z][\w&’'-]*[ \t]*)+)")
_POSTS = POST_ENDINGS | LOWER_CASE_TITLES | frozenset(["chief", "head", "executive"])


def _after_article(name: str, text: str) -> bool:
    """Does `text` write `name` as a thing or a body is written: after "a", "an" or "the",
    and as the head of its phrase ("a Paris Baguette are", "at the Acme Harbour.")? Not as a
    noun's modifier ("the Ivanka Trump brand": a person's name may name a brand)."""
    at = text.find(name)
    while at >= 0:
        if _ARTICLE_RE.search(text, max(0, at - 5), at) and _HEAD_END_RE.match(
            text, at + len(name)
        ):
            return True
        at = text.find(name, at + 1)
    return False


def bodies_of_posts(text: str) -> set[str]:
    """The capitalised names that posts in `text` belong to ("chief executive of Acme Harbour
    North America", "CEO of Acme", "a professor at Leeds Beckett"), folded: bodies and places,
    no one. A title written capitalised runs into a name ("Secretary of State Ann Cole")."""
    return {
        match.group(2).strip().lower()
        for match in _BODY_RE.finditer(text)
        if match.group(1).lower() in _POSTS and not match.group(1).istitle()
    }


class Registry:
    """What the whole article says about its names, gathered before any quote is attributed."""

    def __init__(
        self,
        events: list[Event],
        acronyms: dict[str, str],
        plain_names: list[str],
        honorifics: dict[str, Gender] | None = None,
        texts: list[str] | None = None,
    ) -> None:
        self.texts = texts or []
        self._text = "\n".join(self.texts)
        self._inside: dict[str, bool] = {}  # memo of inside_a_sentence
        self._lower: dict[str, bool] = {}  # memo of _lower_case
        self.acronyms = acronyms
        self._honorifics = honorifics or {}  # surname → gender its "Mr"/"Mrs" gave
        self._gender_votes: Counter[str] = Counter()  # name → (he) minus (she) evidence
        self._by_word: dict[str, list[str]] = {}
        self._fullest: dict[str, str] = {}
        self._count: Counter[str] = Counter()  # how often the article gives each name
        self._clean: dict[str, str] = {}  # memo of clean_name, asked of every mention
        self._fuller: dict[str, list[str]] = {}  # memo of fuller, once all names are learnt
        self._person_votes: Counter[str] = Counter()
        self._speeches: Counter[str] = Counter()
        self._thing: dict[str, bool] = {}  # memo of is_person's reading of the text
        self._bodies: set[str] | None = None  # what posts belong to: "CEO of Acme Harbour"
        # role head ("minister") → (event index, modifiers, name) in document order
        self.roles: dict[str, list[tuple[int, list[str], str]]] = {}
        named = [(k, e) for k, e in enumerate(events) if e.subject.kind == "name"]
        # First and last words of names read outside context cues, lower case
        self._attested: set[str] = set()
        for _, event in named:
            name = self._learn(event.subject.text)
            if not (isinstance(event, Cue) and event.how == "context"):
                self._attested.update(name_ends(name))
        for name in plain_names:  # after the speakers' names, which win ties
            self._attested.update(name_ends(self._learn(name)))
        for k, event in named:
            self._weigh(k, event)
        self.main_speaker = self._main_speaker()

    def clean(self, name: str) -> str:
        """The name cleaned (`clean_name`), acronyms spelt out."""
        if name not in self._clean:
            self._clean[name] = clean_name(self.acronyms.get(name, name))
        return self._clean[name]

    def _learn(self, name: str) -> str:
        name = self.clean(name)
        known = self._fullest.get(name.lower())
        if known is not None:
            self._count[known] += 1
            return known
        self._fullest[name.lower()] = name
        self._count[name] += 1
        for word in set(name.lower().split()):
            self._by_word.setdefault(word, []).append(name)
        return name

    def attested(self, name: str) -> bool:
        """Is a name that opens a sentence a name? "Opponents said …" is no person: a single
        word must also come in a name read elsewhere (a cue's, a title's, a run of capitals)."""
        words = self.clean(name).lower().split()
        if not words or self.common_noun(name):
            return False
        if len(words) != 1:
            return True
        if words[0] in self._attested:
            return True
        word = self.clean(name)
        if word not in self._inside:
            self._inside[word] = inside_a_sentence(word, self._text)
        return self._inside[word]

    def common_noun(self, name: str) -> bool:
        """Is a capitalised subject common nouns that a sentence's start or a heading
        capitalised ("Protein continues to be huge", "Pro tip: …")? So when the article also
        writes each of its words in lower case and no other name of two words or more holds
        it ("Sun" is a name where "Yinuo Sun" is named)."""
        full = self.clean(name)
        words = full.lower().split()
        return bool(words) and all(self._common_word(word, full) for word in words)

    def _common_word(self, word: str, name: str) -> bool:
        if not word.isalpha():
            return False
        if any(n != name and " " in n for n in self._by_word.get(word, [])[:CANDIDATE_LIMIT]):
            return False
        return self._written_in_lower_case(word)

    def _written_in_lower_case(self, word: str) -> bool:
        """Does the article write the word alone in lower case somewhere?"""
        word = word.lower()
        if word not in self._lower:
            self._lower[word] = _written_alone(word, self._text)
        return self._lower[word]

    def _rank(self, name: str) -> tuple[int, int]:
        """The name the article gives most often, then the longer."""
        return self._count[name], len(name.split())

    def fullest(self, name: str) -> str:
        """The fullest name the article gives that holds this one's words in a row: "Murphy"
        is the "Chris Murphy" named throughout, not the "Anne Marie Murphy" named once."""
        return self.fuller(name)[0]

    def fuller(self, name: str) -> list[str]:
        """The longer names `name` may be short for ("Murphy": "Chris Murphy", "Anne Marie
        Murphy"), the one the article gives most often first; else the name itself."""
        if name in self._fuller:
            return self._fuller[name]
        given, name = name, self.clean(name)
        words = name.lower().split()
        found = []
        for known in self._by_word.get(words[0], [])[:CANDIDATE_LIMIT] if words else []:
            known_words = known.lower().split()
            holds = any(known_words[k : k + len(words)] == words for k in range(len(known_words)))
            if holds and len(known_words) > len(words):
                found.append(known)
        # A full name ends as its short form does ("Beth Helmstetter" for "Helmstetter"); a
        # longer run going on past it ("Beth Helmstetter Events") names a firm, a building,
        # and one with an organisation before it ("Washington Post Trump") is two names run
        # together. A name of two words or more is full already: a longer run holding it has
        # a title or a place run into it ("Britain Liu Xiaoming").
        # Nor is a run whose first word the article writes in lower case a person's name
        # ("Async Rust" where it writes "async Rust": a kind of the thing "Rust" names).
        ending = [
            known
            for known in found
            if surname(known.lower().split()) == words[-1]
            and not set(known.lower().split()[:-1]) & ORG_WORDS
            and not self._written_in_lower_case(known.split()[0])
        ]
        # Else a first name or a firm's first word ("Holly" of "Holly Wilgus", "Acme" of
        # "Acme Harbour"), never a word inside a name ("Tax" of "Child Tax Credit") nor a
        # maker's name before its product's acronyms ("SAP" of "SAP CRM"), nor a word the
        # article writes in lower case: a common noun a sentence's start capitalised ("Tax
        # preparers may call them …" is no "Tax Counseling").
        opening = [
            known
            for known in found
            if opens_name(known.split(), words[0]) and not self._written_in_lower_case(words[0])
        ]
        found = (ending or opening) if len(words) == 1 else []
        found.sort(key=self._rank, reverse=True)
        self._fuller[given] = found or [self._fullest.get(name.lower(), name)]
        return self._fuller[given]

    def _weigh(self, index: int, event: Event) -> None:
        subject = event.subject
        name = self.fullest(subject.text)
        words = set(name.lower().split())
        org = 2 * (bool(words & ORG_WORDS) or name.isupper() or subject.the)
        person = 2 * subject.titled
        if isinstance(event, Cue):
            self._speeches[name] += 1
            person += event.pronoun_after in PERSON_PRONOUNS
            org += event.pronoun_after in THING_PRONOUNS
        self._person_votes[name] += person - org
        # Not the pronoun after the verb: "Cole said he …" is as often about another man.
        for word in (subject.role or "").split():
            self._gender_votes[name] += _VOTE[gender_of_word(word)]
        if subject.role:
            *modifiers, head = subject.role.split()
            self.roles.setdefault(head, []).append((index, modifiers, name))

    def gender(self, name: str) -> Gender | None:
        """A person's gender as the article gives it: by honorific, by first name, else by the
        pronouns and gendered roles that came with the name ("Cole said she …")."""
        words = name.split()
        # "Mr. Trump" tells nothing of Ivanka Trump: an honorific genders a bare surname only.
        given = self._honorifics.get(name) if len(words) == 1 else first_name_gender(name)
        if given:
            return given
        votes = self._gender_votes[name]
        return "m" if votes > 0 else "f" if votes < 0 else None

    def is_person(self, name: str) -> bool:
        """Can the name be a person's, whom "he" or "she" may stand for? Not an organisation
        by its words or the article's use, nor a name nothing marks as a person's (a title,
        a first name that genders it) that the article writes as a thing is written: after
        an article ("a Paris Baguette are", "the Acme Harbour.") or as the body of someone's
        role ("CEO of Acme Harbour North America")."""
        votes = self._person_votes[name]
        if votes < 0 or set(name.lower().split()) & ORG_WORDS:
            return False
        if votes > 0:
            return True  # a title or "he said" after it: a person, whatever the text's shape
        if name not in self._thing:
            self._thing[name] = first_name_gender(name) is None and (
                _after_article(name, self._text) or self._names_a_body(name)
            )
        return not self._thing[name]

    def placeholder(self, name: str) -> bool:
        """Is the name one of a series of labels standing for anyone ("User A" where the
        article also writes "User B", "Company X" and "Company Y")? A person's initial is
        not ("Liz W", unless a "Liz K" is named too, which the article rarely does)."""
        *words, letter = name.split()
        if not words or len(letter) != 1 or not letter.isupper():
            return False
        others = re.findall(re.escape(" ".join(words)) + r" ([A-Z])\b", self._text)
        return any(other != letter for other in others)

    def _names_a_body(self, name: str) -> bool:
        """Does a role the article gives someone belong to this name ("Acme Harbour" of "chief
        executive of Acme Harbour")? Only the whole of it: "founder of Mindy Weiss Party
        Consultants" names a firm after a person, who stays one. Nor a run ending in a
        person's surname: "secretary of State Clinton" where Hillary Clinton is named is her
        title."""
        if self._bodies is None:
            self._bodies = {b for b in bodies_of_posts(self._text) if not self._surname(b)}
        return name.lower() in self._bodies

    def _surname(self, run: str) -> bool:
        """Does the run end in the surname of a name a first name genders ("Hillary Clinton")?"""
        last = run.split()[-1]
        known = self._by_word.get(last, [])[:CANDIDATE_LIMIT]
        return any(n.lower().split()[-1] == last and first_name_gender(n) for n in known)

    def _main_speaker(self) -> str | None:
        """The person most often named as speaking; an unnamed "the minister" is likely them."""
        people = (name for name, _ in self._speeches.most_common() if self.is_person(name))
        return next(people, None)
