"""Date words that are part of a name or a number that counts something, not a date.

- A capitalised "Today" or "This Week" away from a sentence's start is a title ("USA TODAY",
  "the Today show", ABC's "This Week"): in running text the date words are lower case.
- A weekday between capitalised words is part of a name ("the Sunday Times", "the Monday
  Club", "Good Friday" when no holiday rule claimed it first), as is a weekday or holiday
  before a noun that heads names of places, pacts and institutions ("Thursday Island", "the
  Good Friday Agreement").
- A holiday or century joined to capitalised words is part of a name: "Easter Island", a
  band "Ex-Easter Island Head", "21st Century Insurance", "Albums of the Year".
- A four-digit number that counts or measures ("a width of 1920 pixels", "a total score of
  2072", "a crowd of 2000") is no year, nor is a street number ("1909 Jolinda Drive").
"""

from __future__ import annotations

import re

from store.timex.lexicon import MONTHS, WEEKDAYS

# Nouns a number before them counts or measures: "2000 people", "1920 pixels".
_COUNTED = """
people persons residents members votes voters points runs goals yards pixels dots lines
words pages copies units items shares dollars euros pounds tons tonnes kilograms kg
grams metres meters feet miles kilometres kilometers km acres hectares calories watts
volts rooms beds seats cars jobs workers employees troops soldiers students cases deaths
patients children times hp horsepower rpm mph degrees bytes kb mb gb
reviewers reviews ratings users customers downloads views subscribers followers likes
participants respondents visitors fans entries products posts comments messages calls
"""
COUNTED = frozenset(_COUNTED.split())
# Nouns whose "of" takes an amount, not a year: "a score of 2072", "a crowd of 2000".
_QUANTITIES = """
score total sum number count crowd population height width depth length weight size
resolution capacity budget price value rate average maximum minimum limit tally margin
amount figure estimate peak high low record attendance audience distance speed
"""
QUANTITIES = frozenset(_QUANTITIES.split())
# Words for a share of an amount: "half of 2000 grapes".
SHARES = frozenset({"half", "third", "fraction", "most", "all", "some", "none", "each", "any"})
# A lower-case plural noun, as read by its ending ("grapes", "entries"), not "was" or "has".
PLURAL = re.compile(r"(?!(?:was|has|is|does|as|us|this|his|its|thus|yes)\b)[a-z]{2,}s")
# Words after a number that make it an address: "1909 Jolinda Drive", "2010 Main St".
_STREETS = """
street st avenue ave road rd drive dr boulevard blvd lane ln way court ct place pl
terrace parkway pkwy highway hwy square crescent close
"""
STREETS = frozenset(_STREETS.split())
NEXT_WORD = re.compile(r"[ \t]{1,3}(?P<word>[A-Za-z][\w.]*)(?:[ \t]{1,3}(?P<then>[A-Za-z]\w*))?")
PREVIOUS_WORDS = re.compile(r"(?P<word>[A-Za-z]+)[ \t]{1,3}of[ \t]{1,3}\Z")
CAPITALISED_BEFORE = re.compile(r"(?P<word>[A-Z][\w'’.-]*)[ \t]{1,3}\Z")
# "``" is the opening quote of plain-text wire copy: "``Today, I'm here".
SENTENCE_START = re.compile(r"(?:\A|(?:[.!?:;\"“”(\[]|``)\s{0,3}|\n\s*|[—–-]\s{1,3})\Z")
# Words that make a weekday a named day: "Black Friday", "Super Tuesday", "Bloody Sunday".
_NAMED_DAY_WORDS = """
Black Cyber Good Holy Ash Palm Easter Maundy Shrove Fat Super Bloody Blue Giving Whit
Small Business Orange Red Green Casual Mad Manic Sad Spirit
"""
NAMED_DAY_WORDS = frozenset(_NAMED_DAY_WORDS.split())
CALENDAR_NAMES = frozenset(MONTHS) | {name.upper() for name in MONTHS}
# A part of the day after a weekday is the day's, capitalised in a headline ("Friday Night").
DAY_PARTS = frozenset({"Morning", "Afternoon", "Evening", "Night", "Noon", "Midnight"})


# A size: "1920 x 1080", "2560×1440".
BY_NUMBER = re.compile(r"\s?[x×X]\s?[0-9]")


