"""The case file: schema and versions, writes, and the queries the panes and commands use."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlite_utils

from store.case import Case, CaseError, CasePool, DocumentSort
from store.case.report_order import first_report
from store.case.schema import schema_version
from tests.store.factories import add_document, day_event


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "case.db") as opened:
        yield opened


def test_new_case_has_readable_tables_wal_and_version(tmp_path: Path) -> None:
    Case(tmp_path / "c.db").close()
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert {"documents", "paragraphs", "quotes", "events", "quote_variants"} <= set(
        db.table_names()
    )
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert db["quotes"].detect_fts() == "quotes_fts"


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    Case(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(CaseError, match="newer casebrowser"):
        Case(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = path.read_bytes()
    with pytest.raises(CaseError, match="not a readable case file"):
        Case(path)
    assert path.read_bytes() == before


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite_utils.Database(path)["birds"].insert({"name": "wren"})
    with pytest.raises(CaseError, match="not a casebrowser case file"):
        Case(path)
    assert sqlite_utils.Database(path)["birds"].count == 1


def test_readonly_case_on_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="no such case file"):
        Case(tmp_path / "missing.db", readonly=True)


def test_saving_again_replaces_the_document_and_keeps_its_id(case: Case) -> None:
    first = add_document(
        case, "/a.txt", "Old", ["One “quote here now” said."], quotes=[(0, "quote here now", "Ann")]
    )
    second = add_document(case, "/a.txt", "New", ["Two paragraphs.", "Second one."])
    assert first == second
    document = case.document(first)
    assert document.title == "New"
    assert [p.text for p in document.paragraphs] == ["Two paragraphs.", "Second one."]
    assert case.quotes_of_document(first) == []
    assert case.count_documents() == 1


def test_a_failed_save_leaves_the_previous_version_whole(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc_id = add_document(case, "/a.txt", "Kept", ["Original text."])

    def fail(*args: object) -> list[dict]:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("store.case.rows.event_rows", fail)
    with pytest.raises(sqlite3.OperationalError):
        add_document(case, "/a.txt", "Lost", ["New text."])
    document = case.document(doc_id)
    assert document.title == "Kept"
    assert [p.text for p in document.paragraphs] == ["Original text."]


def test_documents_sort_filter_and_page(case: Case) -> None:
    add_document(
        case, "/b.txt", "Beta story", ["x y z"], published=dt.date(2024, 1, 2), source="Gazette"
    )
    add_document(
        case, "/a.txt", "alpha story", ["x"], published=dt.date(2023, 5, 1), source="Herald"
    )
    add_document(case, "/c.txt", "Undated piece", ["x y"], source="Gazette")
    by_date = [doc.title for doc in case.documents(sort="published")]
    assert by_date == ["alpha story", "Beta story", "Undated piece"]
    newest_first = [doc.title for doc in case.documents(sort="published", descending=True)]
    assert newest_first == ["Beta story", "alpha story", "Undated piece"]
    assert [d.title for d in case.documents(sort="title")] == [
        "alpha story",
        "Beta story",
        "Undated piece",
    ]
    assert [d.words for d in case.documents(sort="words", descending=True)] == [3, 2, 1]
    assert [d.title for d in case.documents(text_filter="gazette")] == [
        "Beta story",
        "Undated piece",
    ]
    assert case.count_documents("story gazette") == 1
    assert [d.title for d in case.documents(sort="title", offset=1, limit=1)] == ["Beta story"]
    assert case.document_ids(sort="title") == [d.id for d in case.documents(sort="title")]


@pytest.mark.parametrize("sort", ["published", "title", "source", "words", "quotes"])
@pytest.mark.parametrize("descending", [False, True])
def test_each_documents_sort_reads_its_pages_through_an_index(
    case: Case, sort: DocumentSort, descending: bool
) -> None:
    # A page of a 100k-document case sorted whole took 40 ms; read in index order, under 1 ms.
    statements: list[str] = []
    case.db.conn.set_trace_callback(statements.append)
    case.documents(sort=sort, descending=descending, offset=200, limit=100)
    case.db.conn.set_trace_callback(None)
    query = next(sql for sql in statements if sql.lstrip().startswith("SELECT"))
    plan = " ".join(row[3] for row in case.db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall())
    assert "TEMP B-TREE" not in plan and "INDEX idx_documents_by_" in plan


def test_filter_treats_like_wildcards_literally(case: Case) -> None:
    add_document(case, "/a.txt", "100% proof", ["x"])
    add_document(case, "/b.txt", "1000 proofs", ["x"])
    assert [d.title for d in case.documents(text_filter="100%")] == ["100% proof"]


def test_find_document_by_id_path_file_name_and_title(case: Case) -> None:
    doc_id = add_document(case, "/cases/x/story_one.txt", "Telegram ready", ["x"])
    add_document(case, "/cases/x/story_two.txt", "Telegram refuses", ["x"])
    assert case.find_document(str(doc_id)).id == doc_id
    assert case.find_document("/cases/x/story_one.txt").id == doc_id
    assert case.find_document("story_one.txt").id == doc_id
    assert case.find_document("Telegram ready").id == doc_id
    assert case.find_document("Telegram") is None
    assert case.find_document("999") is None


def test_quote_hits_carry_citation_fields_and_filter(case: Case) -> None:
    add_document(
        case,
        "/a.txt",
        "Piracy talks",
        ["He said “we will fight piracy together” today."],
        quotes=[(0, "we will fight piracy together", "Fahmi Fadzil")],
        published=dt.date(2024, 5, 13),
        source="TorrentFreak",
        url="https://tf.example/a",
    )
    add_document(
        case,
        "/b.txt",
        "Other",
        ["“Nothing to add at all,” she said."],
        quotes=[(0, "Nothing to add at all,", "Ann Lee")],
        source="Herald",
    )
    hits = case.quote_hits()
    assert [hit.quote.speaker for hit in hits] == ["Fahmi Fadzil", "Ann Lee"]
    first = hits[0]
    assert (first.doc_title, first.source, first.url) == (
        "Piracy talks",
        "TorrentFreak",
        "https://tf.example/a",
    )
    assert first.published == dt.date(2024, 5, 13)
    assert [h.quote.speaker for h in case.quote_hits(speaker="fahmi")] == ["Fahmi Fadzil"]
    assert [h.quote.speaker for h in case.quote_hits(outlet="herald")] == ["Ann Lee"]
    assert [h.quote.speaker for h in case.quote_hits(match='"piracy"')] == ["Fahmi Fadzil"]
    assert case.quote_hits(match='NEAR("unbalanced') == []
    assert [s.name for s in case.speakers()] == ["Ann Lee", "Fahmi Fadzil"]


def test_quote_offsets_round_trip(case: Case) -> None:
    doc_id = add_document(
        case,
        "/a.txt",
        "T",
        ["Intro.", "She said “words in a row” then left."],
        quotes=[(1, "words in a row", "Ann")],
    )
    quote = case.quotes_of_document(doc_id)[0]
    paragraph = case.paragraphs(doc_id)[quote.paragraph]
    assert paragraph.text[quote.start : quote.end] == quote.text


def test_variants_are_linked_both_ways_and_dropped_with_their_document(case: Case) -> None:
    a = add_document(
        case,
        "/a.txt",
        "A",
        ["“to study the actions” he said"],
        quotes=[(0, "to study the actions", "F")],
    )
    b = add_document(
        case,
        "/b.txt",
        "B",
        ["“to examine the actions” he said"],
        quotes=[(0, "to examine the actions", "F")],
    )
    qa = case.quotes_of_document(a)[0].id
    qb = case.quotes_of_document(b)[0].id
    case.link_variants([(qa, qb, 88.0)])
    assert [h.quote.id for h in case.variants_of(qa)] == [qb]
    assert [h.quote.id for h in case.variants_of(qb)] == [qa]
    add_document(case, "/b.txt", "B2", ["changed"])
    assert case.variants_of(qa) == []


def test_timeline_is_chronological_with_undated_last(case: Case) -> None:
    add_document(
        case,
        "/a.txt",
        "A",
        ["x"],
        events=[
            day_event("on 3 May 2024", dt.date(2024, 5, 3)),
            day_event("in 2018", dt.date(2018, 6, 1)),
        ],
    )
    undated = day_event("on Saturday", dt.date(2024, 1, 1)).model_copy(
        update={"value": None, "start": None, "end": None}
    )
    add_document(case, "/b.txt", "B", ["x"], events=[undated, day_event("x", dt.date(2020, 1, 1))])
    phrases = [entry.event.phrase for entry in case.timeline()]
    assert phrases == ["in 2018", "x", "on 3 May 2024", "on Saturday"]
    assert case.timeline()[0].doc_title == "A"


def test_case_pool_gives_each_thread_its_own_readonly_case(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Case(path) as case:
        add_document(case, "/a.txt", "A", ["x"])
    pool = CasePool(path)
    # The cases themselves are kept: an id alone could be reused once a thread's case is freed.
    seen: list[tuple[Case, int]] = []

    def read() -> None:
        case = pool.get()
        assert pool.get() is case
        seen.append((case, case.count_documents()))

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(case) for case, _ in seen}) == 3
    assert all(count == 1 for _, count in seen)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        pool.get().db.execute("DELETE FROM documents")


def test_a_read_only_case_opens_for_reading_and_refuses_writes_clearly(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Case(path) as case:
        add_document(case, "/a.txt", "A", ["x"])
    path.chmod(0o444)
    try:
        with pytest.raises(CaseError, match="read-only"):
            Case(path)
        with Case(path, readonly=True) as case:
            assert case.count_documents() == 1
    finally:
        path.chmod(0o644)


def test_an_older_case_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Case(path) as case:
        add_document(case, "/a.txt", "Kept through the upgrade", ["x"])
    db = sqlite_utils.Database(path)
    db["events"].drop()
    # Later migrations change the events table: they run again too.
    redone = ("create_events", "store_sentences_once", "record_timex_type")
    db.execute(
        f"DELETE FROM _sqlite_migrations WHERE name IN ({', '.join('?' * len(redone))})", redone
    )
    db.execute(f"PRAGMA user_version = {schema_version() - len(redone)}")
    db.conn.commit()
    db.close()
    with Case(path) as case:
        assert case.document(1).title == "Kept through the upgrade"
        assert case.timeline() == []
        assert case.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    backup = tmp_path / f"old.db.v{schema_version() - len(redone)}.bak"
    assert backup.exists()
    assert "events" not in sqlite_utils.Database(backup).table_names()


def test_the_upgrade_backup_holds_the_writes_still_in_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Case(path) as case:
        add_document(case, "/a.txt", "Checkpointed", ["x"])
    # A connection that never checkpoints keeps its writes in old.db-wal while it is open:
    # the last commits of a case are there, not in the main file, until a checkpoint.
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE documents SET title = 'Only in the WAL'")
    holder.execute("DELETE FROM _sqlite_migrations WHERE name = 'index_quotes_by_batch'")
    holder.execute(f"PRAGMA user_version = {schema_version() - 1}")
    holder.commit()
    try:
        assert (tmp_path / "old.db-wal").stat().st_size > 0
        Case(path).close()
    finally:
        holder.close()
    backup = sqlite3.connect(tmp_path / f"old.db.v{schema_version() - 1}.bak")
    try:
        assert backup.execute("SELECT title FROM documents").fetchall() == [("Only in the WAL",)]
        assert backup.execute("PRAGMA user_version").fetchone()[0] == schema_version() - 1
    finally:
        backup.close()


def test_a_truncated_case_file_gives_an_error_and_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Case(path) as case:
        for n in range(40):
            add_document(case, f"/{n}.txt", f"Doc {n}", ["words " * 200])
        case.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises((CaseError, sqlite3.DatabaseError)), Case(path, readonly=True) as case:
        case.documents()
        case.paragraphs(39)
    assert path.read_bytes() == data[: len(data) // 3]


def _reporting(case: Case, path: str, source: str, published: dt.date | None) -> int:
    doc_id = add_document(
        case,
        path,
        path,
        ["“We will not close the harbour this summer,” the mayor said."],
        quotes=[(0, "We will not close the harbour this summer", "Ana Lopes")],
        source=source,
        published=published,
    )
    return case.quotes_of_document(doc_id)[0].id


def test_variants_come_by_date_earliest_first_undated_last(case: Case) -> None:
    late = _reporting(case, "/late.md", "Late Post", dt.date(2024, 6, 3))
    undated = _reporting(case, "/undated.md", "Undated Daily", None)
    early = _reporting(case, "/early.md", "Early Times", dt.date(2024, 6, 1))
    middle = _reporting(case, "/middle.md", "Middle News", dt.date(2024, 6, 2))
    case.link_variants([(middle, late, 99.0), (middle, undated, 90.0), (middle, early, 85.0)])
    assert [h.quote.id for h in case.variants_of(middle)] == [early, late, undated]
    refs = case.variant_refs([middle, late])
    assert [r.quote_id for r in refs[middle]] == [early, late, undated]
    assert [(r.outlet, r.published) for r in refs[late]] == [("Middle News", dt.date(2024, 6, 2))]
    assert refs[middle][0].speaker == "Ana Lopes"


def test_the_first_report_is_the_earliest_dated_one_the_quote_itself_included(
    case: Case,
) -> None:
    undated = _reporting(case, "/u.md", "Undated Daily", None)
    first = _reporting(case, "/a.md", "Early Times", dt.date(2016, 7, 27))
    later = _reporting(case, "/b.md", "Later Post", dt.date(2016, 7, 28))
    case.link_variants([(first, later, 95.0), (first, undated, 95.0), (later, undated, 95.0)])
    [own] = case.quote_hits(quote_ids=[first])
    assert first_report(own, case.variants_of(first)) is own
    [other] = case.quote_hits(quote_ids=[later])
    found = first_report(other, case.variants_of(later))
    assert found is not None and found.quote.id == first
    [nowhere] = case.quote_hits(quote_ids=[undated])
    assert first_report(nowhere, []) is None  # no other report: nothing to mark


def test_a_copy_of_an_article_is_not_another_report(case: Case) -> None:
    # The same article printed twice (a republished wire story): its copy's quote is not a
    # second outlet's report, in the "also reported by" list or in `quotes --json`.
    original = _reporting(case, "/wire.md", "Wire Service", dt.date(2024, 6, 1))
    reprint = _reporting(case, "/reprint.md", "Wire Service", dt.date(2024, 6, 2))
    elsewhere = _reporting(case, "/other.md", "Other Paper", dt.date(2024, 6, 3))
    case.link_variants([(original, reprint, 99.0), (original, elsewhere, 90.0)])
    case.link_variants([(reprint, elsewhere, 90.0)])
    case.db.execute(
        "UPDATE documents SET copy_of = (SELECT doc_id FROM quotes WHERE id = ?)"
        " WHERE id = (SELECT doc_id FROM quotes WHERE id = ?)",
        [original, reprint],
    )
    assert [h.quote.id for h in case.variants_of(original)] == [elsewhere]
    assert [h.quote.id for h in case.variants_of(elsewhere)] == [original]
    refs = case.variant_refs([original, elsewhere, reprint])
    assert [r.quote_id for r in refs[original]] == [elsewhere]
    assert [r.quote_id for r in refs[elsewhere]] == [original]
    assert [r.quote_id for r in refs.get(reprint, [])] == [elsewhere]
