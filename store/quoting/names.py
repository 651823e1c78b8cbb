"""Well-formed speaker names, and the gender a name or a title gives away.

A speaker is a name, not the capitalised run it was read from: headlines capitalise verbs
("Hillary Clinton Joked"), sentences open with capitalised adjectives and places ("Struggling
Donald Trump", "Spain’s Rafael Nadal"), and a role can leave its tail on the name ("of State
Mike Pompeo"). `clean_name` trims such runs to the name; roles are kept apart by the parse.

Gender, where the text gives it, lets "she said" skip past the man named last (as the
GenderGapTracker and sieve-based systems do): by honorific (Mr, Mrs), by a gendered role
("spokeswoman"), or by a common first name. Names used by both sexes are not listed.
"""

from __future__ import annotations

import re
from typing import Literal

from store.quoting.lexicon import (
    CUE_VERBS,
    HONORIFICS,
    JOB_TITLES,
    NAME_CONNECTORS,
    NOT_SPEAKERS,
    ORG_WORDS,
    PARTY_LABELS,
    POST_ENDINGS,
    TITLES,
)
from store.quoting.scan import WordStart

Gender = Literal["m", "f"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE_NAMES = _words(
    "aaron abdul adam adrian ahmed alan albert alexander alfred ali andrew angus anthony antonio "
    "arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad "
    "brandon brian bruce bryan carl carlos charles charlie christopher clarence colin craig "
    "dale dan daniel danny darren dave david dennis dick dominic don donald doug douglas "
    "duncan dwight earl ed eddie edward elijah emmanuel eric ernest eugene evan francis frank "
    "fred frederick gary gavin george gerald gordon graham greg gregory gustavo harold harry "
    "henry howard hugh ian isaac jack jacob jake james jared jason jeb jeff jeffrey jeremy "
    "jerry jim jimmy joe joel jon john johnny jonathan jorge jose joseph josh joshua juan julian "
    "justin keith ken kenneth kevin kurt larry lawrence leon leonard lindsey louis luis "
    "malcolm marco mark martin matt matthew michael miguel mike mitch mitt mohammed muhammad "
    "nathan neil newt nicholas nick nigel oliver omar oscar patrick paul pedro peter phil "
    "philip rafael ralph rand randy raymond reince reuben richard rick rob robert roger ron "
    "ronald roy rudy russell ryan sam samuel scott sean sergei seth simon stephen steve steven "
    "stuart sterling irving ted terry thomas tim timothy todd tom tony travis trey vladimir "
    "walter wayne william willie xavier yusuf zach"
)
FEMALE_NAMES = _words(
    "abigail ada alice alicia alison amanda amy ana andrea angela angelina anita ann anna anne "
    "annie barbara betsy betty beverly bonnie brenda catherine carly carol caroline carolyn "
    "cathy charlotte cheryl christina christine cindy claire claudia cynthia debbie deborah "
    "debra diana diane donna doris dorothy elaine eleanor elena elise elizabeth ellen emily "
    "emma erin eva evelyn fiona florence frances gabrielle gillian gina gloria grace hannah "
    "heather heidi helen hillary huma irene jacqueline jane janet janice jean jennifer jenny "
    "jessica jill joan joanna josephine joy joyce judith judy julia julie karen kate katherine "
    "kathleen kathryn kathy katie kellyanne kirsten laura lauren linda lisa lois loretta "
    "louise lucy lynn madeleine margaret maria marie marilyn martha mary megan megyn melania "
    "melissa michelle mildred monica nancy natalie nicole nikki nina olivia pamela patricia "
    "paula pauline peggy penny rachel rebecca rita rose rosa ruth samantha sandra sara sarah "
    "sharon sheila shirley sonia sophie stephanie susan suzanne sylvia tammy teresa theresa "
    "tiffany tina ursula valerie veronica victoria virginia wendy yvonne zoe"
)
MALE_WORDS = _words(
    "mr he his him himself man men king prince lord sir father husband son brother uncle "
    "chairman spokesman congressman businessman councilman congressmen nephew grandfather"
)
FEMALE_WORDS = _words(
    "mrs ms miss she her herself woman women queen princess lady dame mother wife daughter "
    "sister aunt chairwoman spokeswoman congresswoman businesswoman councilwoman actress "
    "niece grandmother madam"
)
_PARTICIPLE_RE = re.compile(r"^[A-Z][a-z]{3,}ing$")
_ROLE_CONNECTORS = frozenset(["of", "for"])
# Capitalised words that open a sentence before a name and are no part of it.
_NOT_NAMES = _words("neither either both not only even every each all some many most another")
_TITLE_WORDS = TITLES | HONORIFICS | JOB_TITLES | _words("gov general lt sgt adm atty supt")
_POSTS = TITLES | JOB_TITLES | POST_ENDINGS
_CUE_WORDS = frozenset(verb.lower() for verb in CUE_VERBS.split("|"))
_POSSESSIVE_RE = re.compile("[’']s?$")
_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])
_VERSION_RE = re.compile(r"[A-Za-z]\d")  # a letter, then a digit: "HTML5", "H2S"


