"""Helpers behind `store.dates`: the patterns, calendar spans and resolution rules of TIMEX3-style
date expressions. Import `store.dates`, not these."""
