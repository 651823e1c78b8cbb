"""The plain-regex quote baseline: quoted strings, and the name beside a "said" next to them.

What a reader could write in forty lines without the project: the floor casebrowser's quote
and speaker finding has to clear. A quote with no tag goes to its sentence's subject (the
first capitalised name before it), else to the speaker last
named in its paragraph, or in the paragraph before when it opens its paragraph (news carries a
speaker's quotes on that way); a pronoun speaker ("he said") is the last name found.
"""

from __future__ import annotations

import re

QUOTE = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")
NAME = r"([A-Z][^,.“”\"!?;:]{0,60}?|he|she|they)"
APPOSITION = r"(?:,[^“”\",]{0,80},)?"  # Jane Doe, the mayor, said
VERB = (
    r"(?:said|says|added|told|asked|wrote|explained|argued|insisted|continued|noted|responded"
    r"|stated|tweeted|declared|replied|warned)"
)
AFTER = [
    re.compile(rf"^[,.!?—]?\s*{VERB}\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|he|she|they)"),
    re.compile(rf"^[,.!?—]?\s*{NAME}{APPOSITION}\s+{VERB}\b"),
]
BEFORE = re.compile(rf"{NAME}{APPOSITION}\s+{VERB}(?:\s+\w+){{0,3}}[:,]?\s*$")
PRONOUNS = {"he", "she", "they"}
# Failing a tag, the sentence's first capitalised name before the quote (its subject, mostly):
# "Rubio also bemoaned a climate in which people “literally hate each other”".
SUBJECT = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|But|And|As|If|When|While|After|Before|During|This|That|It|We|I"
    r"|Yet|So|Then|Still|Also|According|Mr|Mrs|Ms)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
MIN_WORDS = 3


def find_quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) for each quoted string of MIN_WORDS words or more in `text`."""
    found: list[tuple[str, str | None]] = []
    last_name: str | None = None
    previous, carried = "", None
    for paragraph in filter(None, map(str.strip, text.split("\n"))):
        current = None
        for match in QUOTE.finditer(paragraph):
            quote = match.group(1) or match.group(2)
            if len(quote.split()) < MIN_WORDS:
                continue
            before = paragraph[: match.start()] or (previous if previous.endswith(":") else "")
            speaker = _speaker(quote, paragraph[match.end() :], before)
            if speaker and speaker.split()[0].lower() in PRONOUNS:  # "He also said"
                speaker = last_name
            elif speaker:
                last_name = speaker
            speaker = speaker or current or (carried if match.start() == 0 else None)
            current = speaker or current
            found.append((quote, speaker))
        previous, carried = paragraph, current
    return found


def _speaker(quote: str, after: str, before: str) -> str | None:
    # “…,” he said: the tag follows a quote that ends on a comma, not one that ends a sentence.
    if quote[-1] in ",?!—-" or after.lstrip()[:1] in {",", "—"}:
        for pattern in AFTER:
            match = pattern.search(after)
            if match:
                return match.group(1).rstrip(".")
    match = BEFORE.search(before)
    if match:
        return match.group(1)
    sentence = SENTENCE_BREAK.split(before)[-1]
    pronoun = re.match(r"\s*(he|she|they)\b", sentence, flags=re.IGNORECASE)
    if pronoun:
        return pronoun.group(1)
    subject = SUBJECT.search(sentence)
    return subject.group(0) if subject else None
