"""Files, pages and other tools' exports into the case file: `run.ingest` and `run.ingest_raw`
are the entry points. `walk` finds the files, `formats`, `front_matter`, `fetch` and `importers`
read them, `prepare` and `extract` are the pure per-file pipeline that worker processes run
(`parallel`), `batch` stores their results and `linking` links quote variants across documents;
`reextract` redoes older documents from the raw text the case holds.

Empty on purpose: a worker imports `store.ingest.prepare` alone, without the case's code."""
