"""A key -> JSON store in SQLite, so that geomap never asks a service the same question twice.

Keys are ``(service, query)``: the service that answered (``"geonames"``, ``"nominatim"``, …) and
the query in a normalised form. Values are JSON objects, or ``None`` for a stored "not found".
The store knows nothing of geopy; :mod:`geomap.geocoding` decides what to ask and what to keep.

One file, ``geocode.sqlite``, lives in the cache directory. It runs in WAL mode with a busy
timeout, so several geomap processes can read and write one cache directory at the same time.

Example::

    with Cache.open("cache") as cache:
        if cache.get("nominatim", "Kafr Nabl") is None:       # never asked
            cache.put("nominatim", "Kafr Nabl", {"lat": 35.6, "lon": 36.6})
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import sqlite3
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Union

from .atomic import folder_lock, move_aside, remove_leftovers
from .errors import CacheError
from .models import Place

__all__ = [
    "CACHE_FILE",
    "SCHEMA_VERSION",
    "Cache",
    "CacheInfo",
    "Lookup",
    "normalise_query",
    "place_from_dict",
    "place_to_dict",
]

#: The file name of the cache inside the cache directory.
CACHE_FILE = "geocode.sqlite"

#: Bumped whenever the tables change; a file with a newer version is refused, not rewritten.
SCHEMA_VERSION = 1

#: Seconds a writer waits for another process's write lock before giving up. Writes are tiny,
#: so a long wait only happens when something is badly wrong.
BUSY_TIMEOUT = 30.0

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    # value: a JSON object, or NULL for a stored "not found".
    # updated: seconds since the epoch, so that the newer entry wins on import.
    """CREATE TABLE IF NOT EXISTS entries (
        service TEXT NOT NULL,
        query   TEXT NOT NULL,
        value   TEXT,
        updated REAL NOT NULL,
        PRIMARY KEY (service, query)
    ) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

#: Each table's columns, as :data:`_SCHEMA` makes them.
_TABLES = {"schema_version": ["version"], "entries": ["service", "query", "value", "updated"],
           "meta": ["key", "value"]}

#: :attr:`~geomap.errors.CacheError.kind` values.
DAMAGED, NEWER, WRITE = "damaged", "newer", "write"

PathLike = Union[str, "os.PathLike[str]"]


def normalise_query(query: str) -> str:
    """The form a query is stored under: NFC, whitespace collapsed, case folded.

    "Kafr  Nabl" and "kafr nabl" are one question to every geocoder geomap uses, so they
    must be one cache entry.
    """
    return " ".join(unicodedata.normalize("NFC", query).split()).casefold()


