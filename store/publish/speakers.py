"""Who said a quote, as a citation names them: the speaker, "speaker unknown" when nobody is
known, and where a style allows it the role the article gives them: "Mike Pompeo, Secretary of
State".

The role is the one the article gives (`Quote.role`). A title the article abbreviated before
the name ("Sen. Ann Lee") is written out after it ("Ann Lee, Senator"), as an abbreviation
stands only before a name. Which styles name the role is `store.publish.cite`'s decision.
"""

from __future__ import annotations

import re

from store.models import Citation

# Who said a quote whose speaker is not known: the words the quote list shows for it.
UNKNOWN_SPEAKER = "speaker unknown"

# Titles abbreviated before a name in news writing (AP style), written out.
_ABBREVIATED_TITLES = {
    "adm": "Admiral",
    "atty": "Attorney",
    "capt": "Captain",
    "cmdr": "Commander",
    "col": "Colonel",
    "det": "Detective",
    "gen": "General",
    "gov": "Governor",
    "insp": "Inspector",
    "lt": "Lieutenant",
    "maj": "Major",
    "pres": "President",
    "rep": "Representative",
    "sen": "Senator",
    "sgt": "Sergeant",
    "supt": "Superintendent",
}
_ABBREVIATION = re.compile(r"\b([A-Z][a-z]{1,3})\.?(?=\s|$)")


def written_out(role: str) -> str:
    """`role` with the titles abbreviated before a name written out: "Lt. Gov." is
    "Lieutenant Governor"; other words as the article wrote them."""

    def spelt(match: re.Match[str]) -> str:
        return _ABBREVIATED_TITLES.get(match.group(1).lower(), match.group(0))

    return _ABBREVIATION.sub(spelt, role)


def with_role(speaker: str, role: str | None) -> str:
    """ "Mike Pompeo, Secretary of State": the speaker and the role the article gives them;
    the speaker alone when there is no role, or the role is only the name's own words."""
    if not role or role.casefold() in speaker.casefold():
        return speaker
    return f"{speaker}, {written_out(role)}"


def speaker_of(citation: Citation) -> str:
    """Who said the quote, as a citation names them: `UNKNOWN_SPEAKER` when nobody is known."""
    return citation.speaker or UNKNOWN_SPEAKER


def speaker_with_role(citation: Citation) -> str:
    """Who said the quote and the role the article gives them, where a style names it:
    "Mike Pompeo, Secretary of State"."""
    if not citation.speaker:
        return UNKNOWN_SPEAKER
    return with_role(citation.speaker, citation.role)
