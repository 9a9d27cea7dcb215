#!/usr/bin/env python3
"""Probes: every place of a kind, written the way news writes it, each in a sentence of its own.

Usage:
    python3 benchmarks/probes.py [--cache-dir DIR] [--show N]

The annotated corpora hold a few hundred articles; these probes ask the whole gazetteer, so
that a rule that fails a whole class of names (a state's name, "City" at a name's end, a
postal code) shows however rarely the corpora name them. Each probe writes every place of
its kind into the same one-sentence article and counts where geomap puts it:

- **regions alone**: "It happened in Ontario." for every first-level region of a million
  people or more (its towns'), within 161 km of the region's point, or placed elsewhere;
- **towns alone**: "It happened in Pueblo." for every town of 100,000 people or more: the
  town itself (or a place within 161 km), elsewhere (a same-name place, as a lone name
  allows), dropped, or not found as one name;
- **"Town, State"** for every US town of 5,000 people or more, with the state written in
  full ("Lebanon, Ohio"), as a postal code ("Henderson, TX") and in news style ("Bexley,
  Ohio" has none; "Dade City, Fla."): the town in that state, elsewhere, dropped, or not found;
- **"Village, State"** for every US village the index knows by its post office ("Zanesfield,
  Ohio"): the village in that state, elsewhere, dropped, or not found;
- **"Town, Country"** for every town of 50,000 people or more outside the US ("Valencia,
  Spain"): the town in that country, elsewhere, dropped, or not found;
- **"Town, Region"** for every town of 5,000 people or more outside the US whose name other
  places bear too, with its first-level region ("Boston, Lincolnshire", "Valencia,
  Carabobo"): the town in that region, elsewhere, dropped, or not found;
- **local news**, for every US town of 5,000 people or more whose name other places bear
  too (the ambiguous ones): the town named alone in an article that also names its state
  ("Ohio police said a fire in Lebanon …"), or the nearest town within 50 km whose name is
  its own alone ("A fire in Lebanon …, and crews from Mason helped"), or its county, whose
  name other counties bear ("Officials in Marion said Grant County commissioners …", and
  "Marion, Grant County"), or
  that gives a telephone number of its state ("… Call 513-555-0100."), or a number of its
  state given for the town itself ("Call Lebanon police at 513-555-0100"), or nothing else
  (the baseline of the last four): right in that state.

A lone name has no context, so "elsewhere" is often the right answer for a town (Valencia
of Venezuela is larger than Valencia of Spain): compare the counts between versions, and
read the examples (``--show``) for the classes of failure. Figures are counts of places,
not accuracy on news.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.geodata import (  # noqa: E402 (after the path is set)
    POST_OFFICE_IDS, REGION_ABBREVIATIONS, country_name, postal_codes)
from geomap.models import Article  # noqa: E402
from geomap.phones import area_codes  # noqa: E402
from geomap.pipeline import Geoparser  # noqa: E402


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def placed(gp: Geoparser, text: str, surface: str):
    """The choice (``geomap.disambiguation.Choice``: place, reason) for the first name written
    ``surface`` in ``text``, or ``None`` where no name is written so. Matching and
    disambiguation are run as the pipeline runs them, so that a name dropped (a choice of no
    place, which a parse leaves out) is told from a name not found."""
    matches, choices, _ = gp.choose(Article(id="probe", text=text))
    for match, choice in zip(matches, choices):
        if match.mention.surface == surface:
            return choice
    return None


def probe(gp: Geoparser, cases, show: int) -> Tuple[Counter, List[str]]:
    """Counts of where each case's name is put, and up to ``show`` examples of failure. A case
    is ``(text, name, label, there)``: ``there(place)`` says whether ``place`` is right."""
    counts: Counter = Counter()
    examples: List[str] = []
    for text, name, label, there in cases:
        r = placed(gp, text, name)
        if r is None:
            kind, what = "not found as one name", ""
        elif r.place is None:
            kind, what = "dropped", r.reason
        elif there(r.place):
            kind, what = "there", ""
        else:
            kind, what = "elsewhere", f"{r.place.name} ({r.place.country}, {r.place.admin1 or r.place.feature})"
        counts[kind] += 1
        if kind != "there" and len(examples) < show:
            examples.append(f"  {kind}: {label} -> {what}")
    return counts, examples


def alone(rows) -> Iterator[tuple]:
    """'It happened in NAME.', right within 161 km of the place's point."""
    for name, lat, lon, label in rows:
        yield (f"It happened in {name}.", name, label,
               lambda place, lat=lat, lon=lon: km(lat, lon, place.lat, place.lon) <= 161)


