"""casebrowser's store: the case file, ingest, cleaning, extraction and search. Never imports textual."""
