"""Counts as the app words them: the noun and verb agree with the number."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`count` with `noun` agreeing with it: "1 event", "2,379 events", "1 starred event"."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def verb(count: int, singular: str, plural: str) -> str:
    """The verb that agrees with `count` things: "1 event matches", "2 events match"."""
    return singular if count == 1 else plural
