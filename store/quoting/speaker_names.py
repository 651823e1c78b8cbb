"""One name per person across a case: a speaker named by one word gets the full name, if unique."""

from __future__ import annotations

from collections import defaultdict


def fuller_names(names: list[str]) -> dict[str, str]:
    """Map each one-word speaker name to the only multi-word name in `names` that contains it.

    Articles about one case often call a person "Fahmi" in one outlet and "Fahmi Fadzil" in
    another; when the case holds exactly one longer name with that word, they are one speaker.
    A word shared by two longer names ("Lee" in "Ann Lee" and "Bo Lee") stays as it is.
    """
    by_word: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) > 1:
            for word in words:
                by_word[word.casefold()].add(name)
    renames = {}
    for name in names:
        if len(name.split()) == 1:
            candidates = by_word.get(name.casefold(), set())
            if len(candidates) == 1:
                renames[name] = next(iter(candidates))
    return renames
