"""Which of several names for one person a merge keeps, unless the user says otherwise."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from store.quoting.names import clean_name


def fullest_name(names: Sequence[str], quotes: Mapping[str, int] | None = None) -> str:
    """The name with the most words of the person's own name ("Fahmi Fadzil" over "Fadzil"
    and over "Communications Minister Fahmi", whose role is not his name); among equals the
    one with fewer other words, then the one with more `quotes`, then the first given.

    Raises ValueError for no names.
    """
    if not names:
        raise ValueError("no names to choose from")
    counts = quotes or {}

    def fullness(name: str) -> tuple[int, int, int]:
        own = len(clean_name(name).split())
        return own, own - len(name.split()), counts.get(name, 0)

    return max(names, key=fullness)  # max keeps the first of equals