def town_state(rows, write) -> Iterator[tuple]:
    """'… in TOWN, STATE, …' with the state as ``write`` writes it, right in that state."""
    for name, state, label in rows:
        written = write(state)
        if written is not None:
            yield (f"The fire started in {name}, {written}, on Monday.", name, f"{name}, {written} ({label})",
                   lambda place, state=state: place.country == "US" and place.admin1 == state)


def town_country(rows) -> Iterator[tuple]:
    """'… in TOWN, COUNTRY, …', right in that country."""
    for name, code, label in rows:
        country = country_name(code)
        if country:
            yield (f"The fire started in {name}, {country}, on Monday.", name, f"{name}, {country} ({label})",
                   lambda place, code=code: place.country == code)


def town_region(rows) -> Iterator[tuple]:
    """'… in TOWN, REGION, …' for towns outside the US, right in that region."""
    for name, code, region, label in rows:
        yield (f"The fire started in {name}, {region}, on Monday.", name, f"{name}, {region} ({label})",
               lambda place, code=code, region=region: place.country == code and place.admin1 == region)


def with_state(rows) -> Iterator[tuple]:
    """'STATE police said a fire in TOWN …', right in that state."""
    for name, state, label, *_ in rows:
        yield (f"{state} police said a fire in {name} destroyed two homes on Monday.", name,
               f"{name} with {state} ({label})",
               lambda place, state=state: place.country == "US" and place.admin1 == state)


def with_neighbour(rows) -> Iterator[tuple]:
    """'A fire in TOWN …, and crews from NEIGHBOUR helped.', right in the town's state."""
    for name, state, label, neighbour, _ in rows:
        if neighbour:
            yield (f"A fire in {name} destroyed two homes on Monday, and crews from {neighbour} helped.", name,
                   f"{name} with {neighbour} ({state}, {label})",
                   lambda place, state=state: place.country == "US" and place.admin1 == state)


def with_phone(rows, codes) -> Iterator[tuple]:
    """'A fire in TOWN …. Call NPA-555-0100 …', NPA an area code of the town's state (none: the
    town alone), right in that state."""
    for name, state, label, *_ in rows:
        call = f" Call {codes[state]}-555-0100 with information." if codes else ""
        if not codes or state in codes:
            yield (f"A fire in {name} destroyed two homes on Monday.{call}", name,
                   f"{name} ({state}, {label}){' with ' + codes[state] if codes else ''}",
                   lambda place, state=state: place.country == "US" and place.admin1 == state)


def with_phone_for(rows, codes) -> Iterator[tuple]:
    """'… Call TOWN police at NPA-555-0100 …', the number given for the town itself, right in
    the state of its area code."""
    for name, state, label, *_ in rows:
        if state in codes:
            yield (f"A fire destroyed two homes on Monday. Call {name} police at {codes[state]}-555-0100 "
                   "with information.", name, f"{name} ({state}, {label}) at {codes[state]}",
                   lambda place, state=state: place.country == "US" and place.admin1 == state)


def town_county(rows) -> Iterator[tuple]:
    """'… in TOWN, COUNTY, …', COUNTY as in :func:`with_county`: right in the town's state."""
    for name, state, label, _, county in rows:
        if county:
            yield (f"The fire started in {name}, {county}, on Monday.", name, f"{name}, {county} ({state}, {label})",
                   lambda place, state=state: place.country == "US" and place.admin1 == state)


