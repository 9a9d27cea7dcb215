"""Words of an article with their offsets: the one tokenisation every later step shares.

A text becomes parallel lists (word, start, end) from one ``re.split``, with no Python step
per word; the facts the rules ask about a word (its capital, its sentence start, the shape
of its line) are computed only for the words that reach them. Possessive endings are cut
off ("Turkey's" gives ``Turkey``, and the word is marked possessive); abbreviation dots are
kept ("U.S.", "St.").
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import itemgetter
from typing import Dict, List, Set, Tuple

from .wordlists import FUNCTION_WORDS

__all__ = ["Token", "Tokens", "allcaps", "tokenize"]

#: Dotted abbreviations (U.S., D.C., B.C., W.Va.) and the tail of a word after its first
#: letter, with inner apostrophes (d'Ivoire, O'Hare).
_DOTTED = r"[^\W\d_]\.(?:[^\W\d_]{1,2}\.)+"
# A word's character, ``\w`` with the ASCII letters and digits written first: the same
# characters, but a class tests its ranges before its category, and in a text with any
# character beyond Latin-1 (a curly quote) the category looks each character up in the
# Unicode tables, where the ranges take most words' letters at once.
_WORD_CHAR = r"[a-zA-Z0-9_\w]"
_PLAIN_TAIL = rf"{_WORD_CHAR}*(?:['’][^\W\d_]{_WORD_CHAR}*)*"
_TOKEN = re.compile(f"{_DOTTED}|[^\\W\\d_]{_PLAIN_TAIL}")
# The same pattern as one capturing group: re.split gives gaps and words in turn, and the
# offsets then come from their lengths, all without a Python step per word. Where regular
# expressions have possessive repeats (Python 3.11), a word's tail is written with them: it
# matches the same text (nothing after the tail can fail, so its greedy match is never given
# back), with no backtracking state kept, and the split takes about a sixth less time.
_TAIL = rf"{_WORD_CHAR}*+(?:['’][^\W\d_]{_WORD_CHAR}*+)*+" if sys.version_info >= (3, 11) else _PLAIN_TAIL
_SPLIT = re.compile(f"({_DOTTED}|[^\\W\\d_]{_TAIL})")
_ABBREV_DOT = frozenset("st ste mt ft pt gen sen rep gov dr mr mrs ms prof".split())
#: A possessive ending, one pattern for each apostrophe: a search for a pattern that opens
#: with one character skips to it at C speed, one that opens with a class of two tests the
#: class at every character of the text.
_POSSESSIVES = (re.compile(r"'[sS]"), re.compile(r"’[sS]"))
_DOT = re.compile(r"\.")
_OPENERS = " \t\"'“‘(«[—–-"
_SENTENCE_ENDS = ("\n", ".", "!", "?", ":", ";", "•")
_HYPHENS = ("-", "‐", "–", "'", "’")

def allcaps(word: str) -> bool:
    """Whether a word is written in capitals ("ANKARA", "U.S."): two letters or more, all
    capitals."""
    # isupper() rules out almost every word at C speed; the exact rule ignores digits and
    # counts uncased letters (Arabic, CJK) as not capitals.
    if not word.isupper():
        return False
    if word.isascii() and word.isalpha():
        return len(word) > 1  # (ASCII letters are all cased: isupper() said they are capitals)
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


@dataclass
class Token:
    """One word, with its offsets and where it stands (for tests and callers that want
    objects; the rules use :class:`Tokens`)."""

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
        return allcaps(self.text)


class Tokens:
    """The words of a text as parallel lists (``words``, ``starts``, ``ends``), with the
    per-word facts the rules need computed only for the words that reach them."""

    __slots__ = ("text", "words", "starts", "ends", "gaps", "n", "possessive", "dotted", "capitals", "_lines")

    def __init__(self, text: str) -> None:
        self.text = text
        pieces = _SPLIT.split(text)  # gap, word, gap, word, ..., gap
        offsets = list(accumulate(map(len, pieces)))
        words = pieces[1::2]
        gaps = pieces[0::2]
        starts = offsets[0:-1:2]
        ends = offsets[1::2]
        # "Turkey's" gives "Turkey"; both passes find their few words by a search of the
        # text, not a look at every word
        possessive: Set[int] = set()
        # (the ends of both patterns' matches, in text order: no two of them overlap)
        for at in sorted(m.end() for pattern in _POSSESSIVES for m in pattern.finditer(text)):
            k = bisect_left(ends, at)
            if k < len(words) and ends[k] == at:
                w = words[k]
                if len(w) > 3 and w[-3].isalpha():
                    words[k] = w[:-2]
                    ends[k] -= 2
                    gaps[k + 1] = w[-2:] + gaps[k + 1]
                    possessive.add(k)
        # "St." and "Gen." keep their dot
        n = len(words)
        dotted: Set[int] = set()
        for m in _DOT.finditer(text):
            k = bisect_left(ends, m.start())
            if k >= n:
                continue
            if ends[k] == m.start() and len(words[k]) <= 4 and words[k].lower() in _ABBREV_DOT:
                ends[k] += 1
                words[k] += "."
                gaps[k + 1] = gaps[k + 1][1:]
                dotted.add(k)
            elif ends[k] == m.end():
                dotted.add(k)  # the last dot of "U.S."
        self.words = words
        self.starts = starts
        self.ends = ends
        #: ``gaps[k]`` is the text between word ``k - 1`` and word ``k`` (``gaps[0]`` before
        #: the first word, ``gaps[n]`` after the last).
        self.gaps = gaps
        self.n = len(words)
        #: The words that had a possessive ending ("'s") cut off.
        self.possessive = possessive
        #: The words that end with a dot ("St.", "U.S.").
        self.dotted = dotted
        #: The words that start with a capital, in order: names start there, so every
        #: rule of the matcher and of the context names starts from these words only.
        self.capitals = list(compress(range(n), map(str.isupper, map(itemgetter(0), words))))
        self._lines: Dict[int, Tuple[bool, bool]] = {}

    def capital(self, k: int) -> bool:
        return self.words[k][0].isupper()

    def lower(self, k: int) -> str:
        return self.words[k].lower()

    def allcaps(self, k: int) -> bool:
        return allcaps(self.words[k])

    def sentence_start(self, k: int) -> bool:
        if k == 0:
            return True
        # the previous word's last character is never one of the openers, so the strip
        # stops inside these
        return (self.words[k - 1][-1] + self.gaps[k]).rstrip(_OPENERS).endswith(_SENTENCE_ENDS)

    def line_start(self, k: int) -> bool:
        return k == 0 or "\n" in self.gaps[k]

    def joinable(self, k: int) -> bool:
        """Whether word ``k`` may continue a name that word ``k - 1`` is part of."""
        gap = self.gaps[k]
        if gap == " " or gap in _HYPHENS:
            return True
        return gap != "" and gap.isspace() and gap.count("\n") <= 1

    def token(self, k: int) -> Token:
        return Token(self.starts[k], self.ends[k], self.words[k], self.sentence_start(k), self.line_start(k))

    def line_shape(self, k: int) -> Tuple[bool, bool]:
        """Whether word ``k`` stands on an all-caps line, and on a title-case line (a headline)."""
        text = self.text
        lo = text.rfind("\n", 0, self.starts[k]) + 1
        shape = self._lines.get(lo)
        if shape is None:
            hi = text.find("\n", self.starts[k])
            first = bisect_left(self.starts, lo)
            last = bisect_left(self.starts, len(text) if hi < 0 else hi)
            line = self.words[first:last]
            caps = title = False
            if len(line) >= 3:
                # allcaps() implies isupper(): count the cheap test first
                if sum(map(str.isupper, line)) >= 0.8 * len(line) and sum(map(allcaps, line)) >= 0.8 * len(line):
                    caps = True
                elif len(line) <= 20:
                    content = [w for w in line if w.lower() not in FUNCTION_WORDS]
                    title = sum(w[0].isupper() for w in content) >= 0.8 * len(content)
            shape = self._lines[lo] = (caps, title)
        return shape


def tokenize(text: str) -> List[Token]:
    """Word tokens with offsets; possessive endings are cut off, abbreviation dots kept."""
    toks = Tokens(text)
    return [toks.token(k) for k in range(toks.n)]
