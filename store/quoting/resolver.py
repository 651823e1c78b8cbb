"""Reading attribution events in document order to give each cue its speaker: a name in full
(`store.quoting.speakers.Registry` knows the article's names), the latest person a pronoun
can stand for, the holder of a role ("the minister"), whose statement "the statement" is."""

from __future__ import annotations

from bisect import bisect_right

from store.quoting.cues import Cue
from store.quoting.lexicon import (
    LEADER_ROLES,
    PERSON_PRONOUNS,
    READER_POSSESSIVES,
    THING_PRONOUNS,
)
from store.quoting.names import Gender, first_name_gender, gender_of_word, no_name
from store.quoting.phrases import Subject
from store.quoting.speakers import CANDIDATE_LIMIT, Event, Registry

# How many of the latest people a pronoun may reach back to, past ones of the other gender.
_PRONOUN_REACH = 6
# Verbs that go on with the last speaker's statement: "he added" is who spoke last.
_CONTINUING = frozenset(["added", "adds", "continued", "continues", "went on"])
_CONTINUING_REACH = 2  # paragraphs between the statement and the "he added" going on with it
_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# The ends of a firm's name: "the company" or "the firm" after "Acme Corp" is Acme Corp.
_COMPANY_SUFFIXES = frozenset(
    ["corp", "inc", "ltd", "llc", "plc", "co", "company", "corporation", "group"]
)


def _modifiers_match(wanted: list[str], given: list[str]) -> bool:
    """Does every modifier asked for ("comms") match one given ("communications")?"""
    return all(any(g.startswith(w[:4]) or w.startswith(g[:4]) for g in given) for w in wanted)


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
            return None if no_name(name) or self.registry.placeholder(name) else self._note(name)
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
            *reversed(holders[max(0, split - CANDIDATE_LIMIT) : split]),
            *holders[split : split + CANDIDATE_LIMIT],
        ]
        holder = next((n for _, given, n in nearest if _modifiers_match(wanted, given)), None)
        holder = holder or self.orgs_by_head.get(head)
        if holder is None and head in LEADER_ROLES:
            holder = self.registry.main_speaker
        return self._note(holder) if holder else None