def counts_something(text: str, start: int, end: int) -> bool:
    """Whether the number at `start:end` counts or measures, or numbers a street."""
    if BY_NUMBER.match(text, end) or text[max(0, start - 3) : start].rstrip().endswith(("x", "×")):
        return True
    after = NEXT_WORD.match(text, end)
    if after is not None:
        word = after["word"].lower().rstrip(".")
        if word in COUNTED:
            return True
        then = (after["then"] or "").lower()
        if after["word"][0].isupper() and (word in STREETS or then in STREETS):
            return True
    before = PREVIOUS_WORDS.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before["word"].lower()
    if word in QUANTITIES:
        return True
    # "half of 2000 grapes", "most of 1500 acres": a share of things counted; "the first half of
    # 2000" has no plural after it.
    if word not in SHARES or after is None:
        return False
    return PLURAL.fullmatch(after["word"].rstrip(".")) is not None


def at_sentence_start(text: str, start: int) -> bool:
    return SENTENCE_START.search(text, max(0, start - 6), start) is not None


def is_title(text: str, start: int, word: str, end: int = -1) -> bool:
    """A capitalised date word away from a sentence's start ("USA TODAY", "the Today show"),
    or one quoted on its own (the programme "This Week")."""
    if not word[:1].isupper():
        return False
    return not at_sentence_start(text, start) or quoted(text, start, end)


OPENING_QUOTES = "\"“‘'"
CLOSING_QUOTES = "\"”’'"


def quoted(text: str, start: int, end: int) -> bool:
    """Whether `start:end` is all there is between a pair of quote marks: "This Week"."""
    if end < 0 or start == 0 or text[start - 1] not in OPENING_QUOTES:
        return False
    closing = text[end : end + 2]
    return closing[:1] in CLOSING_QUOTES or (closing[:1] in ",." and closing[1:] in CLOSING_QUOTES)


# Nouns that head proper names, capitalised after a day's name: "Thursday Island", "the Good
# Friday Agreement", "Friday Harbor". A person or title after a weekday ("said Thursday
# President Bush") is no such head, and keeps the day.
_NAME_HEADS = """
Island Islands Isle Harbor Harbour Bay Creek River Lake Mountain Mountains Valley Beach
Street Road Avenue Square Bridge Agreement Agreements Accord Accords Treaty Pact Declaration
Massacre Uprising Rising Offensive Club Society Movement Church Mosque Market Markets Times
Herald Mail Telegraph Gazette Tribune Journal Magazine
"""
NAME_HEADS = frozenset(_NAME_HEADS.split())


def heads_a_name(text: str, end: int) -> bool:
    """Whether the word after `end` is a noun heading a name ("Island", "Agreement")."""
    after = NEXT_WORD.match(text, end)
    return after is not None and after["word"].rstrip(".") in NAME_HEADS


def weekday_in_name(text: str, start: int, end: int) -> bool:
    """ "Black Friday" (when no holiday claimed it), "Super Tuesday", "the Sunday Times", "the
    Monday Club", "Thursday Island", "NFL Sunday Ticket"; not "The World Court Friday
    rejected", AP's way of dating."""
    before = CAPITALISED_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and before["word"] in NAMED_DAY_WORDS:
        return True
    if heads_a_name(text, end):
        return True
    # "NFL Sunday Ticket", "the Times Sunday Book Review": capitalised words either side.
    if before is not None and before["word"] not in TITLE_FUNCTION_WORDS:
        after = NEXT_WORD.match(text, end)
        word = after["word"].rstrip(".") if after is not None else ""
        if word[:1].isupper() and word not in TITLE_FUNCTION_WORDS and word != "I":
            return word not in CALENDAR_NAMES and word not in WEEKDAYS and word not in DAY_PARTS
    # "the Sunday Times", "The Monday Club": a weekday after "the" naming a capitalised thing.
    if text[max(0, start - 4) : start].lower() != "the ":
        return False
    after = NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after["word"].rstrip(".")
    return word[:1].isupper() and word not in CALENDAR_NAMES and word not in WEEKDAYS


# Capitalised words that carry on a title-case headline rather than a name: "Rally Set For
# Friday Night In Capital".
TITLE_FUNCTION_WORDS = frozenset(
    {"In", "At", "On", "For", "To", "And", "Or", "As", "With", "From", "By", "Of", "The", "A"}
)