@dataclass(frozen=True)
class Lookup:
    """A stored answer.

    :param value: the answer, or ``None`` where the service said "not found".
    :param updated: when it was stored, in seconds since the epoch.
    """

    service: str
    query: str
    value: Optional[Dict[str, Any]]
    updated: float

    @property
    def found(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class CacheInfo:
    """What ``geomap cache info`` shows.

    :param path: the SQLite file, or ``None`` for an in-memory cache.
    :param size: bytes on disk, write-ahead log included.
    :param entries: the number of entries per service.
    :param last_hits: cache hits of the last run that used the cache (``None`` if none did).
    :param last_misses: cache misses of that run.
    """

    path: Optional[Path]
    size: int
    entries: Dict[str, int] = field(default_factory=dict)
    last_hits: Optional[int] = None
    last_misses: Optional[int] = None
    last_run: Optional[float] = None
    schema_version: int = SCHEMA_VERSION

    @property
    def total(self) -> int:
        return sum(self.entries.values())


class Cache:
    """A SQLite key -> JSON store. Use :meth:`open` for a directory, :meth:`memory` for none.

    :param path: the SQLite file, or ``None`` for an in-memory store that persists nothing
        (``--no-cache``).
    :raises CacheError: the file cannot be opened, is not SQLite, or is not a geomap cache.
    """

    def __init__(self, path: Optional[PathLike] = None) -> None:
        self.path: Optional[Path] = Path(path) if path is not None else None
        self.hits = 0
        self.misses = 0
        #: One line per repair made while opening (a damaged file moved aside).
        self.notes: List[str] = []
        #: Set by a run that must survive faults (:meth:`tolerate`); ``None``: faults raise.
        self.on_fault: Optional[Callable[[str], None]] = None
        self._read_only = False  # a write failed (a full disk): later writes are skipped
        self._ignored: set = set()
        # The pipeline may geocode from worker threads; one connection guarded by a lock is
        # simpler and, for writes this small, no slower than a connection per thread.
        self._lock = threading.Lock()
        self._conn: Optional[sqlite3.Connection] = None
        try:
            self._conn = self._connect()
        except sqlite3.DatabaseError as exc:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            raise self._error(exc) from exc

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, cache_dir: PathLike) -> "Cache":
        """Open (and create if needed) the cache in ``cache_dir``.

        A file that is not a geomap cache (not SQLite, malformed, a foreign or an older
        schema) is moved aside, kept as ``geocode.sqlite.damaged-YYYYMMDD-HHMMSS``, and a new
        cache is started; :attr:`notes` then holds a line saying so. Processes that find the
        same damaged file take turns (:func:`~geomap.atomic.folder_lock`), so only one moves
        it and the others open the new one.

        :raises CacheError: the folder cannot be created, the file is a newer geomap's
            (``kind="newer"``), or it cannot be opened or written (``kind="write"``, …).
        """
        folder = Path(cache_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheError(f"{folder}: cannot create the cache folder: {exc.strerror or exc}") from exc
        if not folder.is_dir():
            raise CacheError(f"{folder}: not a folder; choose another --cache-dir")
        remove_leftovers(folder)  # temporary files of killed runs (an index build)
        path = folder / CACHE_FILE
        try:
            return cls(path)
        except CacheError as exc:
            if exc.kind != DAMAGED:
                raise
        with folder_lock(folder):
            try:
                return cls(path)  # another process may have repaired it meanwhile
            except CacheError as exc:
                if exc.kind != DAMAGED:
                    raise
                reason = str(exc)
            try:
                aside = move_aside(path)
            except OSError as exc:
                raise CacheError(f"{reason}; cannot move it aside ({exc.strerror or exc}): delete it or "
                                 "use another --cache-dir") from exc
            cache = cls(path)
            cache.notes.append(f"{reason}; moved aside to {aside.name}, a new cache is started")
            return cache

    def tolerate(self, on_fault: Callable[[str], None]) -> "Cache":
        """Survive faults from now on, reporting each in one line through ``on_fault``: a
        file found damaged mid-run is moved aside and the run goes on with a cache in memory;
        after a failed write (a full disk) answers are no longer stored; a stored entry that
        is not a place is ignored (:meth:`ignore_entry`). Returns the cache."""
        self.on_fault = on_fault
        return self

    @classmethod
    def memory(cls) -> "Cache":
        """An in-memory cache for ``--no-cache``: it answers within one run, then is gone."""
        return cls(None)

    def _connect(self) -> sqlite3.Connection:
        target = str(self.path) if self.path is not None else ":memory:"
        # isolation_level=None: every statement commits by itself unless we open a transaction,
        # so a crash can never leave a half-written entry behind.
        conn = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        self._conn = conn
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        _check_schema(conn)  # before anything is written: a foreign file is left as it was
        if self.path is not None:
            _enable_wal(conn)
            # NORMAL is safe from corruption in WAL mode; it only skips an fsync per write.
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA:
                conn.execute(statement)
            if conn.execute("SELECT version FROM schema_version").fetchone() is None:
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return conn

    def _error(self, exc: Exception) -> CacheError:
        """The :class:`CacheError` for an SQLite error, with its kind."""
        where = self.path if self.path is not None else "in-memory cache"
        if isinstance(exc, _NewerSchema):
            return CacheError(
                f"{where}: written by a newer geomap (cache schema {exc.version}, this one knows "
                f"{SCHEMA_VERSION}); upgrade geomap or use another --cache-dir", kind=NEWER)
        reason = " ".join(str(exc).split()) or type(exc).__name__
        if isinstance(exc, _Foreign) or any(w in reason for w in (
                "not a database", "malformed", "no such table", "no such column", "corrupt")):
            return CacheError(f"{where}: not a geomap cache ({reason})", kind=DAMAGED)
        if any(w in reason for w in ("full", "readonly", "read-only", "disk I/O")) or \
                getattr(exc, "sqlite_errorname", "") in ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR"):
            return CacheError(f"{where}: cannot write the cache ({reason})", kind=WRITE)
        return CacheError(f"{where}: cannot use the cache ({reason})")

    # -- surviving faults mid-run ------------------------------------------------------------

    def _fault(self, error: CacheError) -> None:
        """Report ``error`` and carry on without what failed (see :meth:`tolerate`)."""
        assert self.on_fault is not None
        if error.kind == WRITE:
            self._read_only = True
            self.on_fault(f"{error}; answers are no longer stored in this run")
            return
        note = f"{error}"
        if self.path is not None and self._conn is not None:
            with self._lock:
                self._conn.close()
                self._conn = None
            if error.kind == DAMAGED:
                with folder_lock(self.path.parent):
                    try:
                        note += f"; moved aside to {move_aside(self.path).name}"
                    except OSError:
                        pass
        self.path = None
        with self._lock:
            self._conn = self._connect()  # in memory, for the rest of the run
        self.on_fault(f"{note}; this run goes on with a cache in memory")

    def ignore_entry(self, service: str, query: str, why: Exception) -> None:
        """Report, once, a stored answer that is not a place (a poisoned import, a hand edit):
        the caller ignores it and stores a fresh answer over it. Without :meth:`tolerate`,
        this does nothing."""
        key = (service, normalise_query(query))
        if self.on_fault is None or key in self._ignored:
            return
        self._ignored.add(key)
        reason = " ".join(str(why).split())
        self.on_fault(f"{self.path or 'in-memory cache'}: ignored a damaged entry ({service} {key[1]!r}: "
                      f"{reason}); a fresh answer replaces it")

    def close(self) -> None:
        """Store this run's hits and misses as the "last run" figures, then close the file.

        A run that never looked anything up (``geomap cache info`` itself) leaves the figures
        of the previous run alone.
        """
        if self._conn is None:
            return
        try:
            if (self.hits or self.misses) and self.path is not None:
                stats = {"hits": self.hits, "misses": self.misses, "finished": time.time()}
                self._execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_run', ?)",
                    (json.dumps(stats),), write=True,
                )
        finally:
            with self._lock:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> "Cache":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Cache({str(self.path) if self.path else None!r})"

    # -- lookups --------------------------------------------------------------------------

    def get(self, service: str, query: str, *, count: bool = True, exact: bool = False) -> Optional[Lookup]:
        """The stored answer for ``query`` at ``service``, or ``None`` if it was never asked.

        A stored "not found" is a :class:`Lookup` whose ``value`` is ``None``. Counts a hit or
        a miss for this run (unless ``count`` is false: a second look for the same question).
        With ``exact``, the query is the key as it is (a web address, whose case matters),
        not :func:`normalise_query`'s form.
        """
        key = query if exact else normalise_query(query)
        cursor = self._execute("SELECT value, updated FROM entries WHERE service = ? AND query = ?", (service, key))
        row = cursor.fetchone() if cursor is not None else None
        if row is None:
            self.misses += count
            return None
        try:
            value = None if row[0] is None else json.loads(row[0])
        except ValueError as exc:
            # A damaged value is as good as never asked: the caller asks again and overwrites it.
            self.ignore_entry(service, key, exc)
            self.misses += count
            return None
        self.hits += count
        return Lookup(service, key, value, row[1])

    def turn(self, service: str):
        """A context in which this process alone, among those sharing the cache folder, asks
        ``service`` a question: the caller looks in the cache again inside it, so that runs
        started together on a cold cache never ask the same name twice. The turn goes with a
        killed process; an in-memory cache takes no turn."""
        import contextlib

        if self.path is None:
            return contextlib.nullcontext(False)
        return folder_lock(self.path.parent, f".geocode-{service}.lock")

    def variants(self, service: str, query: str) -> list:
        """Every stored answer at ``service`` to ``query`` asked alone or with a hint in
        brackets (``"atmeh"``, ``"atmeh [sy]"``, ``"atmeh [fr,sy]"``), newest first. Counts
        nothing: the caller decides whether one of them answers its question."""
        key = normalise_query(query)
        rows = self._execute(
            "SELECT query, value, updated FROM entries WHERE service = ? AND "
            "(query = ? OR (query >= ? AND query < ?)) ORDER BY updated DESC",
            (service, key, key + " [", key + " \\"),  # '\\' sorts right after '['
        ).fetchall()
        out = []
        for found, value, updated in rows:
            try:
                out.append(Lookup(service, found, None if value is None else json.loads(value), updated))
            except ValueError:
                continue
        return out

    def count_hit(self) -> None:
        """Count a hit for an answer the caller remembered from an earlier :meth:`get` or
        :meth:`put` of this run, so the run's figures still count every look-up."""
        self.hits += 1

    def put(self, service: str, query: str, value: Optional[Dict[str, Any]], *, exact: bool = False) -> None:
        """Store ``value`` (``None`` for "not found") for ``query`` at ``service``, replacing
        any older answer. One statement, so the entry is written whole or not at all.
        ``exact`` keys it by ``query`` as it is (see :meth:`get`).

        :raises CacheError: ``value`` cannot be stored as JSON, or the file cannot be written.
        """
        if value is not None and not isinstance(value, dict):
            raise CacheError(f"cache values must be dicts or None, not {type(value).__name__}")
        try:
            text = None if value is None else json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise CacheError(f"cannot store the answer for {query!r} at {service}: {exc}") from exc
        self._execute(
            "INSERT OR REPLACE INTO entries (service, query, value, updated) VALUES (?, ?, ?, ?)",
            (service, query if exact else normalise_query(query), text, time.time()), write=True,
        )

    def __iter__(self) -> Iterator[Lookup]:
        """Every entry, by service and query."""
        rows = self._execute(
            "SELECT service, query, value, updated FROM entries ORDER BY service, query"
        ).fetchall()
        for service, query, value, updated in rows:
            try:
                decoded = None if value is None else json.loads(value)
            except ValueError:
                continue
            yield Lookup(service, query, decoded, updated)

    # -- maintenance ------------------------------------------------------------------------

    def info(self) -> CacheInfo:
        """Entries per service, size on disk and the last run's hits and misses."""
        entries = dict(
            self._execute(
                "SELECT service, COUNT(*) FROM entries GROUP BY service ORDER BY service"
            ).fetchall()
        )
        row = self._execute("SELECT value FROM meta WHERE key = 'last_run'").fetchone()
        stats: Dict[str, Any] = {}
        if row is not None:
            try:
                stats = json.loads(row[0])
            except ValueError:
                stats = {}
        size = 0
        if self.path is not None:
            for suffix in ("", "-wal"):
                try:
                    size += os.path.getsize(f"{self.path}{suffix}")
                except OSError:
                    pass
        return CacheInfo(
            path=self.path,
            size=size,
            entries=entries,
            last_hits=stats.get("hits"),
            last_misses=stats.get("misses"),
            last_run=stats.get("finished"),
        )

    def clear(self, service: Optional[str] = None) -> int:
        """Delete every entry, or only those of ``service``; return how many were deleted."""
        if service is None:
            cur = self._execute("DELETE FROM entries")
        else:
            cur = self._execute("DELETE FROM entries WHERE service = ?", (service,))
        deleted = cur.rowcount
        if deleted and self.path is not None:
            try:
                # Give the space back so `cache info` shows the smaller size. Another process
                # reading at the same moment makes VACUUM fail; the space is then reused later.
                self._execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._execute("VACUUM")
            except CacheError:  # pragma: no cover - depends on another process's timing
                pass
        return deleted

    def export_jsonl(self, fp: IO[str], service: Optional[str] = None) -> int:
        """Write every entry (only ``service``'s if given) to ``fp`` as JSON Lines; return how
        many were written.

        Each line is ``{"service", "query", "value", "updated"}``, with ``value`` ``null`` for a
        stored "not found".
        """
        count = 0
        for entry in self:
            if service is not None and entry.service != service:
                continue
            fp.write(json.dumps(dataclasses.asdict(entry), ensure_ascii=False, sort_keys=True))
            fp.write("\n")
            count += 1
        return count

    def import_jsonl(self, fp: IO[str]) -> int:
        """Read entries written by :meth:`export_jsonl`; return how many were added or updated.

        Where both sides hold an entry, the newer one wins, so importing a colleague's older
        file never undoes a fresh answer. The whole file is checked before anything is stored.

        :raises CacheError: a line is not a valid entry (the message names the line).
        """
        rows = []
        for number, line in enumerate(fp, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                service, query, value = item["service"], item["query"], item["value"]
                updated = float(item.get("updated", time.time()))
                if not (isinstance(service, str) and service and isinstance(query, str) and query):
                    raise ValueError("service and query must be non-empty strings")
                if value is not None and not isinstance(value, dict):
                    raise ValueError("value must be an object or null")
                if not math.isfinite(updated):
                    raise ValueError("updated must be a number")
                if value is not None:
                    try:
                        place_from_dict(value)  # a poisoned answer never gets in
                    except CacheError as exc:
                        raise ValueError(f"value is not a place: {exc.__cause__ or exc}") from exc
                text = None if value is None else json.dumps(value, ensure_ascii=False, allow_nan=False)
            except (ValueError, KeyError, TypeError, RecursionError) as exc:
                if isinstance(exc, RecursionError):
                    reason = "nested too deeply"
                else:
                    reason = f"missing {exc}" if isinstance(exc, KeyError) else " ".join(str(exc).split())
                raise CacheError(f"line {number}: not a cache entry ({reason})") from exc
            rows.append((service, normalise_query(query), text, updated))
        with self._lock:
            conn = self._live()
            try:
                before = conn.total_changes
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO entries (service, query, value, updated) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (service, query) DO UPDATE SET "
                    "value = excluded.value, updated = excluded.updated "
                    "WHERE excluded.updated > entries.updated",
                    rows,
                )
                conn.execute("COMMIT")
                return conn.total_changes - before
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise self._error(exc) from exc

    # -- plumbing -----------------------------------------------------------------------------

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise CacheError(f"{self.path or 'in-memory cache'}: the cache is closed")
        return self._conn

    def _execute(self, sql: str, params: tuple = (), write: bool = False) -> Optional[sqlite3.Cursor]:
        """Run one statement. With :meth:`tolerate`, a fault is reported and survived: a
        failed read answers ``None`` (nothing stored), a write after a failed one is skipped."""
        if write and self._read_only:
            return None
        with self._lock:
            try:
                return self._live().execute(sql, params)
            except sqlite3.Error as exc:
                error = self._error(exc)
        if self.on_fault is None or self._conn is None or (self.path is None and error.kind != WRITE):
            raise error
        self._fault(error)
        if error.kind == WRITE:
            return None
        return self._execute(sql, params, write)


