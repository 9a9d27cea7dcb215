#!/usr/bin/env python3
"""The cost of one parse of each article, in this process, on articles it has not seen.

Usage:
    python3 benchmarks/parse_cost.py [CORPUS.jsonl ...] [--mb 5] [--limit N] [--cache-dir DIR]

Builds the unseen corpus of ``benchmarks/throughput.py`` (the gold corpora once, then copies
in which every annotated place name is redrawn; default corpora: every ``*.jsonl`` in
``../shared/eval/data/``), keeps its first ``--limit`` articles (all by default), parses one
of them to warm up, then each of the others once with ``Geoparser.parse`` (without
excerpts, as ``places --format jsonl`` parses), and prints the articles, the MB of their text
and the CPU seconds per MB. No start-up, no output: the parse alone.

CPU time on a shared machine swings by 20 % from run to run; the number of instructions does
not. To compare two commits, run it under callgrind in each checkout, with a large and a tiny
``--limit``, and take the difference of the "Collected" counts valgrind prints (the parse of
the articles between the two limits; start-up, the corpus and the warm-up cancel out)::

    export PYTHONHASHSEED=0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python3 benchmarks/parse_cost.py --mb 1 --limit 400
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python3 benchmarks/parse_cost.py --mb 1 --limit 2

(A fixed hash seed: with Python's random one, the layout of sets and dicts of strings changes
from run to run, and so does the count, by 10 to 20 million instructions in 5,000 million.)

The place index must be built first (``python -m geomap cache info`` tells where it is; a
first ``geomap places`` builds it): building it under callgrind would take hours.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from throughput import unseen_texts  # noqa: E402 (after the path is set)

from geomap.models import Article  # noqa: E402
from geomap.pipeline import Geoparser  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path, help="gold corpora (JSON Lines) to build the articles from")
    ap.add_argument("--mb", type=float, default=5.0, help="MB of article text to build [5]")
    ap.add_argument("--limit", type=int, default=0, help="parse only the first N articles (0: all)")
    ap.add_argument("--cache-dir", type=Path, default=None, help="geomap's cache and index folder")
    a = ap.parse_args(argv)
    corpora = a.corpora or sorted(DEFAULT_DATA.glob("*.jsonl"))
    if not corpora:
        ap.error("no corpora given and ../shared/eval/data/ holds none")
    texts = unseen_texts(corpora, a.mb)
    if a.limit:
        texts = texts[: a.limit]
    articles = [Article(id=f"a{n}", text=text) for n, text in enumerate(texts)]
    mb = sum(len(text.encode("utf-8")) for text in texts[1:]) / 1e6
    with Geoparser(a.cache_dir, excerpts=False) as gp:
        gp.parse(articles[0])  # the warm-up: the index opened, the first look-ups made
        start = time.process_time()
        for article in articles[1:]:
            gp.parse(article)
        cpu = time.process_time() - start
    print(f"parsed {len(articles) - 1} articles, {mb:.3f} MB: {cpu:.3f} CPU s, "
          f"{cpu / mb if mb else 0:.3f} CPU s per MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
