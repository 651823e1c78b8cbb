"""The post written after a speaker's name, in an appositive: ", said Ann Cole, marketing
director, Acme", ", said Ryan Farley, CEO, LawnStarter", "— Kyle Wiens, CEO iFixit", ", said
Jan Lee, associate professor of shipping at Dover". The words up to the next comma (or the
sentence's end) are the role when they end in, or hold before "of"/"at", a word for a post."""

from __future__ import annotations

from dataclasses import replace

from store.quoting.lexicon import JOB_TITLES, LOWER_CASE_TITLES, POST_ENDINGS, TITLES
from store.quoting.phrases import Subject
from store.quoting.tokens import Token

_POSTS = TITLES | JOB_TITLES | LOWER_CASE_TITLES | POST_ENDINGS
_OPENERS = frozenset(["a", "an", "the"])
_ROLE_LIMIT = 6  # words an appositive post takes before its organisation
_STOPS = frozenset(["of", "at", "for", "with", "in"])


def role_after(subject: Subject, tokens: list[Token], comma: int) -> Subject:
    """`subject` (a name read after a verb, ending before tokens[comma], a comma) with the
    post the appositive after it names, if it names one and the name had none."""
    if subject.kind != "name" or subject.role or comma >= len(tokens):
        return subject
    if tokens[comma].text != ",":
        return subject
    words: list[Token] = []
    for token in tokens[comma + 1 : comma + 1 + _ROLE_LIMIT + 1]:
        if not token.is_word:
            break
        words.append(token)
        if token.ends_sentence:
            break
    role = _post(words)
    return replace(subject, role=role, titled=True) if role else subject


def _post(words: list[Token]) -> str | None:
    """The post the appositive's words open with, in lower case: up to its last word for a
    post, before any "of"/"at" that names where it is held."""
    if words and words[0].lower in _OPENERS:
        words = words[1:]
    cut = next((k for k, t in enumerate(words) if t.lower in _STOPS), len(words))
    head = words[:cut][:_ROLE_LIMIT]
    last = max((k for k, t in enumerate(head) if t.lower in _POSTS), default=-1)
    if last < 0 or any(t.is_cap and t.lower not in _POSTS for t in head[:last]):
        return None  # "Ann Cole, Acme Harbour's owner": no post opens it
    return " ".join(t.lower for t in head[: last + 1])
