"""Speakers named by the layout rather than by a verb: transcripts and signed quotes.

- A transcript line opens with its speaker and a colon: "PENCE: Well, look …", "MR. HOLT: …",
  or a name with the quote right after the colon ("Cole: “We are ready.”"). Every quote of the
  paragraph without a cue of its own is that speaker's. A transcript quoted whole opens each
  turn with a quote mark ("“PENCE: Well, look …"): the turn is the quotation, its name the
  speaker.
- Inside a paragraph, a name set off by a dash (or "from") and followed by a colon introduces
  the quote after it, as digests of other outlets' pieces write: "IOWA TURNOUT - Ann Cole: “…”".
- A label paragraph, a name (and post) and a colon ("Yinuo Sun, founder of Terremoto:"),
  introduces the quote opening the next paragraph; so does a heading of a name and a post,
  with no colon ("Ann Cole, founder of Harbour Watch"), as interviews and round-ups label
  whose answer follows.
- A signed quote ends with a dash and the name: "“We are ready.” — Ann Cole", or the name
  opens the next paragraph ("— Ann Cole."); a post may follow it after a comma ("— Ann Cole,
  founder of Harbour Watch"), the speaker's role. A post alone signs a survey's or a
  testimonial's quote ("— Embedded systems engineer at a startup": `signed_posts.py`).
"""

from __future__ import annotations

import re

from store.quoting.cues import Cue
from store.quoting.lexicon import JOB_TITLES, POST_ENDINGS, TITLES
from store.quoting.marks import TRANSCRIPT_SPEAKER
from store.quoting.names import first_name_gender, reads_as_a_person
from store.quoting.phrases import Subject
from store.quoting.signed_posts import post_signature_cues

