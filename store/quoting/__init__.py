"""Helpers behind `store.quotes`: quote marks, attribution cues, speakers and variants."""
