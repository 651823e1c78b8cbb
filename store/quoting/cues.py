"""Attribution cues ("he said", "according to the minister") found in the masked text of a
paragraph, that is with quoted words blanked out. Names mentioned without a verb are
`store.quoting.mentions`'."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from store.quoting.lexicon import (
    COMMON_CUE_VERBS,
    CUE_VERBS,
    GOVERNING,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    TOLD_OBJECTS,
)
from store.quoting.phrases import Subject
from store.quoting.scan import WordStart, alternatives
from store.quoting.subjects import subject_after, subject_before
from store.quoting.tokens import Token, tokenize

# A verb ends at a word boundary, or where a lost space glued the name after it to it
# ("according toMikey Shulman", "saidAnn Cole"), as the tokens split such words.
_VERB_END = r"(?:\b|(?<=[a-z][a-z])(?=[A-Z][a-z]))"
CUES = WordStart(rf"(?:{alternatives([*CUE_VERBS.split('|'), 'According to'])}){_VERB_END}")
COMMON_CUES = WordStart(
    rf"(?:{alternatives([*COMMON_CUE_VERBS.split('|'), 'According to'])}){_VERB_END}"
)
_QUOTE_MARK_RE = re.compile('[“”"«»‘]')
# How far to read either side of a verb; subjects and objects are short, though the post
# apposed to a name after it runs longer ("said Jan Lee, associate professor of …").
_NEAR, _BEFORE, _AFTER = 40, 120, 100
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s")
_GLUED_RE = re.compile(r"[a-z]{2}[A-Z][a-z]")
_SPACE_RE = re.compile(r"\s")
_APOSTROPHE_RE = re.compile("[’']")
_EVIDENCE_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS
# A capitalised pronoun after "told" names no outlet.
_NO_OUTLET = _EVIDENCE_PRONOUNS | {"i"}
# Participles read as cues only right after a name: "footage of Trump saying, “…”".
_PARTICIPLES = {"saying", "asking"}
# An opening “ right before a verb is one typed where a closing mark belongs ('unusual,“ said
# Ann Cole'): an opening mark is followed by its quote's words, never by the verb.
_CLOSING_MARKS = {"”", '"', "»", "’", "“"}
_INVERSION_PUNCTUATION = {",", "—", "–", "-"}
# Verbs of naming that, as participles, name a thing: "a film called “Dune”", "items labeled
# “Made in USA”". With the quote right after the verb they attribute nothing.
_NAMING_VERBS = {"called", "dubbed", "labeled", "labelled", "branded"}
_NEXT_CHARACTER_RE = re.compile(r"\s*(\S)")
_COMPARING = {"compared", "compares"}
# Verbs of saying ending in "s" that are never a plural noun: "The Department of Justice
# complaint says" is a document speaking, not "a series of tweets".
_NEVER_NOUNS = frozenset(
    ["says", "tells", "writes", "explains", "argues", "insists", "adds", "warns", "admits"]
)
_PLEADING = {"pleaded", "pleads"}
_PLEA_RE = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b")
_NEXT_WORD_RE = re.compile(r"\s+(?:with|to)\b")
_LAST_WORD_RE = re.compile(r"([\w’'-]+)\W*$")
_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "who", "you"])
# Verbs whose object follows them: after a comma, "…, told POLITICO" names whom, not who.
_RELATIVE_PRONOUNS = frozenset(["who", "whom"])
_THING_RELATIVES = frozenset(["that", "which"])
# ",” told the Los Angeles Times": after "told" stands whom one speaks to, never who speaks.
_TOLD = frozenset(["told", "tells"])
_TAKE_OBJECTS = frozenset(["told", "tells", "asked", "asks", "called", "calls", "urged", "urges"])
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
# What joins a second verb to the subject of the first: "… and said", "… but then asked".
_CONJUNCTIONS = frozenset(["and", "but"])
_JOINING_ADVERBS = frozenset(["then", "also", "later", "quickly", "again"])


@dataclass
class Cue:
    """An attribution: a verb with the subject it names. `start`/`end` cover both (and the
    verb's object, as in "told reporters")."""

    paragraph: int
    start: int
    end: int
    phrase: str
    subject: Subject
    statement: bool  # the sentence is about a statement, whose source the subject then is
    pronoun_after: str | None  # "X said it would": evidence of what kind of thing X is
    speaker: str | None = None  # filled in by the resolver, in document order
    # How the cue names its speaker: "direct" (a verb of saying), "context" (the subject of
    # the quote's sentence, no such verb), "transcript" (NAME: …), "dash" (“…” — Name),
    # "colon" (a name a dash sets off inside a paragraph: "… - Name: “…”"), "caption" (a
    # paragraph of a name and its post under the quote), "heading" (a heading of a name and
    # its post over the quote).
    how: str = "direct"


def _window(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end], dropping words the window's edges cut in half."""
    start, end = max(0, start), min(len(text), end)
    tokens = tokenize(text[start:end], start)
    if tokens and _splits_word(text, start):
        tokens = tokens[1:]
    if tokens and _splits_word(text, end):
        tokens = tokens[:-1]
    return tokens


def _splits_word(text: str, k: int) -> bool:
    """Does position k cut a word in two? Not where a lost space glued two words, as the
    tokens split them ("toMikey": "to", "Mikey")."""
    if not (0 < k < len(text) and text[k - 1].isalnum() and text[k].isalnum()):
        return False
    return not _GLUED_RE.match(text, max(0, k - 2))


def _told_object(after: list[Token]) -> list[Token]:
    """The object kept in a "told" cue: reporters, the press, an outlet's name."""
    words = after[1:] if after and after[0].lower == "the" else after
    if not words or not words[0].is_word:
        return []
    if words[0].lower in TOLD_OBJECTS:
        return after[: len(after) - len(words) + 1]
    if words[0].is_cap and words[0].lower not in _NO_OUTLET:
        run = next((k for k, t in enumerate(words) if not t.is_cap), len(words))
        return after[: len(after) - len(words) + min(run, 3)]
    return []


def _pronoun_after(tokens: list[Token], end: int) -> str | None:
    rest = [t for t in tokens if t.start >= end][:2]
    if rest and rest[0].lower == "that":
        rest = rest[1:]
    word = _APOSTROPHE_RE.split(rest[0].lower)[0] if rest else ""
    return word if word in _EVIDENCE_PRONOUNS else None


def _subject(verb: str, before: list[Token], after: Callable[[], list[Token]]) -> Subject | None:
    if verb == "according to":
        return subject_after(after(), allow_pronoun=True)
    subject = subject_before(before)
    if subject is None and _relative(before):
        subject = subject_before(before[:-2])  # "Barack Obama, who called …": the name's clause
    if subject is None and _thing_relative(before):
        named = subject_before(before[:-1])  # "a text from Joe Lee that said …": his text
        subject = named if named is not None and named.kind == "name" else None
    if subject is None and verb not in _TOLD and _inverted(before):  # ,” said Fahmi
        subject = subject_after(after(), allow_pronoun=False)
    return subject


def _relative(before: list[Token]) -> bool:
    """Does a relative clause open right before the verb (", who called …")?"""
    return len(before) > 2 and before[-1].lower in _RELATIVE_PRONOUNS and before[-2].text == ","


def _thing_relative(before: list[Token]) -> bool:
    """Does "that" or "which" after a noun open a clause of the verb ("a text from her husband,
    Joe Lee, that said")? A name right before it is whose words they are; a thing ("a piece
    that said", "a letter from his doctor that said") is not told from its author here."""
    return len(before) > 1 and before[-1].lower in _THING_RELATIVES and before[-2].is_word


def _named_after_clause(
    verb: str, before: list[Token], after: Callable[[], list[Token]]
) -> Subject | None:
    """ "… your protein intake, says Keri Gans, a dietitian": inverted after a clause of the
    writer's, the subject is a name (", tweeted a warning" names no one; ", told POLITICO"
    names whom, not who). Read only once no subject stands before the verb."""
    if not before or before[-1].text != "," or verb in _TAKE_OBJECTS:
        return None
    named = subject_after(after(), allow_pronoun=False)
    return named if named is not None and named.kind == "name" else None


def _inverted(before: list[Token]) -> bool:
    """Can the subject follow the verb? Only right after a quote (,” said Fahmi / ”, said
    Fahmi) or at the start of the text read: "…, tweeted a warning" names no speaker."""
    if not before or before[-1].text in _CLOSING_MARKS:
        return True
    if before[-1].ends_sentence or before[-1].text in {".", "!", "?"}:
        return True  # "… complicated. Said Ellis: “…”"
    return (
        len(before) > 1
        and before[-1].text in _INVERSION_PUNCTUATION
        and before[-2].text in _CLOSING_MARKS
    )


def _names_a_thing(verb: str, text: str, start: int, end: int) -> bool:
    """ "a film called “Dune”": a verb of naming with the quote right after it. Not after a
    pronoun or a name, its subject: 'what it called “a clear threat”', 'Cole called it …'."""
    if verb not in _NAMING_VERBS:
        return False
    following = _NEXT_CHARACTER_RE.match(text, end)
    if following is None or following.group(1) not in '“"«‘':
        return False
    before = _LAST_WORD_RE.search(text, max(0, start - 30), start)
    word = before.group(1) if before else ""
    return not (word.lower() in _SUBJECT_PRONOUNS or (word[:1].isupper() and len(word) > 1))


def _opens_sentence(text: str, start: int) -> bool:
    """Does the word at `start` open the text or a sentence ("… complicated. Said Ellis:")?"""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in '.!?:“"”'


def _noun_reading(verb: str, subject: Subject, before: list[Token]) -> bool:
    """Is a verb that is also a plural noun a noun here: "a series of tweets", "Trump’s
    flurry of late-night tweets", "32% of Republican claims"? Its "subject" then runs
    through "of", or "of" stands right before it."""
    if not verb.endswith("s") or verb in _NEVER_NOUNS or not before:
        return False
    if subject.end > before[-1].end:
        return False
    if subject.kind == "role" and "of" in subject.text.split():
        return True
    # The subject's phrase may open with the "of" ("of Republican"), or follow it.
    ahead = [t for t in before if t.start <= subject.start]
    return bool(ahead) and ahead[-1].lower == "of"


def _may_run_on(subject: Subject | None, before: list[Token]) -> bool:
    """Might the subject (or an appositive hiding it) begin before the short stretch read?
    Only if fewer than three tokens of that stretch precede it, or a preposition does: the
    phrase may be its object inside an appositive ("Ann Cole, who chairs Harbour Watch said")."""
    if subject is None or len(before) < 3 or subject.start <= before[2].start:
        return True
    ahead = [t for t in before if t.end <= subject.start]
    inside = [t for t in before if subject.start <= t.start < subject.end and not t.is_cap]
    if any(t.lower in _RELATIVE_PRONOUNS for t in ahead[-4:]):
        return True  # "Ann Cole, who chairs Harbour Watch said": the name may be the object
    return any(t.lower in GOVERNING for t in ahead[-1:] + inside)


def _settled(subject: Subject | None, text: str, verb: int) -> bool:
    """Is the subject a pronoun before the verb, with a space between it and the start of the
    short stretch read? The parse takes a pronoun from the tokens between it and the verb
    alone, and past a space a longer stretch splits into the same tokens: reading more would
    find the same subject. (Often so: quotes are masked, leaving ”, he said.)"""
    if subject is None or subject.kind != "pronoun" or subject.end > verb:
        return False
    return _SPACE_RE.search(text, verb - _NEAR, subject.start) is not None


def _once(read: Callable[[], list[Token]]) -> Callable[[], list[Token]]:
    """`read`, run on the first call only; lighter than functools.cache, made once per cue."""
    kept: list[list[Token]] = []

    def tokens() -> list[Token]:
        if not kept:
            kept.append(read())
        return kept[0]

    return tokens


def _cue(index: int, text: str, match: re.Match[str]) -> Cue | None:
    verb = match.group().lower()
    if match.group()[0].isupper() and not _opens_sentence(text, match.start()):
        return None  # "Frequently Asked Questions": a capital verb speaks only opening one
    if _names_a_thing(verb, text, match.start(), match.end()):
        return None
    # Most subjects ("he", "the minister") sit close to the verb and most cues need nothing
    # after it: read a short stretch first and more only when the parse may need it.
    after = _once(lambda: _window(text, match.end(), match.end() + _AFTER))
    before = _window(text, match.start() - _NEAR, match.start())
    if verb in _PARTICIPLES and not (before and before[-1].is_cap):
        return None  # ", saying …" belongs to the sentence's subject; "Trump saying" to Trump
    if verb in _COMPARING and _NEXT_WORD_RE.match(text, match.end()):
        return None  # "an increase compared with last year": no one speaks
    if is_plea(verb, text, match.end()):
        return None
    subject = _subject(verb, before, after)
    may_run_on = _may_run_on(subject, before) and not _settled(subject, text, match.start())
    if match.start() > _NEAR and may_run_on:
        before = _window(text, match.start() - _BEFORE, match.start())
        subject = _subject(verb, before, after)
    if (
        subject is not None
        and verb not in _PARTICIPLES
        and not _relative(before)  # "a reaction from Obama, who called …": Obama's clause
        and _not_its_subject(subject, before, match.start())
    ):
        # "… to fend off both Trump and Sanders, said Brad Bannon": the phrase before the
        # comma is an object in the writer's clause; the speaker may follow the verb.
        subject = None
    if subject is None:
        subject = _named_after_clause(verb, before, after)
    if subject is None or _noun_reading(verb, subject, before):
        return None
    if _saying(verb, subject, before):
        # The quote is a saying, no one's: a "they" that stands for no one claims it, so no
        # speaker nearby is given it.
        subject = Subject("pronoun", "they", subject.start, subject.end)
    if _passive(verb, before, after()):
        return None
    by_subject = subject.end <= match.start()
    told = _told_object(after()) if verb in {"told", "tells"} and by_subject else []
    end = max(subject.end, told[-1].end if told else match.end())
    phrase = " ".join([verb] + [t.bare for t in told])
    if subject.kind == "statement":
        phrase = f"statement {verb}"
    statement = subject.kind == "statement" or _about_statement(text, match.start())
    evidence = _pronoun_after(after(), end) if subject.kind == "name" else None
    return Cue(index, min(subject.start, match.start()), end, phrase, subject, statement, evidence)


def _saying(verb: str, subject: Subject, before: list[Token]) -> bool:
    """ "as the French say, “…”", "as they say": a people's saying in the present, no one's
    statement. A person says ("as Cole says"); "the French" or "they" say."""
    if verb != "say" or not before or subject.end > before[-1].end:
        return False
    ahead = [t for t in before if t.end <= subject.start]
    people = subject.the or (subject.kind == "pronoun" and subject.text in {"they", "you"})
    return bool(ahead) and ahead[-1].lower == "as" and people


def is_plea(verb: str, text: str, end: int) -> bool:
    """ "pleaded guilty to “wire fraud”": a plea names a charge, says nothing; neither the
    verb nor the sentence's subject is who speaks the charge's words."""
    return verb in _PLEADING and _PLEA_RE.match(text, end) is not None


def _not_its_subject(subject: Subject, before: list[Token], verb: int) -> bool:
    """Is the phrase before the verb the object of a preposition ("a surgery that led to his
    death once asked me", "Over the course of the events described"), or the subject of a
    question ("Has your company ever asked you …")? Then it is not who speaks. (A participle
    of saying is read only right after a name: "footage of Ann Cole saying" is hers.)"""
    if subject.kind == "pronoun" or subject.end > verb:
        return False
    ahead = [t for t in before if t.end <= subject.start]
    if ahead and _APOSTROPHE_RE.search(ahead[-1].text[-2:]):
        ahead = ahead[:-1]  # "vice president of Spicher’s Appliance & Security told us"
    if not ahead or ahead[-1].lower not in GOVERNING:
        return False
    if _inside_organisation(ahead, subject):
        return False
    # "the ambassador to Norway Li Wei said": the preposition is the role's own.
    return ahead[-1].lower not in (subject.role or "").split()


def _inside_organisation(ahead: list[Token], subject: Subject) -> bool:
    """ "The Council on American-Islamic Relations National Executive Director Nihad Awad
    said": the preposition joins two capitalised words of the organisation a titled name's
    role belongs to; it governs nothing of the sentence. (A name with no role after a
    preposition, "Trump on Fox News said", is still the preposition's object.)"""
    return len(ahead) > 1 and ahead[-2].is_cap and subject.kind == "name" and bool(subject.role)


def _passive(verb: str, before: list[Token], after: list[Token]) -> bool:
    """ "a question asked by candidates", "a motif is challenged with …": the verb is a
    participle, and its speaker, if any, comes after "by"."""
    if verb.endswith("s"):
        return False
    return bool(after and after[0].lower == "by") or bool(before and before[-1].lower in _BE)


def _about_statement(text: str, verb: int) -> bool:
    """Does the sentence so far speak of a statement ("In a statement, the ministry said")?"""
    clause = text[max(0, verb - _BEFORE) : verb]
    at = clause.rfind("statement")
    return at >= 0 and _SENTENCE_BREAK_RE.search(clause, at) is None


def find_cues(index: int, text: str) -> list[Cue]:
    """Every attribution in a masked paragraph, in order. A paragraph with no quote mark is
    read for the common verbs only (it has no quote to attribute)."""
    # A paragraph ending in a colon introduces a quotation after it ("The Times reports:").
    verbs = CUES if _QUOTE_MARK_RE.search(text) or text.rstrip().endswith(":") else COMMON_CUES
    cues: list[Cue] = []
    for match in verbs.finditer(text):
        cue = _cue(index, text, match)
        if cue is None and cues:
            cue = _coordinated(index, text, match, cues[-1])
        if cue is not None:
            cues.append(cue)
    return cues


def _coordinated(index: int, text: str, match: re.Match[str], previous: Cue) -> Cue | None:
    """A verb of saying that shares the subject of the cue before it in its sentence: joined
    by "and" or "but" ('She declared “…” and said that …'), or a participle after a comma
    ('Cole told reporters the plan failed, saying …'). It names no subject of its own."""
    verb = match.group().lower()
    if verb == "according to" or previous.end > match.start():
        return None
    if _SENTENCE_BREAK_RE.search(text, previous.end, match.start()):
        return None
    before = _window(text, match.start() - _NEAR, match.start())
    if len(before) > 1 and before[-1].lower in _JOINING_ADVERBS:
        before = before[:-1]  # "and then said", "but also asked"
    if not before:
        return None
    joined = before[-1].lower in _CONJUNCTIONS or (verb in _PARTICIPLES and before[-1].text == ",")
    if not joined:
        return None
    subject = previous.subject
    return Cue(index, match.start(), match.end(), verb, subject, previous.statement, None)
