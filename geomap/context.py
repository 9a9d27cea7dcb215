"""Names the gazetteer does not hold, found by the words around them.

News names places no city list holds: districts, villages, camps, crossings ("the town of
Kafr Nabl", "near Eastern Ghouta", "the Zaatari refugee camp"). This module finds capitalised
names in such place-like contexts. They come back as :class:`~geomap.models.Match` objects
with no candidates (``Mention.kind == "context"``): offline they are listed as unresolved, and
an online geocoder may place them (:mod:`geomap.pipeline`).

General rules only, no list of any article's names:

* a name is a run of capitalised words, joined by spaces or hyphens, with Arabic-style
  particles inside it ("Bab al-Hawa", "Deir ez-Zor"); a possessive ends it ("Syria's");
* the run must be cued: a locative word before it ("near", "outside", "north of", "the town
  of", "the villages of", "the outskirts of"), or a kind of place after it ("X province",
  "X governorate", "X district", "X camp", "X refugee camp", "X crossing", "X River", "X
  Valley"); a cue written with a capital ("Zaatari Refugee Camp", "Cook County") is part of
  the name, and so is a lake's, a mountain's or a cape's word before it ("Lake Murray",
  "Mount Sentinel");
* a capitalised kind of unit and "of" before a name is part of it, as official names are
  written ("the Rural Municipality of Rudy", "the Township of Blandford-Blenheim"); such a
  kind alone is no name ("the Rural Municipality");
* every later bare use of a name found this way in the same article is a mention too;
* a run made only of common English words, directions, titles or acronyms is no name
  ("the Central district", "an IDP camp", "near President …"); nor is a run that overlaps
  a name the matcher found, or one the gazetteer holds (the matcher saw it and chose not to
  report it, e.g. because it is a person's name).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .gazetteer import normalize
from .models import Article, Match, Mention
from .tokens import Tokens, allcaps
from .wordlists import (CALENDAR_WORDS, COMMON_WORDS, DISEASE_WORDS, FEATURE_WORDS_BEFORE, FUNCTION_WORDS,
                        NAME_PARTICLES, OFFICIAL_KINDS, OFFICIAL_OPENERS, PERSON_TITLES)

__all__ = ["find_context_names", "KIND_AFTER", "CUES_BEFORE"]

#: Kinds of land and water written after a name: "the Kennebec River", "Cache Valley", "the
#: Wasatch Mountains". Capitalised, they make a name of everyday words too ("the Salmon
#: River", "Bear Creek").
_LAND_AND_WATER = (
    "river", "lake", "valley", "bay", "creek", "reservoir", "mountains", "peninsula", "island",
    "islands", "canyon", "falls", "hills", "basin", "plateau", "gorge", "harbor", "harbour",
    "glacier", "delta", "national forest", "national park", "lagoon", "escarpment", "archipelago", "pass",
    "plain", "plains", "highlands", "marshes", "swamp", "wetlands", "volcano", "peak",
)

#: Kinds of place written after a name: "Idlib province", "the Zaatari refugee camp".
#: Multi-word kinds are listed as they are written.
KIND_AFTER: Tuple[Tuple[str, ...], ...] = tuple(
    tuple(k.split())
    for k in (
        "refugee camp", "displacement camp", "border crossing", "border gate",
        "province", "governorate", "district", "subdistrict", "county", "oblast", "prefecture",
        "municipality", "camp", "crossing", "neighbourhood", "neighborhood", "suburb", "village",
        "region", "township", "territory",
        *_LAND_AND_WATER,
    )
)

#: Plural kinds of place written after a list of names, each name a place of that kind:
#: "the Ankobra and Bonsa rivers", "Chhatak, Dowarabazar and Tahirpur upazilas".
KIND_PLURAL_AFTER = frozenset(
    "rivers lakes valleys creeks districts provinces regions villages towns camps counties islands "
    "zones municipalities upazilas neighbourhoods neighborhoods suburbs territories".split()
)

#: What joins the names of such a list.
_LIST_JOINS = frozenset((", ", " and ", ", and ", " or ", ", or ", " & "))

#: Words before a name that make it a place: "near X", "north of X", "the town of X".
CUES_BEFORE: Tuple[Tuple[str, ...], ...] = tuple(
    tuple(k.split())
    for k in (
        "near", "outside", "nearby",
        "north of", "south of", "east of", "west of", "northeast of", "northwest of",
        "southeast of", "southwest of", "outskirts of",
        "town of", "towns of", "village of", "villages of", "city of", "cities of",
        "district of", "districts of", "province of", "provinces of", "region of",
        "governorate of", "suburb of", "suburbs of", "neighbourhood of", "neighborhood of",
        "camp of", "hamlet of", "settlement of", "municipality of", "enclave of",
    )
)

def _index(phrases: Tuple[Tuple[str, ...], ...], at: int) -> Dict[str, Tuple[Tuple[str, ...], ...]]:
    """``phrases`` grouped by their word at ``at`` (0: first, -1: last), each group in the
    table's order, so a look-up tries only the phrases that can match, in the same order."""
    out: Dict[str, List[Tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[at], []).append(phrase)
    return {word: tuple(group) for word, group in out.items()}


#: Kinds that, capitalised, name a unit of their own as often as a place's kind ("the Northern
#: Territory", "the Yukon Territory"): a name's kind only in lower case.
_LOWER_CASE_KINDS = frozenset({("territory",)})

#: Kinds that name a place's kind only capitalised ("Victoria Falls"): in lower case they are
#: as often a verb ("Mothering Sunday falls on a weekend", "the Dow falls").
_CAPITAL_CASE_KINDS = frozenset({("falls",)})

_KIND_BY_FIRST = _index(tuple(k for k in KIND_AFTER if k not in _CAPITAL_CASE_KINDS), 0)
_KIND_BY_LAST = _index(tuple(k for k in KIND_AFTER if k not in _LOWER_CASE_KINDS), -1)
_CUE_BY_LAST = _index(CUES_BEFORE, -1)
#: Each cue's place in the table.
_CUE_ORDER = {cue: n for n, cue in enumerate(CUES_BEFORE)}

#: Cues before a name that people stand near too ("near President …" is no place).
_LOOSE_BEFORE = frozenset({("near",), ("outside",), ("nearby",)})

#: Lower-case particles that may stand inside a name ("Bab al-Hawa", "Ras el Ain").
_PARTICLES = NAME_PARTICLES

#: Directions: "the Northern district" is no name, "Eastern Ghouta" is.
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater inner outer".split()
)