def _check_schema(conn: sqlite3.Connection) -> None:
    """Raise if the file is not a cache of this schema (or a new, empty file). Reads only.

    It is the first real read, so a file that is not SQLite fails here too.
    """
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables - _TABLES.keys():
        raise _Foreign(f"tables {', '.join(sorted(tables - _TABLES.keys()))} are not geomap's")
    for table, columns in _TABLES.items():
        if table in tables:
            have = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            if have != columns:
                raise _Foreign(f"table {table} has columns {', '.join(have)}")
    if not tables:
        return
    if "schema_version" not in tables:
        raise _Foreign("no schema version")
    rows = conn.execute("SELECT version FROM schema_version").fetchall()
    if len(rows) > 1 or (rows and not isinstance(rows[0][0], int)):
        raise _Foreign("its schema version is not one number")
    if rows and rows[0][0] > SCHEMA_VERSION:
        raise _NewerSchema(rows[0][0])
    if rows and rows[0][0] < SCHEMA_VERSION:
        raise _Foreign(f"an older geomap's cache, schema {rows[0][0]}; this one knows {SCHEMA_VERSION}")
    # a count over every entry reads each page of the table, so damage past the first
    # pages is found here rather than mid-run
    if "entries" in tables:
        conn.execute("SELECT count(*) FROM entries").fetchone()


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL mode (once per file: the mode is stored in it).

    Switching needs an exclusive lock, and SQLite answers "database is locked" at once, without
    its busy handler, while another process is creating the same file; so wait and try again.
    Reading the mode is also the first real read: a non-SQLite file fails here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    delay = 0.01
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            break
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
    if str(mode).lower() != "wal":  # pragma: no cover - e.g. a file system without shared memory
        raise sqlite3.DatabaseError(f"cannot switch to WAL mode (got {mode})")


