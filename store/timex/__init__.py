"""Dates in a cleaned article (TIMEX3-style): `store.timex.dates.find_dates` is the entry point;
the other modules are its patterns, calendar spans and resolution rules. `pubdates` reads the
publication dates metadata gives, `when` says a date at its real precision."""
