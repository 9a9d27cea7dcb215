#!/usr/bin/env python3
"""The place index's name queries, replayed: how long SQLite takes to answer what a parse asks.

Usage:
    python3 benchmarks/index_queries.py [CORPUS.jsonl ...] [--mb 1] [--cache-dir DIR]
                                        [--index FILE ...] [--repeat 7]

Builds the unseen corpus of ``benchmarks/throughput.py`` (as ``parse_cost.py`` does), parses
it once with the index geomap uses, recording the names each article's look-up sends to the
index, then sends the same queries again to each index file given with ``--index`` (default:
the one just used), with and without a memory map (``PRAGMA mmap_size``), and prints the
median wall seconds of ``--repeat`` replays of each. The query is the one
``geomap.gazetteer`` sends (``NAMES_QUERY``), so an index built by an older geomap (another
layout: see ``INDEX_VERSION``) can be given beside the current one to compare layouts in one
run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from throughput import unseen_texts  # noqa: E402 (after the path is set)

from geomap import gazetteer  # noqa: E402
from geomap.models import Article  # noqa: E402
from geomap.pipeline import Geoparser  # noqa: E402



def record(articles, cache_dir):
    """The lists of keys the index is asked for while ``articles`` are parsed, and its path."""
    asked = []
    query = gazetteer.Gazetteer._query_index

    def recording(self, keys):
        asked.append(list(keys))
        return query(self, keys)

    gazetteer.Gazetteer._query_index = recording
    try:
        with Geoparser(cache_dir, excerpts=False) as gp:
            for article in articles:
                gp.parse(article)
            path = gp.gazetteer.path
    finally:
        gazetteer.Gazetteer._query_index = query
    return asked, path


def replay(path: Path, asked, mmap: bool) -> tuple:
    """Seconds to send every query of ``asked`` to the index at ``path`` and read every row."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA mmap_size = {gazetteer.MMAP_BYTES if mmap else 0}")
        rows = 0
        start = time.perf_counter()
        for keys in asked:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                for _ in conn.execute(gazetteer.NAMES_QUERY.format(",".join("?" * len(chunk))), chunk):
                    rows += 1
        return time.perf_counter() - start, rows
    finally:
        conn.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path, help="gold corpora (JSON Lines) to build the articles from")
    ap.add_argument("--mb", type=float, default=1.0, help="MB of article text to build [1]")
    ap.add_argument("--cache-dir", type=Path, default=None, help="geomap's cache and index folder")
    ap.add_argument("--index", type=Path, action="append", default=[],
                    help="an index file to replay the queries against (repeatable; default: geomap's)")
    ap.add_argument("--repeat", type=int, default=7, help="replays of each, the median printed [7]")
    a = ap.parse_args(argv)
    corpora = a.corpora or sorted(DEFAULT_DATA.glob("*.jsonl"))
    if not corpora:
        ap.error("no corpora given and ../shared/eval/data/ holds none")
    texts = unseen_texts(corpora, a.mb)
    mb = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    asked, used = record([Article(id=f"a{n}", text=text) for n, text in enumerate(texts)], a.cache_dir)
    keys = sum(len(k) for k in asked)
    print(f"{len(texts)} articles, {mb:.3f} MB: {len(asked)} queries for {keys} names")
    indexes = a.index or [used]
    times = {(path, mmap): [] for path in indexes for mmap in (False, True)}
    found = {}
    for _ in range(a.repeat):  # (in turn, so that a busy moment does not fall on one alone)
        for path, mmap in times:
            seconds, rows = replay(path, asked, mmap)
            times[path, mmap].append(seconds)
            found[path] = rows
    for (path, mmap), runs in times.items():
        print(f"{path.name} ({path.stat().st_size / 1e6:.1f} MB, {found[path]} rows)"
              f"{', memory-mapped' if mmap else ''}: {statistics.median(runs):.4f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