class _Foreign(sqlite3.DatabaseError):
    """The file is SQLite, but not a geomap cache of this schema; raised inside :meth:`Cache._connect`."""


class _NewerSchema(sqlite3.DatabaseError):
    """The file was written by a geomap with a newer schema; raised inside :meth:`Cache._connect`."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


# -- Place <-> dict, for the values the pipeline and the geocoders store -------------------------

def place_to_dict(place: Place) -> Dict[str, Any]:
    """A :class:`~geomap.models.Place` as a JSON-ready dict (every field, by name).

    Its fields are plain values, so they are read directly: ``dataclasses.asdict`` deep-copies
    each one, which cost about a twentieth of a parse of unseen news (a new place is stored on
    first use)."""
    return {name: getattr(place, name) for name in _PLACE_FIELDS}


_PLACE_FIELDS = tuple(f.name for f in dataclasses.fields(Place))


def place_from_dict(data: Dict[str, Any]) -> Place:
    """The :class:`~geomap.models.Place` stored by :func:`place_to_dict`.

    Unknown keys are ignored, so entries written by a newer geomap still read.

    :raises CacheError: a required field is missing or has the wrong type.
    """
    try:
        # Every field Place has, so a field added to Place later round-trips without a change
        # here (their names listed once: dataclasses.fields() builds its tuple on every call).
        kwargs = {name: data[name] for name in _PLACE_FIELDS if name in data}
        kwargs["lat"], kwargs["lon"] = float(data["lat"]), float(data["lon"])
        if not (math.isfinite(kwargs["lat"]) and math.isfinite(kwargs["lon"])):
            raise ValueError("coordinates must be finite")
        for name in ("geonameid", "population"):
            if name in kwargs:
                kwargs[name] = int(kwargs[name])
        if not isinstance(data["name"], str):
            raise TypeError("name must be a string")
        return Place(**kwargs)
    except (KeyError, TypeError, ValueError) as exc:
        raise CacheError(f"cached entry is not a place: {exc!r}") from exc
