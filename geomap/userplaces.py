"""A user's own places and name lists: ``--places FILE`` (CSV or GeoJSON), ``--ignore @FILE``
and ``--prefer-country`` codes, read and checked into the values the pipeline takes.

Like :mod:`geomap.text`, this reads untrusted files: every problem is an
:class:`~geomap.errors.InputError` whose message names the file and the line or feature.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Tuple, Union

from .errors import InputError
from .gazetteer import normalize
from .geodata import countries
from .models import Candidate, Place


def check_countries(codes: Iterable[str]) -> Tuple[str, ...]:
    """Upper-cased ISO 3166-1 alpha-2 codes, each one checked.

    :raises InputError: a code is not a country geomap knows.
    """
    known = countries()
    out = []
    for code in codes:
        c = code.strip().upper()
        if c not in known:
            raise InputError(f"{code!r} is not an ISO 3166-1 alpha-2 country code (such as US, SY, TR)")
        out.append(c)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class UserPlaces:
    """A user's own places, read by :func:`load_places`.

    :param names: normalised name (and alias) -> candidates, for the matcher.
    :param kinds: ``Place.key`` -> the kind the file gives ("camp", "crossing", …).
    """

    names: Mapping[str, Tuple[Candidate, ...]]
    kinds: Mapping[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len({c.place.key for cands in self.names.values() for c in cands})


def load_places(path: Union[str, os.PathLike]) -> UserPlaces:
    """Read a user's places from CSV or GeoJSON.

    CSV: a header row with ``name``, ``lat`` and ``lon``, and optionally ``country`` (alpha-2),
    ``kind`` and ``aliases`` (separated by ``|`` or ``;``). GeoJSON (``.geojson``/``.json``, or
    any file starting with ``{``): Point features whose properties hold ``name`` and optionally
    ``country``, ``kind`` and ``aliases`` (a list or a ``|``-separated string).

    :raises InputError: the file cannot be read, or a row or feature is not a place (the
        message names the file and the line or feature).
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    if p.suffix.lower() in (".geojson", ".json") or text.lstrip().startswith("{"):
        rows = _geojson_rows(p, text)
    else:
        rows = _csv_rows(p, text)
    names: Dict[str, List[Candidate]] = {}
    kinds: Dict[str, str] = {}
    for where, row in rows:
        place, aliases, kind = _user_place(where, row)
        if kind:
            kinds[place.key] = kind
        for alias in [place.name, *aliases]:
            key = normalize(alias)
            if key and all(c.place != place for c in names.get(key, ())):
                names.setdefault(key, []).append(Candidate(place, via="user"))
    if not names:
        raise InputError(f"{p}: no places in the file")
    return UserPlaces({k: tuple(v) for k, v in names.items()}, kinds)


def _csv_rows(p: Path, text: str) -> Iterator[Tuple[str, Dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or ()]
    missing = [h for h in ("name", "lat", "lon") if h not in header]
    if missing:
        raise InputError(f"{p}: the CSV header must name name, lat and lon columns (missing {', '.join(missing)})")
    reader.fieldnames = header
    for row in reader:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        aliases = [a.strip() for a in (row.get("aliases") or "").replace(";", "|").split("|")]
        yield f"{p}:{reader.line_num}", {**row, "aliases": [a for a in aliases if a]}


def _geojson_rows(p: Path, text: str) -> Iterator[Tuple[str, Dict[str, Any]]]:
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise InputError(f"{p}: not valid JSON ({exc})") from exc
    features = doc.get("features") if isinstance(doc, dict) and doc.get("type") == "FeatureCollection" else None
    if not isinstance(features, list):
        raise InputError(f"{p}: not a GeoJSON FeatureCollection")
    for n, feature in enumerate(features, start=1):
        where = f"{p}: feature {n}"
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict) or geometry.get("type") != "Point":
            raise InputError(f"{where}: not a Point")
        coords = geometry.get("coordinates")
        if not isinstance(coords, list) or len(coords) < 2:
            raise InputError(f"{where}: a Point needs [lon, lat] coordinates")
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            raise InputError(f"{where}: properties must be an object")
        aliases = props.get("aliases") or []
        if isinstance(aliases, str):
            aliases = aliases.replace(";", "|").split("|")
        if not isinstance(aliases, list):
            raise InputError(f"{where}: aliases must be a list or a |-separated string")
        yield where, {**props, "lon": coords[0], "lat": coords[1],
                      "aliases": [str(a).strip() for a in aliases if str(a).strip()]}


def _user_place(where: str, row: Mapping[str, Any]) -> Tuple[Place, List[str], str]:
    name = str(row.get("name") or "").strip()
    if not name:
        raise InputError(f"{where}: a place needs a name")
    try:
        lat, lon = float(row.get("lat")), float(row.get("lon"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"{where}: {name}: lat and lon must be numbers") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: {name}: lat must be within ±90 and lon within ±180")
    country = str(row.get("country") or "").strip().upper()
    if country:
        try:
            (country,) = check_countries([country])
        except InputError as exc:
            raise InputError(f"{where}: {name}: {exc}") from None
    kind = str(row.get("kind") or "").strip()
    return Place(0, name, lat, lon, country, "custom"), list(row.get("aliases") or []), kind


def read_names(path: Union[str, os.PathLike]) -> List[str]:
    """Names from a file, one a line; blank lines and lines starting with ``#`` are skipped.

    :raises InputError: the file cannot be read.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
