"""casebrowser's store: case file, ingest, cleaning, extraction, search. Never imports textual."""
