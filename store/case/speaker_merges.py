"""Speaker names the user merged into one person's ("Fadzil" and "Communications Minister
Fahmi" into "Fahmi Fadzil"): the `speaker_merges` table, and the quotes it renames.

A merge renames the quotes at once and every quote a later ingest or re-extraction stores
(`name_speakers`). Each quote it renamed keeps its own name in `quotes.merged_from`, so a merge
can be undone. A speaker the user gave one quote (`how` 'corrected') wins over any merge: such
quotes are never renamed, until the user takes the correction back. Every rename is one
UPDATE a name, through the quotes' update trigger, which keeps the word index (`quotes_fts`)
in step.

The name a merge proposes to keep (`proposed_name`) is a person's name over a role or job title
("Lysis Bourget-Vennin" over "Brand Engagement Manager"): chosen by the name's shape (a title's
head word ends it, or it is not capitalised as a name is), then the fullest of the names left.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

from store.case.annotations import Annotations
from store.case.opening import CaseError
from store.case.quote_index import QuoteIndex
from store.case.sql import utc_now
from store.models import QuoteAnnotation, Speaker
from store.quoting.lexicon import JOB_TITLES, POST_ENDINGS, TITLES
from store.quoting.merge_names import fullest_name

# Quotes whose speaker the user gave: no merge or automatic rename touches them.
NOT_CORRECTED = "how IS NOT 'corrected'"


# A role ends in a post's word (`POST_ENDINGS`, shared with the quote parse: "Brand Engagement
# Manager", "Chief Executive Officer"), or holds a title before "of" ("Head of Content
# Strategy", "King of Jordan"); a surname that is also a title ends a name ("Angus King").
_ROLE_HEADS = TITLES | JOB_TITLES
_ROLE_LINKS = frozenset(("of", "for", "at"))
_LETTERS = re.compile(r"[^\w-]+")


def tidy_name(name: str) -> str:
    """A name as a merge keeps it: one line, single spaces."""
    return " ".join(name.split())


def proposed_name(names: Sequence[str], quotes: Mapping[str, int] | None = None) -> str:
    """The name a merge of `names` proposes to keep: among those shaped as a person's name
    (`is_role` false), the fullest (`fullest_name`: the most words of the name itself, then
    the most `quotes`); all roles, the fullest of them. Raises ValueError for no names."""
    people = [name for name in names if not is_role(name)]
    return fullest_name(people or list(names), quotes)


def is_role(name: str) -> bool:
    """Whether `name` reads as a role or job title rather than a person's name: a post's
    word ends it ("Brand Engagement Manager", not "Angus King"), a title comes before
    "of"/"for"/"at" ("Head of Communications"), or its first word is not capitalised ("the
    company spokesman")."""
    words = [_LETTERS.sub("", word) for word in name.split()]
    words = [word for word in words if word]
    if not words:
        return True
    lowered = [word.lower() for word in words]
    if lowered[-1] in POST_ENDINGS:
        return True
    if any(
        word in _ROLE_HEADS and following in _ROLE_LINKS for word, following in pairwise(lowered)
    ):
        return True
    # A name's words begin with a capital; particles ("van", "de") sit inside it.
    return not words[0][0].isupper()


class SpeakerMerges(Annotations, QuoteIndex):
    """The SQL of the `speaker_merges` table and of the renames it makes."""

    def merge_speakers(self, kept: str, names: Iterable[str]) -> dict[str, int]:
        """Merge `names` into `kept`: their quotes, now and in later ingests, name `kept`.
        A name that was itself kept by a merge brings the names merged into it along. How
        many quotes each name gave `kept` (0: none yet, later ingests will).

        Raises CaseError when there is no name to keep or none besides it to merge.
        """
        kept = tidy_name(kept)
        merged = [name for name in dict.fromkeys(map(tidy_name, names)) if name and name != kept]
        if not kept:
            raise CaseError("a merge needs the name to keep")
        if not merged:
            raise CaseError(f"name another speaker to merge into {kept!r}")
        renamed = {}
        with self.db.atomic():
            self.index_new_quotes()  # the update trigger takes a quote's old words out
            if kept in self.speaker_merges():
                self._give_back(kept)  # kept is a name of its own again
            for name in merged:
                if name in self.speaker_merges():
                    self._give_back(name)  # then merged afresh, wherever it was before
                self.db.execute(
                    "UPDATE speaker_merges SET merged_into = ? WHERE merged_into = ?", [kept, name]
                )
                self.db.execute(
                    "INSERT OR REPLACE INTO speaker_merges (name, merged_into, merged_at)"
                    " VALUES (?, ?, ?)",
                    [name, kept, utc_now()],
                )
                renamed[name] = self._rename_merged(name, kept)
        return renamed

    def unmerge_speaker(self, name: str) -> dict[str, int]:
        """Undo a merge: `name`, merged into another, gets its quotes back; a name others were
        merged into gives each of them back theirs. How many quotes each name got back.

        Raises CaseError when `name` took no part in a merge.
        """
        name = tidy_name(name)
        merges = self.speaker_merges()
        given_back = [name] if name in merges else sorted(n for n, k in merges.items() if k == name)
        if not given_back:
            raise CaseError(f"{name!r} is not a merged speaker name")
        with self.db.atomic():
            self.index_new_quotes()
            return {alias: self._give_back(alias) for alias in given_back}

    def speaker_merges(self) -> dict[str, str]:
        """Each merged name, with the name it was merged into."""
        cursor = self.db.execute("SELECT name, merged_into FROM speaker_merges ORDER BY name")
        return dict(cursor.fetchall())

    def speakers(self) -> list[Speaker]:
        """The speakers (`Quotes.speakers`), each with the names merged into theirs."""
        aliases: dict[str, list[str]] = defaultdict(list)
        for name, kept in self.speaker_merges().items():
            aliases[kept].append(name)
        return [
            speaker.model_copy(update={"aliases": aliases.get(speaker.name, [])})
            for speaker in super().speakers()
        ]

    def name_speakers(self, renames: dict[str, str]) -> None:
        """After an ingest: give speakers the fuller names `renames` maps them to (found
        across the case), then apply the user's merges, which win. A name the user merged, or
        kept in a merge, is left to the merge."""
        merges = self.speaker_merges()
        taken = set(merges) | set(merges.values())
        with self.db.atomic():
            self.index_new_quotes()
            for old, new in renames.items():
                if old not in taken:
                    self.db.execute(
                        f"UPDATE quotes SET speaker = ? WHERE speaker = ? AND {NOT_CORRECTED}",
                        [new, old],
                    )
            for name, kept in merges.items():
                self._rename_merged(name, kept)

    def annotate_quote(
        self,
        quote_id: int,
        *,
        starred: bool | None = None,
        note: str | None = None,
        speaker: str | None = None,
        rejected: bool | None = None,
    ) -> QuoteAnnotation:
        """`Annotations.annotate_quote`; a quote whose corrected speaker is taken away ("")
        gets back its extracted speaker as the merges name it."""
        with self.db.atomic():
            annotation = super().annotate_quote(
                quote_id, starred=starred, note=note, speaker=speaker, rejected=rejected
            )
            if speaker == "":
                self._rename_merged_quote(quote_id)
        return annotation

    def _rename_merged_quote(self, quote_id: int) -> None:
        row = self.db.execute(
            f"SELECT speaker FROM quotes WHERE id = ? AND {NOT_CORRECTED}", [quote_id]
        ).fetchone()
        kept = self.speaker_merges().get(row[0]) if row and row[0] else None
        if kept is not None:
            self.db.execute(
                "UPDATE quotes SET speaker = ?, merged_from = coalesce(merged_from, speaker)"
                " WHERE id = ?",
                [kept, quote_id],
            )

    def _rename_merged(self, name: str, kept: str) -> int:
        """Give the quotes of `name` the name `kept`; how many. A quote renamed before (by a
        merge into `name`) keeps the name it had first."""
        cursor = self.db.execute(
            "UPDATE quotes SET speaker = ?, merged_from = coalesce(merged_from, ?)"
            f" WHERE speaker = ? AND {NOT_CORRECTED}",
            [kept, name, name],
        )
        return cursor.rowcount

    def _give_back(self, name: str) -> int:
        """Give the quotes a merge took from `name` their name again and forget that merge;
        how many."""
        cursor = self.db.execute(
            "UPDATE quotes SET speaker = merged_from, merged_from = NULL"
            f" WHERE merged_from = ? AND {NOT_CORRECTED}",
            [name],
        )
        self.db.execute("DELETE FROM speaker_merges WHERE name = ?", [name])
        return cursor.rowcount
