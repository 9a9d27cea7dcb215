#!/usr/bin/env python3
"""Regenerate geomap/data/english_town_words.txt: town names that are everyday English words.

Run by a maintainer, not at install time; the output is committed. A name is kept when

* it is one word, written in lower case in SCOWL's small American English list (Kevin
  Atkinson's word lists, as Debian's ``wamerican-small`` package installs them at
  ``/usr/share/dict/american-english-small``; permissive licence, see NOTICES.md), and
* every place of that name in geomap's place index is a town, the largest of them with fewer
  than 50,000 people (``Weights.common_word_town``), and
* it is in none of ``geomap/wordlists.py``'s own lists already.

Such a word ("freedom", "media", "enterprise") names a place only where the text points to
it (see ``geomap/wordlists.py``, ``COMMON_WORDS``). No article's names are read.

Usage::

    apt-get install wamerican-small      # Debian, Ubuntu
    python3 tools/build_wordlists.py
"""

import pathlib
import sqlite3
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.disambiguation import Weights  # noqa: E402
from geomap.gazetteer import Gazetteer, index_path  # noqa: E402
from geomap.wordlists import _COMMON_WORDS, _LAND_PLURALS, CALENDAR_WORDS, FUNCTION_WORDS  # noqa: E402

WORDS = pathlib.Path("/usr/share/dict/american-english-small")
OUT = ROOT / "geomap" / "data" / "english_town_words.txt"


def main() -> int:
    if not WORDS.exists():
        sys.exit(f"{WORDS} is missing: install Debian's wamerican-small")
    english = {w for w in (line.strip() for line in WORDS.read_text(encoding="utf-8").splitlines())
               if w.isalpha() and w.islower()}
    limit = Weights().common_word_town
    with tempfile.TemporaryDirectory() as tmp:
        Gazetteer.open(tmp).close()  # builds the index
        db = sqlite3.connect(index_path(tmp))
        rows = db.execute("SELECT n.key, MAX(p.population), GROUP_CONCAT(DISTINCT p.feature) "
                          "FROM names n JOIN places p ON p.id = n.id GROUP BY n.key").fetchall()
        db.close()
    known = _COMMON_WORDS | _LAND_PLURALS | FUNCTION_WORDS | CALENDAR_WORDS
    kept = sorted(key for key, population, features in rows
                  if key in english and key not in known and features == "city" and population < limit)
    OUT.write_text("# Town names that are everyday English words: every place of the name is a town of fewer\n"
                   "# than 50,000 people, and the word is in SCOWL's small American English list (see\n"
                   "# NOTICES.md). Written by tools/build_wordlists.py.\n" + "\n".join(kept) + "\n",
                   encoding="utf-8")
    print(f"{len(kept)} words written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
