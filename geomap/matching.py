"""Find the spans of an article that name places, with the gazetteer's candidates for each.

General rules, no list of any article's names:

* the longest name wins, left to right; names run over spaces, line breaks and hyphens,
  never over other punctuation ("Turkey's" gives ``Turkey``);
* a name starts with a capital ("Nice" the city, "nice" the word); ALL-CAPS counts only
  for abbreviations ("U.S."), datelines ("ANKARA, February 14") and all-caps lines;
* common English words count only where a capital cannot come from the sentence start or
  a title-case headline; function and calendar words never count;
* a name that ends a longer run of capitalised words that is not itself a place, or that
  follows a title ("President …"), is a person's name, and so is every later use of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .gazetteer import Gazetteer, normalize
from .models import Article, Candidate, Match, Mention
from .wordlists import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    CONNECTORS,
    FUNCTION_WORDS,
    KIND_AFTER,
    KIND_BEFORE_OF,
    PERSON_TITLES,
)

MAX_TOKENS = 6

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S., D.C., B.C.
    r"|[^\W\d_](?:[\w]|['’](?=[^\W\d_]))*"  # words, with inner apostrophes (d'Ivoire, O'Hare)
)
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_ABBREV_DOT = frozenset("st ste mt ft pt gen sen rep gov dr mr mrs ms prof".split())


@dataclass
class _Token:
    start: int
    end: int
    text: str
    sentence_start: bool = False
    line_start: bool = False

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


def tokenize(text: str) -> List[_Token]:
    """Word tokens with offsets; possessive endings are cut off, abbreviation dots kept."""
    tokens: List[_Token] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        word = m.group()
        poss = _POSSESSIVE.search(word)
        if poss and len(word) > 3 and word[poss.start() - 1 : poss.start()].isalpha():
            if poss.group() in ("'s", "’s", "'S", "’S"):
                end = start + poss.start()
                word = word[: poss.start()]
        if word.lower() in _ABBREV_DOT and text[end : end + 1] == ".":
            end += 1
            word += "."
        gap = text[prev_end:start]
        tok = _Token(start, end, word)
        before = text[:start].rstrip(" \t\"'“‘(«[—–-")
        tok.sentence_start = not tokens or before.endswith(("\n", ".", "!", "?", ":", ";", "•")) or not before
        tok.line_start = not tokens or "\n" in gap or not text[:start].strip()
        tokens.append(tok)
        prev_end = end
    return tokens


def _joinable(text: str, a: _Token, b: _Token) -> bool:
    gap = text[a.end : b.start]
    if gap in ("-", "‐", "–", "'", "’"):
        return True
    return gap != "" and gap.isspace() and gap.count("\n") <= 1


def _line_shape(text: str, tokens: Sequence[_Token]) -> Tuple[Set[int], Set[int]]:
    """Indexes of tokens on all-caps lines and on title-case lines (headlines)."""
    caps: Set[int] = set()
    title: Set[int] = set()
    line: List[int] = []

    def flush() -> None:
        words = [tokens[i] for i in line if any(c.isalpha() for c in tokens[i].text)]
        if len(words) >= 3:
            if sum(t.allcaps for t in words) >= 0.8 * len(words):
                caps.update(line)
            elif sum(t.capital for t in words if t.lower not in FUNCTION_WORDS) >= 0.8 * len(
                [t for t in words if t.lower not in FUNCTION_WORDS]
            ) and len(words) <= 20:
                title.update(line)
        line.clear()

    for i, tok in enumerate(tokens):
        if tok.line_start and line:
            flush()
        line.append(i)
    flush()
    return caps, title


class Matcher:
    """Finds place names in articles with a :class:`~geomap.gazetteer.Gazetteer`.

    :param gazetteer: the name index.
    :param extra: more names (normalised key -> candidates) that win over the gazetteer,
        such as a user's own places.
    :param ignore: names never to report (compared normalised).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        extra: Optional[Dict[str, Tuple[Candidate, ...]]] = None,
        ignore: Iterable[str] = (),
    ) -> None:
        self.gazetteer = gazetteer
        self.extra = dict(extra or {})
        self.ignore = {normalize(n) for n in ignore}

    def find(self, article: Article) -> List[Match]:
        """Every place name in ``article`` in text order, each with its candidates."""
        text = article.text
        tokens = tokenize(text)
        caps_lines, title_lines = _line_shape(text, tokens)
        spans = self._spans(text, tokens)
        found = self.gazetteer.lookup({key for _, _, key in spans} - set(self.extra))
        found.update({k: v for k, v in self.extra.items()})
        persons, in_person = self._person_names(text, tokens, found)

        by_start: Dict[int, List[Tuple[int, str]]] = {}
        for i, j, key in spans:
            by_start.setdefault(i, []).append((j, key))

        matches: List[Match] = []
        i = 0
        while i < len(tokens):
            best = None
            for j, key in sorted(by_start.get(i, ()), reverse=True):
                cands = found.get(key)
                if not cands or key in self.ignore:
                    continue
                if in_person.intersection(range(i, j)) and not _strong(cands):
                    continue
                cands = self._admissible(text, tokens, i, j, cands, caps_lines, title_lines, persons)
                if cands:
                    best = (j, cands)
                    break
            if best is None:
                i += 1
                continue
            j, cands = best
            start, end = tokens[i].start, tokens[j - 1].end
            surface = text[start:end]
            if (any(c.via == "abbr" for c in cands) and text[end : end + 1] == "."
                    and "." not in surface and not surface.isupper()):
                end += 1  # "Ky." and "Calif." keep their dot, as written
            mention = Mention(article.id, start, end, text[start:end])
            comma = text[end : end + 2].lstrip(" ").startswith(",")
            matches.append(Match(mention, cands, _cue(tokens, i, j), comma))
            i = j
        return matches

    def _spans(self, text: str, tokens: Sequence[_Token]) -> List[Tuple[int, int, str]]:
        spans = []
        for i, tok in enumerate(tokens):
            if not tok.capital:
                continue
            words = [tok.text]
            for j in range(i + 1, min(len(tokens), i + MAX_TOKENS) + 1):
                if j > i + 1:
                    nxt = tokens[j - 1]
                    if not _joinable(text, tokens[j - 2], nxt):
                        break
                    if not nxt.capital and nxt.lower not in CONNECTORS:
                        break
                    words.append(nxt.text)
                key = normalize(" ".join(words))
                if words[-1].lower() not in CONNECTORS or j == i + 1:
                    spans.append((i, j, key))
        return spans

    def _admissible(
        self,
        text: str,
        tokens: Sequence[_Token],
        i: int,
        j: int,
        cands: Tuple[Candidate, ...],
        caps_lines: Set[int],
        title_lines: Set[int],
        persons: Set[str],
    ) -> Tuple[Candidate, ...]:
        first = tokens[i]
        words = tokens[i:j]
        surface_key = normalize(" ".join(t.text for t in words))
        if surface_key in persons:
            return ()
        if all(t.allcaps for t in words):
            dateline = first.line_start and re.match(r"\s*(?:,|\(|—|–|-|\s-)", text[words[-1].end :]) is not None
            if not (i in caps_lines or dateline):
                # only abbreviations (U.S., UK) may be written in capitals mid-text
                cands = tuple(c for c in cands if c.via == "abbr")
        if j - i == 1 and not first.allcaps:
            low = first.lower.rstrip(".")
            if low in FUNCTION_WORDS or low in CALENDAR_WORDS:
                return ()
            if low in COMMON_WORDS and (first.sentence_start or i in title_lines or i in caps_lines):
                return ()
            if low in PERSON_TITLES and j < len(tokens) and tokens[j].capital:
                return ()
            nxt = tokens[j] if j < len(tokens) else None
            prv = tokens[i - 1] if i > 0 else None
            if low in COMMON_WORDS and (
                (nxt is not None and nxt.capital and _joinable(text, first, nxt))
                or (prv is not None and prv.capital and not prv.sentence_start and _joinable(text, prv, first))
            ):
                return ()  # a word of a longer name we do not know ("Eastern Ghouta", "Trade Centre")
            if first.sentence_start and all(c.via == "alt" for c in cands):
                return ()  # a capital from the sentence start, and no place's own name
        # A name right after a title is a person ("President Erdogan", "Dr. Paris Smith").
        if i > 0 and tokens[i - 1].lower.rstrip(".") in PERSON_TITLES and tokens[i - 1].capital:
            if _joinable(text, tokens[i - 1], first) and not any(c.place.feature == "country" for c in cands):
                return ()
        # Abbreviations written in lower case ("us", "ky") are words.
        cands = tuple(c for c in cands if c.via != "abbr" or _looks_abbreviated(text, words))
        return cands

    def _person_names(
        self, text: str, tokens: Sequence[_Token], found: Dict[str, Tuple[Candidate, ...]]
    ) -> Tuple[Set[str], Set[int]]:
        """Names this article uses for people, and the tokens inside longer names.

        Inside a run of capitalised words that is not itself a place ("Irina Kasimova",
        "Federal Reserve Bank"), only strong places (countries, regions, large cities,
        demonyms) count. A short run with no strong place, or a run after a title, is a
        person's name, and its words that name small towns are that person's everywhere in
        the article ("Kasimova said").
        """
        persons: Set[str] = set()
        inside: Set[int] = set()
        n = len(tokens)
        i = 0
        while i < n:
            if not tokens[i].capital or tokens[i].allcaps:
                i += 1
                continue
            j = i + 1
            while j < n and tokens[j].capital and not tokens[j].allcaps and _joinable(text, tokens[j - 1], tokens[j]) \
                    and text[tokens[j - 1].end : tokens[j].start] != "-":
                j += 1
            lo = i
            titled = i > 0 and tokens[i - 1].lower.rstrip(".") in PERSON_TITLES and _joinable(text, tokens[i - 1], tokens[i])
            if tokens[i].lower.rstrip(".") in PERSON_TITLES:
                titled, lo = True, i + 1
            # a place may run straight into a name: "in Turkey Irina Kasimova said"
            while j - lo > 2 and normalize(tokens[lo].text) in found and _strong(found[normalize(tokens[lo].text)]):
                lo += 1
            run = tokens[lo:j]
            if len(run) >= 2 or (titled and run):
                keys = [normalize(t.text) for t in run]
                whole = normalize(" ".join(t.text for t in run))
                if whole not in found:
                    # inside a longer name that is no place, only strong places count
                    inside.update(range(lo, j))
                    weak = [k for k in keys if k in found and not _strong(found[k])]
                    personal = titled or len(run) <= 3 and not any(k in found and _strong(found[k]) for k in keys)
                    if personal:
                        persons.update(weak)
            i = j
        return persons, inside

def _strong(cands: Sequence[Candidate]) -> bool:
    """Whether a name is surely a place: a country, region, large city or demonym."""
    return any(
        c.place.feature != "city" or c.via in ("demonym", "abbr") or c.place.population >= 100_000 for c in cands
    )


def _looks_abbreviated(text: str, words: Sequence[_Token]) -> bool:
    surface = text[words[0].start : words[-1].end]
    return "." in surface or text[words[-1].end : words[-1].end + 1] == "." or all(t.allcaps for t in words)


def _cue(tokens: Sequence[_Token], i: int, j: int) -> Optional[str]:
    if j < len(tokens) and tokens[j].lower in KIND_AFTER:
        return KIND_AFTER[tokens[j].lower]
    if i >= 2 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in KIND_BEFORE_OF:
        return KIND_BEFORE_OF[tokens[i - 2].lower]
    return None