# An upper-case speaker (with an honorific or title) before a colon at a paragraph's start,
# or a capitalised name whose colon a quote mark follows.
_TRANSCRIPT_RE = re.compile(
    r"[\s\"“]{0,3}(?P<name>(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+)?[A-Z][A-Z’'.-]+"
    r"(?:\s+[A-Z][A-Z’'.-]+){0,2}):\s"
    r"|[\s\"“]{0,3}(?P<cased>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}):\s*[“\"]"
)
_QUOTED_TURN_RE = re.compile(rf"\s*[\"“«]\s*(?P<name>{TRANSCRIPT_SPEAKER}):\s")
# Inside a paragraph, a name after a dash (or "from") and before a colon that a quote follows:
# a digest's "HEADLINE - Carl Bialik: “…”", "More from Jones: “…”". The last of two names
# joined by "and" is kept, as for subjects.
_INTRODUCED_RE = re.compile(
    r"(?:[―—–-]|\b[Ff]rom)\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+and\s+)?"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}):\s*[“\"]"
)
_HONORIFIC_RE = re.compile(r"^(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+")
# A dash and a name after a closing mark, ending the paragraph or its sentence, or followed
# by the next signed quote ("“…” ― Ann Cole “…” ― Bo Lee", as readers' replies are listed).
# A signature may give the signer's post after a comma ("— Ann Cole, founder of Harbour
# Watch"), to the sentence's or the paragraph's end.
_SIGNED_ROLE = r"(?:,\s*(?P<role>[^.\n“”\"«»,;:]{2,80}))?"
_SIGNATURE_RE = re.compile(
    r"[”\"»]\s*[―—–-]+\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    rf"{_SIGNED_ROLE}\s*(?:[.,]|$|(?=[“\"«]))"
)
_OPENING_SIGNATURE_RE = re.compile(
    r"\s*[―—–-]+\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    rf"{_SIGNED_ROLE}\s*\.?\s*$"
)
# A label's or a caption's name, its surname maybe after a particle ("Edwina von Gal").
_PARTICLE = r"(?:(?:von|van|de|der|den|da|di|du|del|della|al|el|bin|ibn|la|le|ter)\s+)?"
_LABEL_NAME = rf"(?P<name>[A-Z][\w’'.-]*(?:\s+{_PARTICLE}[A-Z][\w’'.-]*){{1,3}})"
_LABEL_RE = re.compile(rf"\s*{_LABEL_NAME}{_SIGNED_ROLE}\s*:\s*$")
# A caption under a quote, with no dash: a name, its post after a comma and maybe where it
# was said in brackets ("Ann Cole, CEO of Quay Ferries (during the May 2 earnings call)"),
# or the body after a second comma ("Ann Cole, chief executive, Quay Ferries").
_CAPTION_RE = re.compile(
    rf"\s*{_LABEL_NAME},\s*"
    r"(?P<role>[^.\n“”\"«»,;:()]{2,80}?)(?:,\s*[A-Z][^.\n“”\"«»,;:()]{0,60})?"
    r"\s*(?:\([^()\n]{0,200}\))?\s*\.?\s*$"
)
_POSTS = TITLES | JOB_TITLES | POST_ENDINGS
_NOT_SPEAKERS = frozenset(
    [
        "note",
        "update",
        "editor’s",
        "editor's",
        "correction",
        "source",
        "photo",
        "video",
        "watch",
        "read",
        "related",
    ]
)


def _name_cue(index: int, match: re.Match[str], group: str, how: str) -> Cue | None:
    raw = match.group(group)
    name = _HONORIFIC_RE.sub("", raw)
    if raw.isupper() or name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
    name = name.rstrip(".")
    if not name or name.split()[0].lower() in _NOT_SPEAKERS:
        return None
    start, end = match.start(group), match.end(group)
    role = match.groupdict().get("role")
    # The post is named by its words, as a verb's subject names it ("founder of harbour
    # watch"); `store.quoting.roles` finds them again as the text writes them.
    role = " ".join(role.lower().split()) if role else None
    subject = Subject("name", name, start, end, role=role, titled=raw != name or bool(role))
    # As the text gives it: "— Ann Cole", "Ann Cole" under the quote, "Ann Cole:".
    phrase = {"dash": f"— {raw}", "caption": raw, "heading": raw}.get(how, f"{raw}:")
    return Cue(index, start, end, phrase, subject, False, None, how=how)


def transcript_cue(index: int, text: str) -> Cue | None:
    """The speaker a transcript line opens with, if the paragraph is one."""
    match = _TRANSCRIPT_RE.match(text)
    if match is None:
        return None
    if match.group("name"):
        return _name_cue(index, match, "name", "transcript")
    if not reads_as_a_person(match.group("cased")):
        return None  # "Harbour Style Box: “…”": a product's or a section's label
    return _name_cue(index, match, "cased", "transcript")


def quoted_turn_cue(index: int, text: str) -> Cue | None:
    """The speaker of a transcript turn quoted whole ("“PENCE: Well, …"), read from the
    original text since the masked one blanks the quotation."""
    match = _QUOTED_TURN_RE.match(text)
    return _name_cue(index, match, "name", "transcript") if match else None


def signature_cues(index: int, text: str) -> list[Cue]:
    """Names signing the quote before them ("…” — Ann Cole"), or opening the paragraph alone."""
    cues = []
    if "—" in text or "―" in text or "–" in text or "-" in text:
        for match in _SIGNATURE_RE.finditer(text):
            cue = _name_cue(index, match, "name", "dash")
            if cue is not None:
                cues.append(cue)
        opening = _OPENING_SIGNATURE_RE.match(text)
        if opening is not None and (cue := _name_cue(index, opening, "name", "dash")):
            cues.append(cue)
        signed = {cue.start for cue in cues}
        cues += [c for c in post_signature_cues(index, text) if c.start not in signed]
    return cues or caption_cues(index, text)


def caption_cues(index: int, text: str) -> list[Cue]:
    """A paragraph that is a name and its post alone, captioning the quote before it ("Ann
    Cole, CEO of Quay Ferries (during the May 2 earnings call)"): its post must name one, so
    "Paris, Texas" or "Smith, Jones and Lee" caption no quote."""
    match = _CAPTION_RE.match(text)
    if match is None or not _POSTS.intersection(match.group("role").lower().split()):
        return []
    cue = _name_cue(index, match, "name", "caption")
    return [cue] if cue is not None else []


def label_cue(index: int, text: str) -> Cue | None:
    """A paragraph that is a label for the quote after it: a name, its post after a comma,
    and a colon ("Yinuo Sun, founder of Terremoto:", "Ann Cole:"). Without a post, only a
    first name known for a person's makes it a name: "Key Takeaways:" labels no speaker."""
    match = _LABEL_RE.match(text)
    if match is None or not (match.group("role") or first_name_gender(match.group("name"))):
        return None
    return _name_cue(index, match, "name", "colon")


def heading_label_cue(index: int, text: str) -> Cue | None:
    """A heading that labels the quote opening the paragraph after it: a name and its post,
    with a colon or none ("Ann Cole, founder of Harbour Watch", "Ann Cole, CEO:"), or a
    name alone before a colon as `label_cue` reads one. A heading of a name alone is a topic
    ("Ann Cole" over a profile), and one whose words after the comma name no post is a place
    or a list ("Porto, Portugal", "Cole, Lee and Costa"): no speaker."""
    label = _LABEL_RE.match(text)
    if label is not None and (label.group("role") or first_name_gender(label.group("name"))):
        return _name_cue(index, label, "name", "heading")
    caption = _CAPTION_RE.match(text)
    if caption is None or not _POSTS.intersection(caption.group("role").lower().split()):
        return None
    return _name_cue(index, caption, "name", "heading")


def introduced_cues(index: int, text: str) -> list[Cue]:
    """Names introducing the quote after their colon inside a paragraph ("… - Ann Cole: “…"):
    like a verb's cue, each attributes the quote it stands before, and only that one."""
    if ":" not in text:
        return []
    cues = (_name_cue(index, m, "name", "colon") for m in _INTRODUCED_RE.finditer(text))
    return [cue for cue in cues if cue is not None]
