"""The regions an article's telephone numbers point to.

Local news gives numbers to call ("call London police at 519-661-5670", "the City of Turkey
at 806-423-1033"). A North American area code serves one state, province or country (519:
Ontario; 806: Texas; 876: Jamaica), so such a number says which London, Huntington or Turkey
the article means as much as naming the province once would. Toll-free, service and
non-geographic codes serve no place and are not in the table (``data/area_codes.tsv``,
made by ``tools/build_area_codes.py`` from libphonenumber's data).

A number is taken only in the forms North American news writes: ``(519) 661-5670``,
``519-661-5670``, ``519.661.5670``, each with an optional leading ``1-`` or ``+1``, and
``+1 519 661 5670``; never inside a longer run of digits, letters or dashes (case numbers,
ISBNs).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Tuple

from .geodata import postal_codes

__all__ = ["called_regions", "area_codes"]

_TABLE = Path(__file__).resolve().parent / "data" / "area_codes.tsv"

_NUMBER = re.compile(
    r"(?<![\w.+-])(?:\+?1[-. ]|\+1)?"
    r"(?:\((?P<paren>[2-9]\d\d)\) ?[2-9]\d\d[-. ]\d{4}"
    r"|(?P<plain>[2-9]\d\d)(?P<sep>[-.])[2-9]\d\d(?P=sep)\d{4}"
    r"|(?<=\+1 )(?P<spaced>[2-9]\d\d) [2-9]\d\d \d{4})"
    r"(?![\w-])")

#: What every number ends with: most articles have none.
_TAIL = re.compile(r"\d\d\d[-. ]\d{4}")


@lru_cache(maxsize=1)
def area_codes() -> Dict[str, Tuple[str, str]]:
    """Area code -> ``(country, region name)``, the name as the place index writes it ("" for
    a code that serves a whole country)."""
    names = postal_codes()
    areas: Dict[str, Tuple[str, str]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, country, postal = line.split("\t")
            areas[code] = (country, names.get(postal, "") if postal else "")
    return areas


def called_regions(text: str) -> Tuple[Tuple[str, str], ...]:
    """The ``(country, region name)`` of each area code of the North American telephone
    numbers in ``text``, once each, in order of first appearance; the region name is ""
    where a code serves a whole country."""
    if not _TAIL.search(text):  # (three times faster over news than the full pattern)
        return ()
    areas = area_codes()
    found: List[Tuple[str, str]] = []
    for m in _NUMBER.finditer(text):
        area = areas.get(m.group("paren") or m.group("plain") or m.group("spaced"))
        if area is not None and area not in found:
            found.append(area)
    return tuple(found)
