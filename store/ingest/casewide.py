"""What an ingest settles across the whole case once its documents are stored: names that
only the case as a whole can decide."""

from __future__ import annotations

from store.case import Case
from store.cleaning.outlets import site_of, unified_outlets
from store.cleaning.sitenames import repeated_site_segments
from store.ingest.copy_linking import complete_primaries, redated_events
from store.quoting.speaker_names import fuller_names


def settle_case_names(case: Case) -> None:
    """Primaries of copies take the citation fields they lack from their copies; titles lose
    the site's name other titles of the site repeat; speakers named in full elsewhere in the
    case get their full name and the names the user merged are merged again; each site's
    documents get one outlet name."""
    complete_primaries(case)
    settle_titles(case)
    case.name_speakers(fuller_names(case.speaker_names()))
    case.set_outlets(unified_outlets(case.outlet_evidence()))


def settle_titles(case: Case) -> int:
    """Take off the title segments the site's documents share (`repeated_site_segments`);
    how many titles changed."""
    found = case.site_titles()
    dates = {doc_id: day for doc_id, _, _, day in found}
    titles = [(doc_id, site_of(url), title) for doc_id, url, title, _ in found]
    changes = repeated_site_segments(titles)
    for doc_id, title in changes.items():
        day = dates[doc_id]
        events = redated_events(case, doc_id, day, title) if day else None
        case.update_document_metadata(doc_id, events=events, title=title)
    return len(changes)
