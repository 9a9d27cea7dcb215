"""Names the gazetteer lacks, placed at the place the article names nearest before them.

A name found by the words around it ("the village of Kafr Nabl", "Guma Local Government
Area", "the Zaatari refugee camp") has no entry in the index: offline it would stay off the
map. News names such places beside the town they lie in or near ("… in Idlib province. In
the village of Kafr Nabl, …"), so the town the article names last before it (else first
after it) is where a reader would look for it. The name is placed there as an approximate
place of its own (feature ``"nearby"``, confidence :data:`CONFIDENCE`, a reason naming the
town), never as that town: the map shows a "Kafr Nabl" pin by Idlib's, not a second Idlib.

Only points anchor a name (towns, counties, your places, geocoded places): a country or a
region is too large to say where a village is. A name with no such place in its article
stays unresolved. Every mention of one name in an article goes to its first mention's town.
This is the offline answer: where an online geocoder is used, it is asked instead, and the
names it does not find stay unresolved, as it reports them (:mod:`geomap.pipeline`).
"""

from __future__ import annotations

import dataclasses
from typing import Dict, List, Sequence, Tuple

from .models import Place, Resolution

__all__ = ["ANCHORS", "CONFIDENCE", "place_nearby"]

#: The kinds of place that may anchor a name: points, not areas.
ANCHORS = ("city", "admin2", "custom", "geocoded")
#: The confidence of a name placed at its neighbour.
CONFIDENCE = 0.3


def place_nearby(resolutions: Sequence[Resolution]) -> List[Resolution]:
    """``resolutions`` (one article's, in text order) with each unresolved name found by its
    context placed at the anchoring place named last before it, else first after it."""
    anchors = [n for n, r in enumerate(resolutions) if r.place is not None and r.place.feature in ANCHORS]
    if not anchors:
        return list(resolutions)
    placed: Dict[str, Tuple[Place, str]] = {}  # by name: the place given, the reason
    out: List[Resolution] = []
    for n, r in enumerate(resolutions):
        if r.place is not None or r.mention.kind != "context":
            out.append(r)
            continue
        name = " ".join(r.mention.surface.split())
        key = name.casefold()
        if key not in placed:
            before = [k for k in anchors if k < n]
            anchor = resolutions[before[-1] if before else anchors[0]].place
            assert anchor is not None  # anchors are resolved
            where = ", ".join(x for x in (anchor.admin1, anchor.country) if x)
            placed[key] = (
                Place(0, name, anchor.lat, anchor.lon, anchor.country, "nearby", 0, anchor.admin1),
                f"not in the gazetteer; placed at {anchor.name}" + (f" ({where})" if where else "")
                + f", the place this article names {'last before' if before else 'first after'} it (approximate)",
            )
        place, reason = placed[key]
        out.append(dataclasses.replace(r, place=place, confidence=CONFIDENCE, reason=reason))
    return out
