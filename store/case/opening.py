"""Opening a case file: the connection's settings, the errors a user is shown, and bringing an
older file's schema up to date (after a backup of it)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from store.case.schema import migrations, schema_version

BUSY_TIMEOUT_MS = 30_000
PAGE_SIZE = 8192


class CaseError(Exception):
    """A case file that cannot be opened or written, with a message fit for the user."""


class ReadOnlyCase(CaseError):
    """A case file that can be read but not written."""


# What reading a case file can raise besides CaseError: SQLite finding it damaged mid-query.
CaseDamaged = sqlite3.DatabaseError


def open_database(path: Path, readonly: bool) -> Database:
    """The case file at `path`, its schema up to date (a writable one is upgraded)."""
    db = Database(connect(path, readonly))
    try:
        prepare(db, path, readonly)
    except sqlite3.DatabaseError as error:
        db.close()
        raise CaseError(f"{path}: not a readable case file ({error})") from error
    return db


def prepare(db: Database, path: Path, readonly: bool) -> None:
    """Check the file's schema version; for a writable file, create or upgrade its tables."""
    found = db.execute("PRAGMA user_version").fetchone()[0]
    expected = schema_version()
    if found > expected:
        raise CaseError(
            f"{path}: made by a newer casebrowser (schema {found}, this one knows"
            f" {expected}); upgrade casebrowser to open it"
        )
    if readonly:
        if found < expected:
            raise CaseError(f"{path}: older case file, open it writable once to upgrade it")
        return
    if 0 < found < expected:
        _backup(db, path, found)
    if found < expected:
        existing = db.table_names()
        if existing and not db["documents"].exists():
            raise CaseError(f"{path}: an SQLite file, but not a casebrowser case file")
        if not existing:
            # Documents with their compressed raw text run to a few kilobytes: on the
            # default 4 KiB pages each leaves much of its page empty.
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            db.execute("PRAGMA auto_vacuum = INCREMENTAL")
        db.enable_wal()
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {expected}")
        if existing:
            # An upgrade that moves rows (`store_raw_text_apart`) frees the pages they were on:
            # give them back, as an ingest does. executescript steps the pragma to the end.
            db.conn.executescript("PRAGMA incremental_vacuum;")


def _backup(db: Database, path: Path, version: int) -> None:
    # SQLite's backup API, not a copy of the file: the last commits may still be in the
    # -wal file beside it, which a copy of the main file alone would leave out.
    backup = path.with_name(f"{path.name}.v{version}.bak")
    backup.unlink(missing_ok=True)
    target = sqlite3.connect(backup)
    try:
        db.conn.backup(target)
    finally:
        target.close()


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        if not path.exists():
            raise CaseError(f"{path}: no such case file")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        if is_read_only(path):
            raise ReadOnlyCase(f"{path}: the case file is read-only; it can be read, not changed")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, check_same_thread=False)
        except sqlite3.OperationalError as error:
            raise CaseError(f"{path}: cannot open ({error})") from error
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        _set_synchronous(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise CaseError(f"{path}: not a readable case file ({error})") from error
    return conn


def _set_synchronous(conn: sqlite3.Connection) -> None:
    # In WAL mode NORMAL never corrupts the case and keeps every commit through a crash or
    # kill -9; only a power cut can lose the last commits. FULL would wait for the disk on
    # every document of an ingest.
    conn.execute("PRAGMA synchronous = NORMAL")


def is_read_only(path: Path) -> bool:
    """True for a file this process cannot write, or one with every write bit off: root can
    write anything, but a case its owner marked read-only is not to be changed."""
    if not path.exists():
        return False
    return not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222
