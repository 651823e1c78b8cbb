"""Authors in the forms citation styles write them: a byline split into people, each into
given and family names, then listed as APA ("Van der Sar, E., & Martin, J.-P."), MLA ("Van der
Sar, Ernesto, and Jean-Pierre Martin") or Chicago ("Ernesto Van der Sar and Jean-Pierre
Martin") list them, or by surname alone in an in-text citation.

A byline naming a newsroom ("Reuters Staff", "BBC") is never inverted; a surname keeps its
particles ("Van der Sar", "van Beethoven").
"""

from __future__ import annotations

from dataclasses import dataclass

from store.cleaning.authors import is_organisation, split_authors


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that begin a surname ("Ernesto Van der Sar", "Ludwig van Beethoven").
SURNAME_PARTICLES = _words("van von der den de del della di da das dos du la le ter ten")
# Bylines naming a newsroom rather than a person are never inverted.
NEWSROOM_WORDS = _words("staff team desk reporter reporters correspondent editors board news")


@dataclass(frozen=True)
class Name:
    """An author: `given` is empty for a newsroom or a single-word byline."""

    given: str
    family: str

    @property
    def natural(self) -> str:
        return f"{self.given} {self.family}".strip()

    @property
    def inverted(self) -> str:
        return f"{self.family}, {self.given}" if self.given else self.family

    @property
    def initials(self) -> str:
        """Family name and initials, APA's form: "Van der Sar, E.", "Martin, J.-P."."""
        if not self.given:
            return self.family
        initials = " ".join(
            "-".join(f"{part[0]}." for part in word.split("-") if part)
            for word in self.given.split()
        )
        return f"{self.family}, {initials}"


def names(author: str | None) -> list[Name]:
    """The byline's authors, each split into given and family names."""
    if not author:
        return []
    return [_name(part) for part in split_authors(author)]


def _name(text: str) -> Name:
    words = text.split()
    is_newsroom = any(
        word.lower() in NEWSROOM_WORDS or (len(word) > 1 and word.isupper()) for word in words
    )
    if len(words) < 2 or is_newsroom or is_organisation(text):
        return Name(given="", family=text)
    start = next(
        (i for i in range(1, len(words) - 1) if words[i].lower() in SURNAME_PARTICLES),
        len(words) - 1,
    )
    return Name(given=" ".join(words[:start]), family=" ".join(words[start:]))


def surnames(authors: list[Name], conjunction: str) -> str:
    """In-text author form: one name, two joined, or the first and "et al."."""
    if len(authors) == 1:
        return authors[0].family
    if len(authors) == 2:
        return f"{authors[0].family} {conjunction} {authors[1].family}"
    return f"{authors[0].family} et al."


def apa_authors(authors: list[Name]) -> str:
    listed = [name.initials for name in authors]
    return listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])}, & {listed[-1]}"


def mla_authors(authors: list[Name]) -> str:
    if len(authors) == 1:
        return authors[0].inverted
    if len(authors) == 2:
        return f"{authors[0].inverted}, and {authors[1].natural}"
    return f"{authors[0].inverted}, et al."


def chicago_authors(authors: list[Name]) -> str:
    natural = [name.natural for name in authors]
    if len(natural) > 3:
        return f"{natural[0]} et al."
    if len(natural) == 3:
        return f"{natural[0]}, {natural[1]}, and {natural[2]}"
    return " and ".join(natural)
