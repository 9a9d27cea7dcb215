#!/usr/bin/env python3
"""Regenerate geomap/data/area_codes.tsv: the North American telephone area codes and the
state, province or country each one serves.

Run by a maintainer, not at install time; the output is committed. The source is the
geocoding data of Google's libphonenumber as the ``phonenumbers`` package ships it
(Apache-2.0, see NOTICES.md): an area code's own entry where it names a state or province
("West Virginia"), else the state or province most of its exchanges' entries name
("Huntington, WV"); an area code outside the US and Canada gets its country (876: Jamaica).
Toll-free and other codes that serve no place are left out. No article is read.

Usage::

    pip install phonenumbers
    python3 tools/build_area_codes.py
"""

import collections
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap import geodata  # noqa: E402

OUT = ROOT / "geomap" / "data" / "area_codes.tsv"


def main() -> int:
    try:
        import phonenumbers
        from phonenumbers.geodata import GEOCODE_DATA
    except ImportError:
        sys.exit("phonenumbers is missing: pip install phonenumbers")
    postal = {}  # "WV" or "West Virginia" -> "WV" (US and Canadian codes differ)
    for code, name in geodata.postal_codes().items():
        postal[code] = postal[name] = code
    postal["Washington State"] = postal["WA"]
    postal["Washington D.C."] = postal["Washington DC"] = postal["DC"]
    votes = collections.defaultdict(collections.Counter)
    for prefix, names in GEOCODE_DATA.items():
        if not (prefix.startswith("1") and len(prefix) >= 4):
            continue
        english = names.get("en", "")
        short = re.search(r", ([A-Z]{2})$", english)
        found = postal.get(short.group(1) if short else english)
        if found:
            # an area code's own entry decides; its exchanges vote
            votes[prefix[1:4]][found] += 1_000_000 if len(prefix) == 4 else 1
    rows = []
    for npa in range(200, 1000):
        area = str(npa)
        if area[1:] == "11":
            continue  # N11: service codes (411, 911)
        country = phonenumbers.region_code_for_number(phonenumbers.parse(f"+1{area}5550100"))
        if country in ("US", "CA") and votes[area]:
            rows.append((area, country, votes[area].most_common(1)[0][0]))
        elif country and country not in ("US", "CA", "001"):
            rows.append((area, country, ""))
    OUT.write_text("# North American area codes: code, country, state or province (postal code; empty for a\n"
                   "# country of its own). From libphonenumber's geocoding data (Apache-2.0, see NOTICES.md).\n"
                   "# Written by tools/build_area_codes.py.\n"
                   + "".join(f"{a}\t{c}\t{s}\n" for a, c, s in rows), encoding="utf-8")
    print(f"{len(rows)} area codes written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