#: Words that make "X district" an institution, not a place ("school district").
_INSTITUTIONS = frozenset(
    "school schools unified congressional electoral legislative assembly judicial police fire water "
    "sanitation library hospital health transit park parks business federal military voting".split()
)

_JOINS = (" ", "-", "\u00a0", "‐")
_PARTICLE_JOINS = (" ", "-", "‐")


class _Words:
    """The article's words as this module reads them: those of :class:`~geomap.tokens.Tokens`,
    with a word's last dot ("Dr.", "St.", "U.S.") counted as punctuation after it, so that
    it ends a name and a clause as any other dot does."""

    __slots__ = ("text", "words", "starts", "ends", "gaps", "n", "possessive", "capitals")

    def __init__(self, toks: Tokens) -> None:
        self.text, self.starts, self.n = toks.text, toks.starts, toks.n
        self.possessive, self.capitals = toks.possessive, toks.capitals
        self.words, self.ends = toks.words, toks.ends
        #: ``gaps[k]``: the text between word ``k - 1`` and word ``k``, as in ``Tokens``
        #: (``_gap(self, k - 1, k)`` without slicing the text)
        self.gaps = toks.gaps
        if toks.dotted:
            self.words, self.ends, self.gaps = list(toks.words), list(toks.ends), list(toks.gaps)
            for k in toks.dotted:
                self.words[k] = self.words[k][:-1]
                self.ends[k] -= 1
                self.gaps[k + 1] = "." + self.gaps[k + 1]


def _gap(toks: _Words, a: int, b: int) -> str:
    """The text between words ``a`` and ``b``."""
    return toks.text[toks.ends[a] : toks.starts[b]]


def _runs(toks: _Words) -> List[Tuple[int, int]]:
    """Maximal runs [i, j) of capitalised words joined by one space or a hyphen.

    Particles ("al", "ez") may stand inside a run, never at its ends; a possessive ends a
    run; an article ("The") opening a run is left out of it.
    """
    runs = []
    words, n, possessive, gaps = toks.words, toks.n, toks.possessive, toks.gaps
    done = 0
    for i in toks.capitals:
        if i < done:
            continue
        j = i + 1
        while j < n and j - 1 not in possessive:
            if gaps[j] not in _JOINS:
                break
            if words[j][0].isupper():
                j += 1
                continue
            # a particle joins only when a capitalised word follows it
            k = j
            while k + 1 < n and words[k].lower() in _PARTICLES and gaps[k + 1] in _joins(words[k]):
                k += 1
            if k > j and k < n and words[k][0].isupper() and gaps[k] in _joins(words[k - 1]):
                j = k + 1
                continue
            break
        # "The" opening a sentence is no part of the name after it ("The Atmeh camp")
        runs.append((i + 1, j) if j - i > 1 and words[i].lower() in ("the", "a", "an") else (i, j))
        done = j
    return runs