def gender_of_word(word: str) -> Gender | None:
    """The gender a first name, honorific, pronoun or role word gives, if any."""
    word = word.lower().rstrip(".")
    if word in MALE_NAMES or word in MALE_WORDS:
        return "m"
    if word in FEMALE_NAMES or word in FEMALE_WORDS:
        return "f"
    return None


def _first_name(word: str) -> bool:
    word = word.lower()
    return word in MALE_NAMES or word in FEMALE_NAMES


def first_name_gender(name: str) -> Gender | None:
    words = name.split()
    return gender_of_word(words[0]) if len(words) > 1 else None


def reads_as_a_person(name: str) -> bool:
    """Does a run of capitalised words read as a person's name or post: one word (a surname,
    "Okafor"), a first name known for a person's ("Ann Cole"), an honorific, or a title or a
    post among its words ("Mayor Cole", "Port Director")? "Harbour Style Box" and "Quay
    Movers" read as a product's and a firm's names."""
    words = name.split()
    if len(words) == 1 or first_name_gender(name) or gender_of_word(words[0]):
        return True
    return any(word.lower().rstrip(".") in _POSTS for word in words)


def clean_name(name: str) -> str:
    """The name in a capitalised run: no leading connector ("of State Mike Pompeo"), no
    possessor before it ("Spain’s Rafael Nadal"), no trailing verb ("Hillary Clinton Joked"),
    no possessive ending ("Department’s"), no party label ("Republican Ann Cole", a role),
    and no capitalised words before a known first name ("Struggling Donald Trump"). A run
    with nothing left is returned as it was."""
    words = name.split()
    possessors = [k for k, w in enumerate(words[:-1]) if _POSSESSIVE_RE.search(w)]
    if possessors:
        words = words[possessors[-1] + 1 :]
    if len(words) > 3 and words[0].lower() in _ROLE_CONNECTORS:
        words = words[2:]  # "of State Jon Husted": the tail of a role ("Secretary of State")
    while words and (words[0].lower() in NAME_CONNECTORS or words[0].lower() in _NOT_NAMES):
        words = words[1:]  # "for Human Rights", "Neither Clinton"
    if len(words) > 2 and words[0].lower() in PARTY_LABELS and not _body(words[1:]):
        words = words[1:]  # "Republican Ann Cole": the party is a role, not her name
    while len(words) > 1 and _PARTICIPLE_RE.search(words[0]) and not _first_name(words[0]):
        words = words[1:]  # "Injecting Clinton": a participle opening the sentence
    titles = [k for k, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _TITLE_WORDS]
    if titles:
        words = words[titles[-1] + 1 :]  # "New Jersey Gov Chris Christie", "General Ban"
    while len(words) > 1 and words[-1].lower() in _CUE_WORDS:
        words = words[:-1]
    while len(words) > 1 and words[0].lower() in _CUE_WORDS:
        words = words[1:]  # "Said Comey, …" opening a sentence
    if words:
        words[-1] = _POSSESSIVE_RE.sub("", words[-1]) or words[-1]
    first = next((k for k, w in enumerate(words[:-1]) if _first_name(w)), 0)
    if first and not any(w.lower() in NAME_CONNECTORS for w in words[:first]):
        words = words[first:]
    if words and _first_name(words[0]):
        cut = next((k for k, w in enumerate(words) if k >= 2 and w in _ROLE_CONNECTORS), None)
        words = words[:cut]  # "Jason Gill of Cheyenne", "Cam Easley for Morning Consult"
    return " ".join(words) if words and words[-1] else name


