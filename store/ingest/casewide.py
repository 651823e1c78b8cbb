"""What an ingest settles across the whole case once its documents are stored: names that
only the case as a whole can decide."""

from __future__ import annotations

from store.case import Case
from store.cleaning.outlets import unified_outlets
from store.ingest.copy_linking import complete_primaries
from store.quoting.speaker_names import fuller_names


def settle_case_names(case: Case) -> None:
    """Primaries of copies take the citation fields they lack from their copies; speakers
    named in full elsewhere in the case get their full name and the names the user merged are
    merged again; each site's documents get one outlet name."""
    complete_primaries(case)
    case.name_speakers(fuller_names(case.speaker_names()))
    case.set_outlets(unified_outlets(case.outlet_evidence()))