def with_county(rows) -> Iterator[tuple]:
    """'Officials in TOWN said COUNTY commissioners …', COUNTY the nearest county of the town's
    state, whose name other counties bear too: right in that state."""
    for name, state, label, _, county in rows:
        if county:
            yield (f"Officials in {name} said {county} commissioners would meet on Tuesday.", name,
                   f"{name} with {county} ({state}, {label})",
                   lambda place, state=state: place.country == "US" and place.admin1 == state)


def local_rows(db: sqlite3.Connection) -> List[tuple]:
    """US towns of 5,000+ people whose name names other places too, each with its state, the
    nearest town of its state (1,000+ people, within 50 km) whose name names it alone, and
    the nearest county of its state (within 30 km) whose name other counties bear too."""
    owners: Counter = Counter()
    for (key,) in db.execute("SELECT key FROM names"):
        owners[key] += 1
    towns = list(db.execute("SELECT id, name, lat, lon, admin1, population FROM places WHERE feature = 'city' "
                            "AND country = 'US' AND population >= 1000 AND admin1 != ''"))
    keys = {gid: key for key, gid in db.execute("SELECT key, id FROM names WHERE via = 'name'")}
    grid: dict = {}
    for gid, name, lat, lon, state, people in towns:
        if owners[keys.get(gid, "")] == 1:
            grid.setdefault((math.floor(lat), math.floor(lon)), []).append((name, lat, lon, state))
    counties: dict = {}
    for name, lat, lon, state in db.execute("SELECT name, lat, lon, admin1 FROM places WHERE feature = 'admin2' "
                                            "AND country = 'US'"):
        counties.setdefault((math.floor(lat), math.floor(lon)), []).append((name, lat, lon, state))
    shared = Counter(name for cell in counties.values() for name, _, _, _ in cell)
    rows = []
    for gid, name, lat, lon, state, people in sorted(towns, key=lambda t: -t[5]):
        if people < 5000 or owners[keys.get(gid, "")] < 2:
            continue
        near = [(km(lat, lon, la, lo), other) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                for other, la, lo, st in grid.get((math.floor(lat) + dy, math.floor(lon) + dx), ())
                if st == state and other != name]
        best = min(near, default=(math.inf, ""))
        county = min([(km(lat, lon, la, lo), other) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                      for other, la, lo, st in counties.get((math.floor(lat) + dy, math.floor(lon) + dx), ())
                      if st == state and shared[other] > 1], default=(math.inf, ""))
        rows.append((name, state, f"{people:,} people", best[1] if best[0] <= 50 else "",
                     county[1] if county[0] <= 30 else ""))
    return rows


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache-dir", type=Path, help="a cache folder with the place index (default: a new one)")
    ap.add_argument("--show", type=int, default=8, help="examples of failure to print per probe")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="geomap-probes-") as tmp, \
            Geoparser(args.cache_dir or Path(tmp) / "cache", excerpts=False, nearby=False) as gp:
        db = sqlite3.connect(str(gp.gazetteer.path))
        regions = [(n, lat, lon, f"{n} ({c}, {p:,} people)") for n, lat, lon, c, p in db.execute(
            "SELECT name, lat, lon, country, population FROM places WHERE feature = 'admin1' "
            "AND population >= 1000000 ORDER BY population DESC")]
        towns = [(n, lat, lon, f"{n} ({c}, {p:,} people)") for n, lat, lon, c, p in db.execute(
            "SELECT name, lat, lon, country, population FROM places WHERE feature = 'city' "
            "AND population >= 100000 ORDER BY population DESC")]
        us = [(n, s, f"{p:,} people") for n, s, p in db.execute(
            "SELECT name, admin1, population FROM places WHERE feature = 'city' AND country = 'US' "
            "AND population >= 5000 AND admin1 != '' ORDER BY population DESC")]
        abroad = [(n, c, f"{p:,} people") for n, c, p in db.execute(
            "SELECT name, country, population FROM places WHERE feature = 'city' AND country != 'US' "
            "AND population >= 50000 ORDER BY population DESC")]
        owners = Counter(key for (key,) in db.execute("SELECT key FROM names"))
        regional = [(n, c, r, f"{c}, {p:,} people") for n, c, r, p, key in db.execute(
            "SELECT p.name, p.country, p.admin1, p.population, n.key FROM places p JOIN names n ON n.id = p.id "
            "AND n.via = 'name' WHERE p.feature = 'city' AND p.country != 'US' AND p.population >= 5000 "
            "AND p.admin1 != '' AND p.admin1 != p.name ORDER BY p.population DESC") if owners[key] > 1]
        villages = [(n, s, "a village") for n, s in db.execute(
            "SELECT name, admin1 FROM places WHERE feature = 'city' AND country = 'US' AND id <= ? "
            "ORDER BY name", (POST_OFFICE_IDS,))]
        local = local_rows(db)
        db.close()
        postal = {name: code for code, name in postal_codes().items()}
        phone = {}  # a state -> its lowest area code
        for code, (country, state) in sorted(area_codes().items()):
            if country == "US" and state:
                phone.setdefault(state, code)
        news_style = {postal[name]: style.split()[0] for name in postal
                      for code, style in REGION_ABBREVIATIONS["US"].items() if code == postal[name]}

        probes: List[Tuple[str, Tuple[Counter, List[str]]]] = [
            ("regions of 1M+ people alone", probe(gp, alone(regions), args.show)),
            ("towns of 100,000+ people alone", probe(gp, alone(towns), args.show)),
            ("US towns of 5,000+ as 'Town, State'", probe(gp, town_state(us, lambda s: s), args.show)),
            ("US towns of 5,000+ as 'Town, ST' (postal code)",
             probe(gp, town_state(us, lambda s: postal.get(s)), args.show)),
            ("US towns of 5,000+ as 'Town, St.' (news style, where the state has one)",
             probe(gp, town_state(us, lambda s: news_style.get(postal.get(s, ""))), args.show)),
            ("US villages known by their post office as 'Village, State'",
             probe(gp, town_state(villages, lambda s: s), args.show)),
            ("towns of 50,000+ outside the US as 'Town, Country'", probe(gp, town_country(abroad), args.show)),
            ("ambiguous towns of 5,000+ outside the US as 'Town, Region' (their first-level region)",
             probe(gp, town_region(regional), args.show)),
            ("ambiguous US towns of 5,000+ alone, the article naming their state",
             probe(gp, with_state(local), args.show)),
            ("ambiguous US towns of 5,000+ alone, the article naming a neighbour of one name",
             probe(gp, with_neighbour(local), args.show)),
            ("ambiguous US towns of 5,000+ alone, the article naming their county, whose name is shared",
             probe(gp, with_county(local), args.show)),
            ("ambiguous US towns of 5,000+ as 'Town, County', the county's name shared",
             probe(gp, town_county(local), args.show)),
            ("ambiguous US towns of 5,000+ alone, the article giving a telephone number of their state",
             probe(gp, with_phone(local, phone), args.show)),
            ("ambiguous US towns of 5,000+, a telephone number of their state given for them",
             probe(gp, with_phone_for(local, phone), args.show)),
            ("ambiguous US towns of 5,000+ alone, nothing else in the article",
             probe(gp, with_phone(local, {}), args.show)),
        ]
    for title, (counts, examples) in probes:
        total = sum(counts.values())
        parts = ", ".join(f"{kind} {n:,} ({100 * n / total:.1f} %)" for kind, n in counts.most_common())
        print(f"{title}: {total:,} places: {parts}")
        for line in examples:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
