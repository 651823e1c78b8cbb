"""Turning attribution subjects into speaker names: fullest names, people versus organisations,
roles ("the minister"), pronouns and statements, read in document order."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from store.quoting.cues import Cue
from store.quoting.lexicon import (
    LEADER_ROLES,
    ORG_WORDS,
    PERSON_PRONOUNS,
    READER_POSSESSIVES,
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
    no_name,
    opens_name,
    surname,
)
from store.quoting.phrases import Subject

# How many names sharing a word, or holders of a role, to compare; more only happen in
# pathological text, and comparing them all would make resolution quadratic.
_CANDIDATE_LIMIT = 64
# How many of the latest people a pronoun may reach back to, past ones of the other gender.
_PRONOUN_REACH = 6
_POSSESSIVE_RE = re.compile("[’']s?$")
_VOTE = {"m": 1, "f": -1, None: 0}
# Verbs that go on with the last speaker's statement: "he added" is who spoke last.
_CONTINUING = frozenset(["added", "adds", "continued", "continues", "went on"])
_CONTINUING_REACH = 2  # paragraphs between the statement and the "he added" going on with it
_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

Event = Cue | Mention
# The ends of a firm's name: "the company" or "the firm" after "Acme Corp" is Acme Corp.
_COMPANY_SUFFIXES = frozenset(
    ["corp", "inc", "ltd", "llc", "plc", "co", "company", "corporation", "group"]
)


def _modifiers_match(wanted: list[str], given: list[str]) -> bool:
    """Does every modifier asked for ("comms") match one given ("communications")?"""
    return all(any(g.startswith(w[:4]) or w.startswith(g[:4]) for g in given) for w in wanted)


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
        if any(n != name and " " in n for n in self._by_word.get(word, [])[:_CANDIDATE_LIMIT]):
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
        for known in self._by_word.get(words[0], [])[:_CANDIDATE_LIMIT] if words else []:
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
        return self._person_votes[name] >= 0 and not (set(name.lower().split()) & ORG_WORDS)

    def _main_speaker(self) -> str | None:
        """The person most often named as speaking; an unnamed "the minister" is likely them."""
        people = (name for name, _ in self._speeches.most_common() if self.is_person(name))
        return next(people, None)


class Resolver:
    """Reads events in document order, keeping the latest person, organisation and statement
    source, so "he", "it" and "the statement" resolve to what came last."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.people: list[str] = []  # people named so far, the latest last, each once
        self.last_org: str | None = None
        self.last_statement: str | None = None
        self.orgs_by_head: dict[str, str] = {}  # "commission" → the latest org so named
        self.position = 0  # index of the event being read, to compare with the role table's
        self.last_speaker: str | None = None  # the person the latest verb of saying named
        self.last_spoken = 0  # the paragraph they were named in

    def read(self, events: list[Event], sentences: list[tuple[int, int]] | None = None) -> None:
        """Resolve every cue's speaker; `events` must be the list the registry was built from,
        `sentences` says which sentence each stands in."""
        subject: tuple[tuple[int, int], str] | None = None  # the latest speaker and sentence
        for k, event in enumerate(events):
            self.position = k
            if self._unattested(event):
                continue
            speaker = self._continued(event) or self._resolve(event.subject, self._honorific(event))
            sentence = sentences[k] if sentences else (event.paragraph, k)
            if isinstance(event, Cue):
                event.speaker = speaker
                if event.statement and speaker and event.subject.kind != "pronoun":
                    self.last_statement = speaker
                self._note_addressee(event, speaker)
                if speaker in self.people and event.how != "context":
                    self.last_speaker, self.last_spoken = speaker, event.paragraph
                subject = (sentence, speaker) if speaker in self.people else None
            elif subject is not None and subject[0] == sentence:
                # A name met in the sentence of a speaker ("He praised Senator Ann Lee") is
                # less likely than the speaker to be the next "he".
                self._note(subject[1])

    def _continued(self, event: Event) -> str | None:
        """ "he added", "she went on": a pronoun with a verb that continues a statement
        stands for the last speaker, if the gender fits, whoever was named since."""
        if not isinstance(event, Cue) or event.subject.kind != "pronoun" or not self.last_speaker:
            return None
        if event.phrase not in _CONTINUING or event.subject.text not in _PRONOUN_GENDER:
            return None
        if event.paragraph - self.last_spoken > _CONTINUING_REACH:
            return None  # too far from the statement it would go on with
        gender = self.registry.gender(self.last_speaker)
        if gender not in (_PRONOUN_GENDER[event.subject.text], None):
            return None
        return self._note(self.last_speaker)

    def _note_addressee(self, cue: Cue, speaker: str | None) -> None:
        """ "Cole told Tom Lee": the one told is a person a later "he replied" may stand for,
        though less likely than the speaker, who stays the latest."""
        verb, *told = cue.phrase.split()
        if verb not in {"told", "tells"} or not told or first_name_gender(" ".join(told)) is None:
            return
        self._note(self.registry.fullest(" ".join(told)))
        if speaker is not None and speaker in self.people:
            self._note(speaker)

    def _unattested(self, event: Event) -> bool:
        """Is the event a sentence subject that is no name ("Opponents gathered …")?"""
        if not isinstance(event, Cue) or event.how != "context" or event.subject.kind != "name":
            return False
        return not self.registry.attested(event.subject.text)

    def _note(self, name: str) -> str:
        if self.registry.is_person(name):
            if self.people and self.people[-1] != name and name in self.people[-_PRONOUN_REACH:]:
                self.people.remove(name)
            if not self.people or self.people[-1] != name:
                self.people.append(name)
        else:
            self.last_org = name
            head = name.lower().split()[-1]
            self.orgs_by_head[head] = name
            if head in _COMPANY_SUFFIXES:
                self.orgs_by_head["company"] = self.orgs_by_head["firm"] = name
        return name

    def _honorific(self, event: Event) -> Gender | None:
        """The gender of the honorific the name has here ("Mrs. Clinton said"): where an
        article names Mr. and Mrs. Clinton, each "Clinton" is the one its own title says."""
        subject = event.subject
        if (
            subject.kind != "name"
            or not subject.titled
            or event.paragraph >= len(self.registry.texts)
        ):
            return None
        words = self.registry.texts[event.paragraph][subject.start : subject.end].split()
        return gender_of_word(words[0]) if len(words) > 1 else None

    def _resolve(self, subject: Subject, honorific: Gender | None = None) -> str | None:
        if subject.kind == "name":
            if self.registry.common_noun(subject.text):
                # "Aides said", "Protein continues": as the text gives it, but no one a later
                # "he" or "she" can stand for.
                return self.registry.clean(subject.text)
            name = self._name(subject.text, honorific)
            return None if no_name(name) else self._note(name)
        if subject.kind == "pronoun":
            return self._pronoun(subject.text)
        if subject.kind == "statement":
            if subject.text:
                return self.registry.fullest(subject.text)
            # Whose statement the article said before; else the statement, as written.
            return self.last_statement or subject.phrase
        owner = (subject.phrase or "").split()[:1]
        if owner and owner[0].lower() in READER_POSSESSIVES:
            return None  # "your husband still claims": the reader's, no one reported
        # A role no one is named in ("the agency", "another supporter") is named as written.
        return (self._role(subject) if subject.definite else None) or subject.phrase

    def _name(self, text: str, honorific: Gender | None = None) -> str:
        """A name in full. "Clinton", when the article names Bill and Hillary Clinton, is the
        one it names more often (of the gender a "Mrs." gave, if one did). A full name of the
        other gender is another person: "Mrs. Clinton", where only Bill Clinton is named in
        full, stays "Clinton" rather than become him."""
        candidates = self.registry.fuller(text)
        gender = honorific or self.registry.gender(text)
        if gender is None:
            return candidates[0]
        fit = [n for n in candidates if self.registry.gender(n) in (gender, None)]
        return fit[0] if fit else self.registry.clean(text)

    def _pronoun(self, pronoun: str) -> str | None:
        if pronoun in PERSON_PRONOUNS:
            return self._person(_PRONOUN_GENDER[pronoun])
        return self.last_org if pronoun in THING_PRONOUNS else None

    def _person(self, gender: Gender) -> str | None:
        """The latest person the pronoun can stand for: "she" passes over the men named since
        her; a person of unknown gender will do."""
        recent = reversed(self.people[-_PRONOUN_REACH:])
        fits = [n for n in recent if self.registry.gender(n) in (gender, None)]
        return fits[0] if fits else None

    def _role(self, subject: Subject) -> str | None:
        """ "the minister": the latest holder named before, else the first named after, else an
        organisation so named ("the commission"), else for a leader the main speaker."""
        *wanted, head = subject.text.split()
        holders = self.registry.roles.get(head, [])
        split = bisect_right(holders, self.position, key=lambda holder: holder[0])
        nearest = [
            *reversed(holders[max(0, split - _CANDIDATE_LIMIT) : split]),
            *holders[split : split + _CANDIDATE_LIMIT],
        ]
        holder = next((n for _, given, n in nearest if _modifiers_match(wanted, given)), None)
        holder = holder or self.orgs_by_head.get(head)
        if holder is None and head in LEADER_ROLES:
            holder = self.registry.main_speaker
        return self._note(holder) if holder else None
