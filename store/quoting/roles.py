"""The role an article gives a speaker, as it writes it: "Secretary of State" for "Secretary of
State Mike Pompeo said", "chief executive" for "the company’s chief executive, Jane Roe, said",
"Acme’s Regional Sales Director" for "said Acme’s Regional Sales Director, Tom Lee".

The subjects parse (`store.quoting.subjects`) keeps a name's title or role apart from the name,
in lower case and sometimes cut short ("secretary", the rest of the title left on the name as
"of State Mike Pompeo"). The role is found again in the text beside the name, so it is given as
written: the words the parse named, the rest of a title between them and the name, and an owner
named in capitals before them ("Acme’s"). A speaker keeps the first role the article gives them
(an article introduces a person with their title), and their quotes all carry it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.quoting.cues import Cue
from store.quoting.lexicon import ABBREVIATIONS, CUE_VERBS, JOB_TITLES, LOWER_CASE_TITLES, TITLES
from store.quoting.mentions import Mention
from store.quoting.names import clean_name
from store.quoting.phrases import Subject
from store.quoting.speakers import Registry

# How far from the name the role is looked for: an appositive ("Jane Roe, the chief executive
# of Acme, said") stands within a few words of it.
_REACH = 120
# Between the words the parse named and the name: the rest of a title ("of State", "to
# Britain"), words only, no punctuation that would end it (", Jane Roe").
_TITLE_TAIL = re.compile(r"\s+(?:[\w’'&.-]+\s+)*")
# An owner named in capitals before the role: "Acme’s", "the State Department’s" (a capital
# "The" opening a sentence is no part of it).
# Words that tell a clause, not a post: a verb of saying ("Song said Democratic presidential
# candidate"), a joined pair ("Donald Trump and Sen.").
_CLAUSE_WORDS = frozenset(CUE_VERBS.casefold().split("|")) | {"and", "or"}
_POST_WORDS = TITLES | JOB_TITLES | LOWER_CASE_TITLES
# How many roles' patterns are kept compiled: a case names a few hundred kinds of post.
_PATTERNS_KEPT = 1024
_OWNER = re.compile(
    r"(?:(?<=\s)|^)(?!(?:The|A|An)\s)((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*[’']s\s+)$"
)


def speaker_roles(
    events: list[Cue | Mention], texts: list[str], registry: Registry
) -> dict[str, str]:
    """Each speaker's role as first given in the article: from a cue whose resolved speaker
    it names, or from a titled mention ("Communications Minister Fahmi Fadzil") of the name.
    `events` must be resolved already (their cues' speakers set)."""
    roles: dict[str, str] = {}
    for event in events:
        subject = event.subject
        if subject.kind != "name" or not subject.role or event.paragraph >= len(texts):
            continue
        name = event.speaker if isinstance(event, Cue) else registry.fullest(subject.text)
        if not name or name in roles:
            continue
        written = written_role(subject, texts[event.paragraph])
        if written:
            roles[name] = written
    return roles


def written_role(subject: Subject, text: str) -> str | None:
    """The role given with `subject` (a name) as `text` writes it near the name; None when its
    words are not found there."""
    if not subject.role:
        return None
    low, high = max(0, subject.start - _REACH), min(len(text), subject.end + _REACH)
    matches = list(role_pattern(subject.role).finditer(text, low, high))
    if not matches:
        return None
    nearest = min(matches, key=lambda match: _distance(match, subject))
    start, end = nearest.start(), nearest.end()
    end = _title_end(text, end, subject)
    # The owner stands right before the role: only the stretch of text it may take is read.
    owner = _OWNER.search(text, max(0, start - _REACH), start)
    if owner:
        start = owner.start(1)
    role = _without_full_stop(" ".join(text[start:end].strip(" ,;:").split()))
    return role if role and reads_as_a_post(role) else None


@lru_cache(maxsize=_PATTERNS_KEPT)
def role_pattern(role: str) -> re.Pattern[str]:
    """The role's words as a text may write them, in any case: "sen" is "Sen." there. Compiled
    once for each role ("secretary of state", "sen"), which a case's articles give again and
    again, rather than for each name given one."""
    pattern = r"\.?\s+".join(re.escape(word) for word in role.split())
    return re.compile(rf"(?<![\w’']){pattern}\.?(?![\w’'])", re.IGNORECASE)


def _without_full_stop(role: str) -> str:
    """The role without the stop ending its sentence ("founder of Harbour Watch."), keeping an
    abbreviation's ("Sen.")."""
    last = role.rsplit(" ", 1)[-1].rstrip(".").lower()
    if role.endswith(".") and len(last) > 1 and last not in ABBREVIATIONS:
        return role[:-1]
    return role


def reads_as_a_post(role: str) -> bool:
    """Whether the words found before a name read as one post ("Texas Sen.", "Secretary of
    State", "retired general"), not as the end of a clause the name stands in ("Hillary
    Clinton aggressively prosecuted Sen.", "the endorsement of Sen.", "Trump and Sen."): a
    post holds no verb of saying, no "and", no adverb, and no participle after its first word;
    a lower-case word before "of" is a post ("professor of law"), not a thing ("deaths of")."""
    words = [word.strip(".,’'").casefold() for word in role.split()]
    written = role.split()
    for at, word in enumerate(words):
        lower = written[at][0].islower()
        if word in _CLAUSE_WORDS or (lower and word.endswith("ly")):
            return False
        if lower and at > 0 and word.endswith("ed"):
            return False
        after_a_thing = at > 0 and written[at - 1][0].islower() and words[at - 1] not in _POST_WORDS
        if word == "of" and after_a_thing:
            return False
    return True


def _distance(match: re.Match[str], subject: Subject) -> int:
    if match.end() <= subject.start:
        return subject.start - match.end()
    if match.start() >= subject.end:
        return match.start() - subject.end
    return 0  # inside the subject's span: "Secretary of State Mike Pompeo"


def _title_end(text: str, end: int, subject: Subject) -> int:
    """Where a title cut short by the parse ends: "Secretary" goes on to "of State" when only
    words stand between it and the name."""
    name = clean_name(subject.text)
    at = text.find(name, end, subject.end) if name else -1
    if at > end and _TITLE_TAIL.fullmatch(text, end, at):
        return at
    return end
