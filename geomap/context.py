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
  "X governorate", "X district", "X camp", "X refugee camp", "X crossing"); a cue written
  with a capital ("Zaatari Refugee Camp", "Cook County") is part of the name;
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
from .wordlists import CALENDAR_WORDS, COMMON_WORDS, FUNCTION_WORDS, NAME_PARTICLES, PERSON_TITLES

__all__ = ["find_context_names", "KIND_AFTER", "CUES_BEFORE"]

#: Kinds of place written after a name: "Idlib province", "the Zaatari refugee camp".
#: Multi-word kinds are listed as they are written.
KIND_AFTER: Tuple[Tuple[str, ...], ...] = tuple(
    tuple(k.split())
    for k in (
        "refugee camp", "displacement camp", "border crossing", "border gate",
        "province", "governorate", "district", "subdistrict", "county", "oblast", "prefecture",
        "municipality", "camp", "crossing", "neighbourhood", "neighborhood", "suburb", "village",
        "region",
    )
)

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


_KIND_BY_FIRST = _index(KIND_AFTER, 0)
_KIND_BY_LAST = _index(KIND_AFTER, -1)
_CUE_BY_LAST = _index(CUES_BEFORE, -1)

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

_WORD = re.compile(r"[^\W\d_][\w]*(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)


class _Tok:
    __slots__ = ("start", "end", "text", "possessive")

    def __init__(self, start: int, end: int, text: str, possessive: bool) -> None:
        self.start, self.end, self.text, self.possessive = start, end, text, possessive

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def allcaps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)


def _tokenize(text: str) -> List[_Tok]:
    tokens = []
    append = tokens.append
    for m in _WORD.finditer(text):
        word = m.group()
        if ("'" in word or "’" in word) and len(word) > 3:
            cut = _POSSESSIVE.search(word)
            if cut and cut.group().lower() in ("'s", "’s"):
                start = m.start()
                append(_Tok(start, start + cut.start(), word[: cut.start()], True))
                continue
        append(_Tok(m.start(), m.end(), word, False))
    return tokens


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


def _runs(text: str, tokens: Sequence[_Tok]) -> List[Tuple[int, int]]:
    """Maximal runs [i, j) of capitalised words joined by one space or a hyphen.

    Particles ("al", "ez") may stand inside a run, never at its ends; an article ("The")
    opening a run is left out of it.
    """
    runs = []
    n = len(tokens)
    i = 0
    while i < n:
        if not tokens[i].capital:
            i += 1
            continue
        j = i + 1
        while j < n and not tokens[j - 1].possessive:
            gap = _gap(text, tokens[j - 1], tokens[j])
            if gap not in (" ", "-", "\u00a0", "‐"):
                break
            if tokens[j].capital:
                j += 1
                continue
            # a particle joins only when a capitalised word follows it
            k = j
            while k < n and tokens[k].lower in _PARTICLES and _gap(text, tokens[k], tokens[k + 1] if k + 1 < n else tokens[k]) in (" ", "-", "‐"):
                k += 1
            if k > j and k < n and tokens[k].capital and _gap(text, tokens[k - 1], tokens[k]) in (" ", "-", "‐"):
                j = k + 1
                continue
            break
        # "The" opening a sentence is no part of the name after it ("The Atmeh camp")
        runs.append((i + 1, j) if j - i > 1 and tokens[i].lower in ("the", "a", "an") else (i, j))
        i = j
    return runs


def _words_before(text: str, tokens: Sequence[_Tok], i: int, count: int) -> Tuple[str, ...]:
    """Up to ``count`` lower-cased words right before token ``i``, on the same clause."""
    out: List[str] = []
    k = i - 1
    while k >= 0 and len(out) < count:
        gap = _gap(text, tokens[k], tokens[k + 1])
        if gap.strip(" \u00a0"):  # punctuation between: another clause
            break
        out.insert(0, tokens[k].lower)
        k -= 1
    return tuple(out)


def _cued_before(text: str, tokens: Sequence[_Tok], i: int) -> Optional[Tuple[str, ...]]:
    words = _words_before(text, tokens, i, 2)
    if not words:
        return None
    for cue in _CUE_BY_LAST.get(words[-1], ()):
        if words[-len(cue):] == cue:
            if len(cue) == 1 and i > 0 and tokens[i - 1].capital and not _sentence_start(text, tokens, i - 1):
                continue  # "Near" inside a capitalised name
            return cue
    return None


_OPENERS = frozenset(" \t\"'“‘(«[—–-")


def _sentence_start(text: str, tokens: Sequence[_Tok], i: int) -> bool:
    """Whether token ``i`` starts the text, a line or a sentence (opening marks skipped)."""
    k = tokens[i].start
    while k > 0 and text[k - 1] in _OPENERS:  # looks back only as far as it must
        k -= 1
    return k == 0 or text[k - 1] in "\n.!?:;"


