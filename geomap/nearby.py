"""Names the gazetteer lacks, placed at the place the article names nearest before them.

A name found by the words around it ("the village of Kafr Nabl", "Guma Local Government
Area", "the Zaatari refugee camp") has no entry in the index: offline it would stay off the
map. News names such places beside the town they lie in or near ("… in Idlib province. In
the village of Kafr Nabl, …"), so the town the article names last before it (else first
after it) is where a reader would look for it: a town of the country the article's places
lie in most, where it names one there (not a Dubai dateline's for a Yemeni port). The name
is placed there as an approximate place of its own (feature ``"nearby"``, confidence
:data:`CONFIDENCE`, a reason naming the town), never as that town: the map shows a "Kafr
Nabl" pin by Idlib's, not a second Idlib.

Only points anchor a name (towns, counties, your places, geocoded places): a country or a
region is too large to say where a village is. A name with no such place in its article
stays unresolved. A name written in a place ("Kafr Nabl, Idlib", "Kamituga in South Kivu")
is placed there: at that town, or at the article's nearest town in that region or country;
with none there, at the region's own point (a country's name leaves it unresolved), not at
the article's last town, which may lie far away (a Stockholm dateline). Every mention of one
name in an article goes to its first mention's place.
This is the offline answer: where an online geocoder is used, it is asked instead, and the
names it does not find stay unresolved, as it reports them (:mod:`geomap.pipeline`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Dict, List, Optional, Sequence, Tuple

from .models import Place, Resolution

__all__ = ["ANCHORS", "CONFIDENCE", "place_nearby"]

#: The kinds of place that may anchor a name: points, not areas.
ANCHORS = ("city", "admin2", "custom", "geocoded")
#: The confidence of a name placed at its neighbour.
CONFIDENCE = 0.3


#: The kinds of place a name may be written in ("Kamituga in South Kivu").
CONTAINERS = ("admin1", "admin2", "country")
#: What may stand between a name and the place it is written in or by.
_IN = re.compile(r"(?: (?:neighbou?rhood|section|suburb),? (?:of|in)|,|,? in(?: the)?|,? near|,? outside)"
                 r"(?: (?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown))? ",
                 re.IGNORECASE)


def place_nearby(resolutions: Sequence[Resolution], text: str = "") -> List[Resolution]:
    """``resolutions`` (one article's, in text order) with each unresolved name found by its
    context placed at the anchoring place named last before it, else first after it, of the
    article's own country (see :func:`_home`) where it names one; a name that ``text`` writes
    in a place (see :func:`_container`) at that town, else at the anchoring place in that
    region or country named last before it, else first after it, else at the region."""
    if not any(r.place is None and r.mention.kind == "context" for r in resolutions):
        return list(resolutions)
    anchors = [n for n, r in enumerate(resolutions) if r.place is not None and r.place.feature in ANCHORS]
    # a dateline says where the story was filed, not where its places lie ("JAKARTA (Antara) -
    # Mount Semeru, … in Lumajang"): it anchors a name only where nothing else does
    anchors = [n for n in anchors if not _dateline(resolutions[n], text)] or anchors
    home = _home(resolutions)
    placed: Dict[str, Tuple[Place, str]] = {}  # by name: the place given, the reason
    out: List[Resolution] = []
    for n, r in enumerate(resolutions):
        if r.place is not None or r.mention.kind != "context":
            out.append(r)
            continue
        name = " ".join(r.mention.surface.split())
        key = name.casefold()
        if key not in placed:
            container = _container(resolutions, n, text)
            if container is not None and container.feature in ANCHORS:
                inside = [n + 1]  # "Tell Qarmuz, Idlib", "Kamituga in Mwenga": that town
            elif container is not None:
                inside = [k for k in anchors if _within(resolutions[k].place, container)]
            else:
                inside = [k for k in anchors if resolutions[k].place.country == home] or anchors
            before = [k for k in inside if k < n]
            if inside:
                anchor = resolutions[before[-1] if before else inside[0]].place
                how = f"the place this article names {'last before' if before else 'first after'} it"
                if container is not None and container.feature in ANCHORS:
                    how = "the place it is written in"
                elif container is not None:
                    how += f" in {container.name}"
            elif container is not None and container.feature != "country":
                anchor, how = container, "the area it is written in"
            else:
                out.append(r)
                continue
            assert anchor is not None  # anchors are resolved
            # a town's region and country; a region's country
            where = ", ".join(x for x in (anchor.admin1, anchor.country)
                              if x and (x != anchor.name or anchor.feature in ANCHORS))
            placed[key] = (
                Place(0, name, anchor.lat, anchor.lon, anchor.country, "nearby", 0, anchor.admin1),
                f"not in the gazetteer; placed at {anchor.name}" + (f" ({where})" if where else "")
                + f", {how} (approximate)",
            )
        place, reason = placed[key]
        out.append(dataclasses.replace(r, place=place, confidence=CONFIDENCE, reason=reason))
    return out


def _dateline(r: Resolution, text: str) -> bool:
    """Whether a name is its article's dateline: in capitals, the first words of the text
    ("JAKARTA (Antara) -", "SALINA, Kan. —")."""
    return bool(text) and r.mention.surface.isupper() and not text[: r.mention.start].strip()


def _home(resolutions: Sequence[Resolution]) -> str:
    """The country the article's places lie in most often, more often than any other, else
    ``""``."""
    counts = Counter(r.place.country for r in resolutions if r.place is not None and r.place.country)
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""


def _container(resolutions: Sequence[Resolution], n: int, text: str) -> Optional[Place]:
    """The place, region or country that the name of ``resolutions[n]`` is written in: the
    place right after it, after a comma, "in", "near" or "outside", or a part of a town's word
    and "of" ("Kamituga in South Kivu", "Kafr Nabl, Idlib", "Loch Ness near Inverness", "the
    Havelock neighborhood of northeast Lincoln"), else ``None``."""
    if not text or n + 1 >= len(resolutions):
        return None
    after = resolutions[n + 1]
    if after.place is None or after.place.feature not in CONTAINERS + ANCHORS:
        return None
    if _IN.fullmatch(text, resolutions[n].mention.end, after.mention.start) is None:
        return None
    return after.place


def _within(place: Optional[Place], container: Place) -> bool:
    """Whether ``place`` lies in ``container``, a country or a first-level region, as the
    index says (a county is small enough to stand for what lies in it)."""
    if place is None or place.country != container.country or container.feature == "admin2":
        return False
    return container.feature == "country" or place.admin1 == container.admin1