def time_of_day_in_name(text: str, start: int, end: int) -> bool:
    """Whether the time of day at `start:end`, after a weekday, is capitalised and goes on into
    a capitalised word, as a name does ("Friday Night Lights", "Sunday Morning Herald"); in
    running text the part of a day is lower case ("Friday night")."""
    if not text[start : start + 1].isupper():
        return False
    after = NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after["word"].rstrip(".")
    if not word[:1].isupper() or word in TITLE_FUNCTION_WORDS:
        return False
    return word not in CALENDAR_NAMES and word not in WEEKDAYS


# A capitalised word joined by a hyphen just before: "Ex-Easter", "Post-Christmas Blues".
HYPHENED_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’]*[-‐]\Z")
# Capitalised words after a date word that still leave it a date: "Christmas I spent at home".
_NOT_NAMING = frozenset({"I", "Day", "Eve", "Week", "Weekend"})


def in_proper_name(text: str, start: int, end: int) -> bool:
    """Whether the date word at `start:end` is joined to a capitalised word after it or by a
    hyphen before it, so a name holds it ("Easter Island", "Ex-Easter Island Head", "21st
    Century Insurance"); a month, weekday or "Day" after it keeps it a date."""
    if HYPHENED_CAPITAL_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    after = NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after["word"].rstrip(".")
    if not word[:1].isupper() or word in _NOT_NAMING:
        return False
    return word not in CALENDAR_NAMES and word not in WEEKDAYS


# A determiner or possessive, and perhaps one adjective, before a year that modifies a noun:
# "a 2010 raid", "its 1990 invasion", "his unsuccessful 1996 campaign", "the company's 1989
# results".
MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Tt]hat|[Tt]his|[Tt]hese"
    r"|[Tt]hose|[Ww]hose)|\w['’]s)[ \t]{1,3}(?:[a-z]+[ \t]{1,3})?\Z"
)
NOUN_AFTER = re.compile(r"[ \t]{1,3}[A-Za-z]")


def year_as_modifier(text: str, start: int, end: int) -> bool:
    """Whether the year at `start:end` modifies the noun after it: "a 2010 commando raid"."""
    if NOUN_AFTER.match(text, end) is None:
        return False
    return MODIFIER_BEFORE.search(text, max(0, start - 30), start) is not None


# Nouns after a season that keep it a time: "in summer months", "the spring semester".
_SEASON_TIME_NOUNS = """
months month weeks week days day season seasons semester term quarter half break holidays
holiday vacation recess session sessions
"""
SEASON_TIME_NOUNS = frozenset(_SEASON_TIME_NOUNS.split())
# Words that open a phrase or clause of their own after a season: "in spring and fall", "in
# summer when", "in winter is".
_FUNCTION_WORDS = """
and but for nor yet the this that these those its their his her our your when while where
which who whom whose what before after since until till during through into onto upon with
without from about against among around over under between are was were has had have will
would can could may might should must does did been being also only too again even just
then there here now not all each every both some any most more many much such than
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
LOWER_WORD_AFTER = re.compile(r"[ \t]{1,3}(?P<word>[a-z]{3,})\b(?![-‐'’])")


def season_in_compound(text: str, end: int) -> bool:
    """Whether the season ending at `end` modifies the noun after it, as in "tuna in spring
    water", "kids in summer camp", "dressed in winter coats": a kind of thing, not a time."""
    after = LOWER_WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after["word"]
    return word not in SEASON_TIME_NOUNS and word not in FUNCTION_WORDS


# An owner before a capitalised century: "its 21st Century unit", "Fox's 20th Century".
OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Ww]hose)|\w['’]s)[ \t]{1,3}\Z"
)


def century_in_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised "21st Century" at `start:end` is part of a name: a capitalised
    word or a noun after it ("21st Century Fox", "its 21st Century unit"), or an owner before
    it ("its 21st Century"); "in the 21st Century and beyond" stays a century."""
    if in_proper_name(text, start, end):
        return True
    if OWNER_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    after = LOWER_WORD_AFTER.match(text, end)
    return after is not None and after["word"] not in FUNCTION_WORDS
