"""Rebuild ``countries.geojson``, the offline basemap, from Natural Earth's 1:110m countries.

Natural Earth is public domain. Its 1:110m "admin 0 countries" layer was shipped by
geopandas up to 0.14 as ``geopandas/datasets/naturalearth_lowres``; this script reads that
shapefile (no GIS library needed), rounds coordinates to 0.01 degree, drops the points a
Douglas-Peucker pass at 0.02 degree does not need, and writes one MultiPolygon per country.
It is not used at run time.

Usage::

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    python3 geomap/data/make_countries.py geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

TOLERANCE = 0.02
DIGITS = 2


def read_polygons(shp: Path):
    """Yield each record's rings (lists of (lon, lat)) from an ESRI polygon shapefile."""
    data = shp.read_bytes()
    pos = 100  # the file header
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape_type,) = struct.unpack("<i", body[:4])
        if shape_type != 5:  # 5 = Polygon; 0 = null shape
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{nparts}i", body[44 : 44 + 4 * nparts]))
        start = 44 + 4 * nparts
        pts = [struct.unpack("<2d", body[start + 16 * i : start + 16 * i + 16]) for i in range(npoints)]
        yield [pts[a:b] for a, b in zip(parts, parts[1:] + [npoints])]


def simplify(points, tol):
    """Douglas-Peucker, iterative, keeping both ends."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, None
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if index is not None and best > tol:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]


def ring(points):
    out = []
    for x, y in simplify(points, TOLERANCE):
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else None


def main(shp: str) -> None:
    features = []
    for rings in read_polygons(Path(shp)):
        # Natural Earth rings: outer rings clockwise, holes counter-clockwise; the 1:110m
        # layer has no holes worth drawing, so each ring is drawn as its own polygon.
        polys = [[r] for r in (ring(r) for r in rings) if r]
        if polys:
            features.append({"type": "Feature", "properties": {},
                             "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    out = Path(__file__).with_name("countries.geojson")
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              separators=(",", ":")) + "\n")
    print(f"{out.name}: {len(features)} countries, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main(*sys.argv[1:])
