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
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

from .geodata import postal_codes

__all__ = ["Number", "numbers", "called_regions", "dialled", "area_codes"]

_TABLE = Path(__file__).resolve().parent / "data" / "area_codes.tsv"

_NUMBER = re.compile(
    r"(?<![\w.+-])(?:\+?1[-. ]|\+1)?"
    r"(?:\((?P<paren>[2-9]\d\d)\) ?[2-9]\d\d[-. ]\d{4}"
    r"|(?P<plain>[2-9]\d\d)(?P<sep>[-.])[2-9]\d\d(?P=sep)\d{4}"
    r"|(?<=\+1 )(?P<spaced>[2-9]\d\d) [2-9]\d\d \d{4})"
    r"(?![\w-])")

#: What every number ends with: most articles have none. The exchange's first digit is
#: written as the class of ASCII digits the numbers above give it, not as ``\d``: a search
#: for a pattern that opens with a class skips at C speed to its next character, one that
#: opens with a category tries a match at every character of the article.
_TAIL = re.compile(r"[2-9]\d\d[-. ]\d{4}")


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


class Number(NamedTuple):
    """A telephone number of ``text[start:end]`` whose area code serves ``region`` of
    ``country`` ("" where the code serves a whole country)."""

    start: int
    end: int
    country: str
    region: str


def numbers(text: str) -> Tuple[Number, ...]:
    """The North American telephone numbers in ``text`` whose area code serves a place, in
    text order."""
    if not _TAIL.search(text):  # (three times faster over news than the full pattern)
        return ()
    areas = area_codes()
    found: List[Number] = []
    for m in _NUMBER.finditer(text):
        area = areas.get(m.group("paren") or m.group("plain") or m.group("spaced"))
        if area is not None:
            found.append(Number(m.start(), m.end(), *area))
    return tuple(found)


def called_regions(text: str, found: Optional[Sequence[Number]] = None) -> Tuple[Tuple[str, str], ...]:
    """The ``(country, region name)`` of each area code of the telephone numbers in ``text``
    (or of ``found``, its :func:`numbers`), once each, in order of first appearance; the
    region name is "" where a code serves a whole country."""
    regions: Dict[Tuple[str, str], None] = {}
    for number in numbers(text) if found is None else found:
        regions.setdefault((number.country, number.region))
    return tuple(regions)


#: The most a name and the number given for it stand apart ("the cancer center in Huntington
#: at 304-555-0100", "London police at 519-661-5670").
_NEAR = 40
#: What ends a sentence, a line or a clause between a name and a number.
_BREAK = re.compile(r"[.!?;:]\s|\n")


def dialled(text: str, found: Sequence[Number], spans: Sequence[Tuple[int, int]]) -> Dict[int, Tuple[str, str]]:
    """The ``(country, region)`` of the number given for each name, by position in ``spans``
    (the names' offsets in text order): a number that follows the name within a few words of
    the same sentence, with no other name between ("call police in Huntington at
    304-555-0100"), is a number of a place in that town, as a state written after it would
    say ("Huntington, W.Va.")."""
    out: Dict[int, Tuple[str, str]] = {}
    if not found:
        return out
    n = 0
    for number in found:
        while n + 1 < len(spans) and spans[n + 1][1] <= number.start:
            n += 1  # the last name that ends before the number
        if n < len(spans) and spans[n][1] <= number.start:
            gap = text[spans[n][1] : number.start]
            if len(gap) <= _NEAR and not _BREAK.search(gap) and n not in out:
                out[n] = (number.country, number.region)
    return out