#: Particles that are English words too: inside a name only with a hyphen ("Tall at-Tamr";
#: not "the Assiniboine River at Brandon").
_ENGLISH_PARTICLES = frozenset(("at", "as", "an", "ad", "ash", "ed", "es"))


def _joins(particle: str) -> Tuple[str, ...]:
    """What may join a particle to the words around it."""
    return ("-", "‐") if particle.lower() in _ENGLISH_PARTICLES else _PARTICLE_JOINS


def _words_before(toks: _Words, i: int, count: int) -> Tuple[str, ...]:
    """Up to ``count`` lower-cased words right before word ``i``, on the same clause."""
    out: List[str] = []
    k = i - 1
    while k >= 0 and len(out) < count:
        if toks.gaps[k + 1].strip(" \u00a0"):  # punctuation between: another clause
            break
        out.insert(0, toks.words[k].lower())
        k -= 1
    return tuple(out)


def _cued_before(toks: _Words, i: int) -> Optional[Tuple[str, ...]]:
    # every cue ends with the word right before the name, in the same clause
    if i == 0 or toks.words[i - 1].lower() not in _CUE_BY_LAST or toks.gaps[i].strip(" \u00a0"):
        return None
    words = _words_before(toks, i, 2)
    if not words:
        return None
    # a cue that ends these (at most two) words is their last word or both: those two are
    # looked up, and tried in the table's order, rather than every cue with that last word
    for cue in sorted({words[-1:], words[-2:]} & _CUE_ORDER.keys(), key=_CUE_ORDER.__getitem__):
        if len(cue) == 1 and i > 0 and toks.words[i - 1][0].isupper() and not _sentence_start(toks, i - 1):
            continue  # "Near" inside a capitalised name
        return cue
    return None


_OPENERS = frozenset(" \t\"'“‘(«[—–-")


def _sentence_start(toks: _Words, i: int) -> bool:
    """Whether word ``i`` starts the text, a line or a sentence (opening marks skipped)."""
    text = toks.text
    k = toks.starts[i]
    while k > 0 and text[k - 1] in _OPENERS:  # looks back only as far as it must
        k -= 1
    return k == 0 or text[k - 1] in "\n.!?:;"


def _kind_after(toks: _Words, j: int) -> Optional[Tuple[str, ...]]:
    """The kind of place written (in lower case) right after a run ending before word ``j``."""
    if j >= toks.n:
        return None
    words = toks.words
    for kind in _KIND_BY_FIRST.get(words[j], ()):
        end = j + len(kind)
        if end > toks.n:
            continue
        if tuple(words[j:end]) != kind:  # lower case only: a capital makes it part of the name
            continue
        if any(toks.gaps[k] != " " for k in range(j, end)):
            continue
        return kind
    return None


def _capital_kind(toks: _Words, i: int, j: int) -> int:
    """How many of the run's last words are a capitalised kind ("… Refugee Camp"), else 0."""
    kinds = _KIND_BY_LAST.get(toks.words[j - 1].lower(), ())
    if not kinds:
        return 0
    words = tuple(w.lower() for w in toks.words[i:j])
    for kind in kinds:
        if len(words) > len(kind) and words[-len(kind):] == kind:
            return len(kind)
    return 0


def _kind_before(toks: _Words, i: int, j: int) -> bool:
    """Whether the run [i, j) is a lake's, a mountain's or a cape's word before one word that
    is no everyday word ("Lake Murray", "Mount Sentinel"; not "the Lake Murray Fourth of July
    fireworks", "Lake Champlain Transportation Co.", "Cape Town")."""
    return j - i == 2 and toks.words[i] in FEATURE_WORDS_BEFORE and toks.words[i + 1].lower() not in COMMON_WORDS