def _body(words: list[str]) -> bool:
    """Do the words name a body ("National Convention", "Leadership Council")?"""
    return any(word.lower() in ORG_WORDS for word in words)


# "Mr. Cole", "Mrs Cole": the honorific gives the surname's gender for the whole article.
_HONORIFIC = r"(M(?:r|rs|s|iss))\.?\s+(?:[A-Z][\w’'-]*\s+)?([A-Z][\w’'-]*)"
_HONORIFIC_RE = WordStart(_HONORIFIC)


def find_honorifics(text: str) -> dict[str, Gender]:
    """Surnames given with an honorific, each with the gender it gives."""
    found: dict[str, Gender] = {}
    for match in _HONORIFIC_RE.finditer(text):
        gender = gender_of_word(match.group(1))
        if gender:
            found[_POSSESSIVE_RE.sub("", match.group(2))] = gender
    return found


# --- what a capitalised run says of being a name, by its shape ---------------------------


def inside_a_sentence(word: str, text: str) -> bool:
    """Is `word` (capitalised, as written) written after a lower-case letter or a comma and a
    space somewhere in `text`, that is, inside a sentence, where a capital marks a name?"""
    needle = " " + word
    at = text.find(needle)
    while at >= 0:
        after = at + len(needle)
        ends = after == len(text) or not (text[after].isalnum() or text[after] == "-")
        if ends and at > 0 and _after_lower_case_word(text, at):
            return True
        at = text.find(needle, at + 1)
    return False


def _after_lower_case_word(text: str, at: int) -> bool:
    """Does the word before the space at `at` end with a comma, or is it a lower-case word
    going on with its sentence? Not a capitalised word ("Child Tax Credit" holds "Tax" inside
    a name), nor one that ends a sentence ("… health. Discussions ranged")."""
    before = text[text.rfind(" ", 0, at) + 1 : at]
    return bool(before) and (before.endswith(",") or (before[0].islower() and before[-1].islower()))


def no_name(name: str) -> bool:
    """Is a capitalised run no one's name: a button's word ("Sharing"), a pronoun ("You"),
    a name with a version or model number ("HTML5", "Lumix S5 II"), or a run of acronyms, as a
    product or a standard is named ("NVIDIA CUDA", "SAP CRM"; a speaking body's acronym
    stands alone: "NATO", "the FBI")?"""
    words = name.split()
    if all(word.lower() in NOT_SPEAKERS for word in words):
        return True
    if any(_VERSION_RE.search(word) for word in words):
        return True  # "HTML5", "Lumix S5 II"; not "EB-5 Investment Coalition"
    return len(words) > 1 and all(_acronym(word) for word in words)


def _acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def surname(words: list[str]) -> str:
    """The last word of a name but for a generation's suffix ("Charles Elliott III")."""
    if len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS:
        return words[-2]
    return words[-1]


def name_ends(name: str) -> tuple[str, ...]:
    """The words of a name one word may stand for: the first (a first name, a firm's first
    word) and the last (a surname); a word inside ("Tax" of "Child Tax Credit") is none."""
    words = name.lower().split()
    return (words[0], surname(words)) if words else ()


def opens_name(known: list[str], word: str) -> bool:
    """Does a longer name open with `word`, the rest being no run of acronyms?"""
    return known[0].lower() == word and not all(_acronym(w) for w in known[1:])