def _kind_after(text: str, tokens: Sequence[_Tok], j: int) -> Optional[Tuple[str, ...]]:
    """The kind of place written (in lower case) right after a run ending before token ``j``."""
    if j >= len(tokens):
        return None
    for kind in _KIND_BY_FIRST.get(tokens[j].text, ()):
        if j + len(kind) > len(tokens):
            continue
        seq = tokens[j : j + len(kind)]
        if tuple(t.text for t in seq) != kind:  # lower case only: a capital makes it part of the name
            continue
        if any(_gap(text, a, b) != " " for a, b in zip([tokens[j - 1]] + seq[:-1], seq)):
            continue
        return kind
    return None


def _capital_kind(tokens: Sequence[_Tok], i: int, j: int) -> int:
    """How many of the run's last words are a capitalised kind ("… Refugee Camp"), else 0."""
    kinds = _KIND_BY_LAST.get(tokens[j - 1].lower, ())
    if not kinds:
        return 0
    words = tuple(t.lower for t in tokens[i:j])
    for kind in kinds:
        if len(words) > len(kind) and words[-len(kind):] == kind:
            return len(kind)
    return 0


def _is_name(tokens: Sequence[_Tok], loose: bool) -> bool:
    """Whether a run of words may be a place's name."""
    words = [t.lower for t in tokens]
    if any(t.allcaps for t in tokens):
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
) -> List[Match]:
    """Capitalised names in place-like contexts that no existing match covers, in text order.

    :param article: the article.
    :param matches: the matcher's matches; a context name never overlaps one.
    :param known: given normalised names, returns those the gazetteer holds; such names are
        skipped (the matcher saw them and decided).
    :param ignore: names never to report (compared normalised).
    :returns: one :class:`Match` with no candidates per mention (``kind="context"``).
    """
    text = article.text
    tokens = _tokenize(text)
    if not tokens:
        return []
    taken = sorted((m.mention.start, m.mention.end) for m in matches)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # furthest end among the first k
    ignored = {normalize(n) for n in ignore}

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # the spans that start before ``end``
        return k > 0 and reach[k - 1] > start

    runs = _runs(text, tokens)
    found: List[Tuple[int, int]] = []  # token spans [i, j) of cued names
    for i, j in runs:
        extra = _capital_kind(tokens, i, j)
        name_end = j - extra
        loose = False
        cued = False
        kind_after = None if extra else _kind_after(text, tokens, j)
        if extra or kind_after is not None:
            cued = True
        cue = _cued_before(text, tokens, i)
        if cue is not None:
            cued = True
            loose = cue in _LOOSE_BEFORE and not extra and kind_after is None
        if not cued:
            continue
        if not _is_name(tokens[i:name_end], loose):
            continue
        if loose and (tokens[j - 1].possessive or text[tokens[j - 1].end : tokens[j - 1].end + 1] in "'’"):
            continue  # "near Smith's home": near a person
        if i > 0 and _gap(text, tokens[i - 1], tokens[i]) in ("-", "‐"):
            continue  # the end of a hyphenated word ("pro-Assad")
        found.append((i, j))

    spans: Dict[str, Tuple[int, int]] = {}
    for i, j in found:
        start, end = tokens[i].start, tokens[j - 1].end
        if overlaps(start, end):
            continue
        spans.setdefault(normalize(text[start:end]), (i, j))
    if known is not None and spans:
        for key in set(known(set(spans))):
            spans.pop(key, None)
    for key in ignored:
        spans.pop(key, None)
    if not spans:
        return []

    # Every capitalised run that is one of these names is a mention, cued or not.
    out: List[Match] = []
    for i, j in runs:
        for a, b in _sub_spans(tokens, i, j, spans):
            start, end = tokens[a].start, tokens[b - 1].end
            if overlaps(start, end):
                continue
            out.append(Match(Mention(article.id, start, end, text[start:end], kind="context"), ()))
    return out


def _sub_spans(tokens: Sequence[_Tok], i: int, j: int, spans: Dict[str, Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The spans inside run [i, j) that are found names: the whole run, or the run without a
    trailing capitalised kind ("Zaatari" of "Zaatari Camp" when only "Zaatari" was found)."""
    key = normalize(" ".join(t.text for t in tokens[i:j]))
    if key in spans:
        return [(i, j)]
    extra = _capital_kind(tokens, i, j)
    if extra:
        key = normalize(" ".join(t.text for t in tokens[i : j - extra]))
        if key in spans:
            return [(i, j - extra)]
    return []