def _land_or_water(toks: _Words, i: int, j: int, extra: int) -> bool:
    """Whether the run [i, j) ends in ``extra`` capitalised words of land or water after a
    name of words that are no function or calendar words ("the Salmon River")."""
    kind = " ".join(w.lower() for w in toks.words[j - extra : j])
    return kind in _LAND_AND_WATER and not any(
        w.lower() in FUNCTION_WORDS or w.lower() in CALENDAR_WORDS or allcaps(w) for w in toks.words[i : j - extra])


def _is_name(run: Sequence[str], loose: bool) -> bool:
    """Whether a run of words may be a place's name."""
    words = [w.lower() for w in run]
    if any(allcaps(w) for w in run):
        return False  # acronyms: organisations, not places ("an IDP camp")
    if all(w in FUNCTION_WORDS or w in CALENDAR_WORDS or w in COMMON_WORDS or w in _DIRECTIONS
           or w in _PARTICLES for w in words):
        return False
    if any(w in _INSTITUTIONS for w in words):
        return False
    if words[0] in FUNCTION_WORDS or words[0] in CALENDAR_WORDS:
        return False
    if loose and words[0].rstrip(".") in PERSON_TITLES:
        return False
    return True


def find_context_names(
    article: Article,
    matches: Sequence[Match],
    *,
    known: Optional[Callable[[Set[str]], Iterable[str]]] = None,
    ignore: Iterable[str] = (),
    tokens: Optional[Tokens] = None,
) -> List[Match]:
    """Capitalised names in place-like contexts that no existing match covers, in text order.

    :param article: the article.
    :param matches: the matcher's matches; a context name never overlaps one.
    :param known: given normalised names, returns those the gazetteer holds; such names are
        skipped (the matcher saw them and decided).
    :param ignore: names never to report (compared normalised).
    :param tokens: the article's words, when the caller has them already (the matcher's).
    :returns: one :class:`Match` with no candidates per mention (``kind="context"``).
    """
    text = article.text
    toks = _Words(Tokens(text) if tokens is None else tokens)
    runs = _runs(toks)
    if not runs:
        return []
    starts, ends, words = toks.starts, toks.ends, toks.words
    taken = sorted((m.mention.start, m.mention.end) for m in matches)
    taken_starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # furthest end among the first k

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(taken_starts, end)  # the spans that start before ``end``
        return k > 0 and reach[k - 1] > start

    listed = _listed(toks, runs)
    found: List[Tuple[int, int]] = []  # word spans [i, j) of cued names
    dateline = _dateline(toks, runs, matches)
    if dateline is not None:
        found.append(dateline)
    n = toks.n
    after_of = {i: j for i, j in runs if i > 1 and words[i - 1] == "of"}
    joined: List[Tuple[int, int]] = []  # official names: "Rural Municipality of Rudy"
    for i, j in runs:
        if (words[j - 1] in OFFICIAL_KINDS and j + 1 in after_of and toks.gaps[j] == " " == toks.gaps[j + 1]
                and all(word in OFFICIAL_OPENERS for word in words[i : j - 1])
                and _is_name(words[j + 1 : after_of[j + 1]], False)):
            # a unit's kind and "of" before a name, as official names are written: the whole
            # name, not the kind alone ("Rural Municipality")
            joined.append((i, after_of[j + 1]))
            continue
        if words[j - 1] in OFFICIAL_KINDS and all(word in OFFICIAL_OPENERS for word in words[i : j - 1]):
            continue  # "the Rural Municipality" alone: a kind of unit, no name
        # most runs have no cue of any kind: what each test below looks up first, at once
        # (a capitalised kind ending the run, a kind after it, a feature's word before one
        # word, a list, a cue's last word before it)
        if not (words[j - 1].lower() in _KIND_BY_LAST or j < n and words[j] in _KIND_BY_FIRST
                or j - i == 2 and words[i] in FEATURE_WORDS_BEFORE or i in listed
                or i > 0 and words[i - 1].lower() in _CUE_BY_LAST):
            continue
        extra = _capital_kind(toks, i, j)
        name_end = j - extra
        loose = False
        cued = False
        kind_after = None if extra else _kind_after(toks, j)
        if extra or kind_after is not None or _kind_before(toks, i, j) or i in listed:
            cued = True
        cue = _cued_before(toks, i)
        if cue is not None:
            cued = True
            loose = cue in _LOOSE_BEFORE and not extra and kind_after is None
        if not cued:
            continue
        if not _is_name(words[i:name_end], loose) and not (extra and _land_or_water(toks, i, j, extra)):
            continue
        if loose and (j - 1 in toks.possessive or text[ends[j - 1] : ends[j - 1] + 1] in "'’"):
            continue  # "near Smith's home": near a person
        if i > 0 and toks.gaps[i] in ("-", "‐"):
            continue  # the end of a hyphenated word ("pro-Assad")
        if j < toks.n and words[j].lower() in DISEASE_WORDS and toks.gaps[j] in (" ", "-"):
            continue  # "Ross River virus": a disease's name
        found.append((i, j))

    spans: Dict[str, Tuple[int, int]] = {}
    for i, j in joined:
        start, end = starts[i], ends[j - 1]
        if not overlaps(start, end):
            spans.setdefault(normalize(text[start:end]), (i, j))
    for i, j in found:
        start, end = starts[i], ends[j - 1]
        if overlaps(start, end):
            continue
        spans.setdefault(normalize(text[start:end]), (i, j))
    if known is not None and spans:
        for key in set(known(set(spans))):
            spans.pop(key, None)
    for key in {normalize(n) for n in ignore}:
        spans.pop(key, None)
    if not spans:
        return []

    # Every capitalised run that is one of these names is a mention, cued or not.
    out: List[Match] = []
    for i, j in joined:
        start, end = starts[i], ends[j - 1]
        if normalize(text[start:end]) in spans and not overlaps(start, end):
            out.append(Match(Mention(article.id, start, end, text[start:end], kind="context"), ()))
    joined_words = {k for i, j in joined for k in range(i, j)}
    for i, j in runs:
        if i in joined_words:
            continue
        for a, b in _sub_spans(toks, i, j, spans):
            start, end = starts[a], ends[b - 1]
            if overlaps(start, end):
                continue
            out.append(Match(Mention(article.id, start, end, text[start:end], kind="context"), ()))
    return out


