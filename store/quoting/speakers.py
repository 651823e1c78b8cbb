"""Turning attribution subjects into speaker names: fullest names, people versus organisations,
roles ("the minister"), pronouns and statements, read in document order."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from store.quoting.cues import Cue, Mention
from store.quoting.lexicon import LEADER_ROLES, ORG_WORDS, PERSON_PRONOUNS, THING_PRONOUNS
from store.quoting.subjects import Subject

# How many names sharing a word, or holders of a role, to compare; more only happen in
# pathological text, and comparing them all would make resolution quadratic.
_CANDIDATE_LIMIT = 64

Event = Cue | Mention


def _modifiers_match(wanted: list[str], given: list[str]) -> bool:
    """Does every modifier asked for ("comms") match one given ("communications")?"""
    return all(any(g.startswith(w[:4]) or w.startswith(g[:4]) for g in given) for w in wanted)


class Registry:
    """What the whole article says about its names, gathered before any quote is attributed."""

    def __init__(
        self, events: list[Event], acronyms: dict[str, str], plain_names: list[str]
    ) -> None:
        self.acronyms = acronyms
        self._by_word: dict[str, list[str]] = {}
        self._fullest: dict[str, str] = {}
        self._person_votes: Counter[str] = Counter()
        self._speeches: Counter[str] = Counter()
        # role head ("minister") → (event index, modifiers, name) in document order
        self.roles: dict[str, list[tuple[int, list[str], str]]] = {}
        named = [(k, e) for k, e in enumerate(events) if e.subject.kind == "name"]
        for _, event in named:
            self._learn(event.subject.text)
        for name in plain_names:  # after the speakers' names, which win ties
            self._learn(name)
        for k, event in named:
            self._weigh(k, event)
        self.main_speaker = self._main_speaker()

    def _learn(self, name: str) -> None:
        name = self.acronyms.get(name, name)
        if name.lower() in self._fullest:
            return
        self._fullest[name.lower()] = name
        for word in set(name.lower().split()):
            self._by_word.setdefault(word, []).append(name)

    def fullest(self, name: str) -> str:
        """The longest name the article gives that holds this one's words in a row."""
        name = self.acronyms.get(name, name)
        words = name.lower().split()
        best = self._fullest.get(name.lower(), name)
        for known in self._by_word.get(words[0], [])[:_CANDIDATE_LIMIT] if words else []:
            known_words = known.lower().split()
            holds = any(known_words[k : k + len(words)] == words for k in range(len(known_words)))
            if holds and len(known_words) > len(best.split()):
                best = known
        return best

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
        if subject.role:
            *modifiers, head = subject.role.split()
            self.roles.setdefault(head, []).append((index, modifiers, name))

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
        self.last_person: str | None = None
        self.last_org: str | None = None
        self.last_statement: str | None = None
        self.orgs_by_head: dict[str, str] = {}  # "commission" → the latest org so named
        self.position = 0  # index of the event being read, to compare with the role table's

    def read(self, events: list[Event]) -> None:
        """Resolve every cue's speaker; `events` must be the list the registry was built from."""
        for k, event in enumerate(events):
            self.position = k
            speaker = self._resolve(event.subject)
            if isinstance(event, Cue):
                event.speaker = speaker
                if event.statement and speaker and event.subject.kind != "pronoun":
                    self.last_statement = speaker

    def _note(self, name: str) -> str:
        if self.registry.is_person(name):
            self.last_person = name
        else:
            self.last_org = name
            self.orgs_by_head[name.lower().split()[-1]] = name
        return name

    def _resolve(self, subject: Subject) -> str | None:
        if subject.kind == "name":
            return self._note(self.registry.fullest(subject.text))
        if subject.kind == "pronoun":
            return self._pronoun(subject.text)
        if subject.kind == "statement":
            return self.registry.fullest(subject.text) if subject.text else self.last_statement
        return self._role(subject) if subject.definite else None

    def _pronoun(self, pronoun: str) -> str | None:
        if pronoun in PERSON_PRONOUNS:
            return self.last_person
        return self.last_org if pronoun in THING_PRONOUNS else None

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
