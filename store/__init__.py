"""casebrowser's store: case file, ingest, cleaning, extraction, search. Never imports textual."""

# The version of the extraction (cleaning, quotes, dates, speakers) that a document's rows come
# from, stored with each document. Bump it in the change that makes any of them find something
# else: `store.ingest.reextract` then redoes every older document from its stored raw text.
# 0 is a document stored before versions were recorded.
# 3: documents carry the print their copies are known by (store.ingest.copy_prints).
# 4: a quotation its cue interrupts is one quote; fewer doubtful speakers (store.quoting).
# 5: quotes carry their speaker's role (store.quoting.roles).
# 6: cleaning, speakers (one name a person, roles, signatures, no trailing comma) and dates
#    (generic "today" and years, past stretches, ranges, no dates from code) changed.
# 7: cleaning (comment buttons, author notes past the menus, captions inside the article),
#    speakers (well-formed names only, heading labels, variants agree on the speaker) and
#    dates (generic "today" and year-ends, narrative years, "the day before X") changed.
EXTRACTION_VERSION = 7