#: What follows a dateline's country or region: a news agency in parentheses or a dash
#: ("RENK, South Sudan (Reuters) -", "GOMA, Congo —").
_AFTER_DATELINE = re.compile(r"\s*\([^()\n]{1,40}\)\s*[—–-]|\s+[—–-]")


def _dateline(toks: _Words, runs: Sequence[Tuple[int, int]], matches: Sequence[Match]) -> Optional[Tuple[int, int]]:
    """The article's first words when they are a dateline's place in capitals, followed by
    a comma, a country or a region the matcher found, and an agency or a dash ("RENK, South
    Sudan (Reuters) -"): a place, whether or not the gazetteer holds it."""
    i, j = runs[0]
    text = toks.text
    if text[: toks.starts[i]].strip() or not all(allcaps(w) for w in toks.words[i:j]):
        return None
    end = toks.ends[j - 1]
    if text[end : end + 2] != ", ":
        return None
    after = next((m for m in matches if m.mention.start == end + 2), None)
    if after is None or not any(c.place.feature in ("country", "admin1") for c in after.candidates):
        return None
    return (i, j) if _AFTER_DATELINE.match(text, after.mention.end) else None


def _listed(toks: _Words, runs: Sequence[Tuple[int, int]]) -> Set[int]:
    """The first words of the runs that make a list of two names or more before a plural
    kind of place ("the Surma and Kushiyara rivers", "Kanaighat, Zakiganj and Chhatak
    upazilas")."""
    out: Set[int] = set()
    for r in range(len(runs) - 1, -1, -1):
        i, j = runs[r]
        if i in out or j >= toks.n or toks.words[j] not in KIND_PLURAL_AFTER or toks.gaps[j] != " ":
            continue
        names = [i]
        while r > 0 and _gap(toks, runs[r - 1][1] - 1, runs[r][0]) in _LIST_JOINS:
            r -= 1
            names.append(runs[r][0])
        if len(names) > 1:  # one word alone may be an adjective ("Shiite villages", "Several provinces")
            out.update(names)
    return out


def _sub_spans(toks: _Words, i: int, j: int, spans: Dict[str, Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The spans inside run [i, j) that are found names: the whole run, or the run without a
    trailing capitalised kind ("Zaatari" of "Zaatari Camp" when only "Zaatari" was found)."""
    key = normalize(" ".join(toks.words[i:j]))
    if key in spans:
        return [(i, j)]
    extra = _capital_kind(toks, i, j)
    if extra:
        key = normalize(" ".join(toks.words[i : j - extra]))
        if key in spans:
            return [(i, j - extra)]
    return []
