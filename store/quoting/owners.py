"""People named as the owner of a sentence's subject: 'In contrast, DiMugno’s study time was
more structured. He said that …'. The owner is who the sentence is about, so a "he" in the
next sentence is likelier them than someone a verb of saying named earlier; these names are
read as mentions (`store.quoting.mentions.Mention`) where they stand.
"""

from __future__ import annotations

import re

from store.quoting.marks import Sentences
from store.quoting.mentions import Mention
from store.quoting.phrases import Subject

_OWNER_RE = re.compile(r"\b(?P<name>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})(?:’s|'s)\s+[a-z]")


def find_owners(index: int, text: str, sentences: Sentences, people: set[str]) -> list[Mention]:
    """Owners of sentence subjects in a masked paragraph that are among `people` (the words
    of names the article gives in full): a subject's owner opens its sentence, or follows
    only an opening adverbial ('In contrast, at a carrier, DiMugno’s …')."""
    found = []
    for match in _OWNER_RE.finditer(text):
        name = match.group("name")
        if name.split()[-1].lower() not in people:
            continue
        lead = text[sentences.start(match.start()) : match.start()]
        if lead.rpartition(",")[2].strip():
            continue  # 'He praised Cole’s plan': an object's owner, not the subject's
        found.append(
            Mention(index, Subject("name", name, match.start(), match.start("name") + len(name)))
        )
    return found
