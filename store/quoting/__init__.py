"""Quotes in a cleaned article: `store.quoting.quotes.find_quotes` is the entry point; marks,
cues, subjects, speakers and attribution are its steps. `variants` and `fingerprint` compare quotes
across documents, `speaker_names` gives one name per person across a case."""
