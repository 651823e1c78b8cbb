"""Other tools' exports into the case: articles from JSON Lines (`jsonl`), citation metadata
from Zotero's CSL-JSON or BibTeX (`bibliography`) matched to stored documents (`metadata`)."""
