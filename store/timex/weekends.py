""" "The weekend" as any weekend: the length of time something is had for, or the days a habit
or a piece of advice falls on, not a dated weekend.

- advice to the reader, a suggestion or an order, with no past in its sentence ("why not rent
  a car for the weekend?", "If you're moving on the weekend, book early", "Plan a getaway for
  the weekend"): whichever weekend the reader picks;
- a habit in the present ("they often catch up on work during the weekend"): every weekend.

"Over the weekend, officials confirmed", "the minister will travel over the weekend", "Let's
meet over the weekend" and "You missed it over the weekend" keep their weekend: a report, a
plan, a past.
"""

from __future__ import annotations

import re

from store.timex.addressed import imperative_sentence
from store.timex.around import SECOND_PERSON, sentence_around
from store.timex.candidates import Candidate
from store.timex.habits import USUAL
from store.timex.past import has_finite_past
from store.timex.tense import tense_direction

# A suggestion put as a question: "Why not rent a car for the weekend?", "How about a trip?".
SUGGESTION = re.compile(r"\b(?:[Ww]hy[ \t]{1,3}not|[Hh]ow[ \t]{1,3}about)\b")
# "Let's see if the servers recover after the weekend", "Let's meet over the weekend": the
# writer's own plan, not advice, whatever weekend it names.
OWN_PLAN = re.compile(r"[\W_]{0,3}[Ll]et(?:['’]s|[ \t]{1,3}us)\b")


def any_weekend(text: str, candidate: Candidate, phrase: str) -> bool:
    """Whether "the weekend" at `candidate` is any weekend (see above)."""
    if phrase.lower() != "the weekend":
        return False
    start, end = sentence_around(text, candidate.start)
    advice = SECOND_PERSON.search(text, start, end) or SUGGESTION.search(text, start, end)
    ordered = imperative_sentence(text, start, end) and not OWN_PLAN.match(text, start, end)
    if advice or ordered:
        # Read for a finite past only: "get excited about a car to rent" has none.
        return not has_finite_past(text, start, end)
    direction = tense_direction(text, candidate.start, candidate.end)
    return direction == 0 and USUAL.search(text, start, end) is not None
