#!/usr/bin/env python3
"""Where a parse spends its time: each step of the pipeline timed over the same articles.

Usage:
    python3 benchmarks/stages.py [CORPUS.jsonl ...] [--mb 5] [--passes 2]

The articles of the given JSON Lines corpora (default: every ``*.jsonl`` in
``../shared/eval/data/``) are repeated until their text reaches ``--mb`` MB, then parsed
in this process, one step at a time, ``--passes`` times; the last pass is printed (the
earlier ones warm the look-up memos, as a long run does). Steps, in pipeline order:

- tokens: ``Tokens(text)``, the words every later step shares;
- matching: ``Matcher.find`` (names the gazetteer holds);
- context names: ``find_context_names`` (names found by the words around them);
- disambiguation: ``resolve`` (with the preferred countries, as ``Geoparser`` runs it);
- the rest of ``Geoparser.parse``: coordinates through the cache, excerpts, results,
  found as a whole parse less the steps above;
- jsonl output: ``to_jsonl_line`` of each result.

Figures are seconds and seconds per MB of article text (UTF-8), with the place index built.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
sys.path.insert(0, str(ROOT))

from geomap.context import find_context_names  # noqa: E402 (after the path is set)
from geomap.exporters import to_jsonl_line  # noqa: E402
from geomap.models import Article  # noqa: E402
from geomap.pipeline import Geoparser  # noqa: E402

try:  # the shared tokens came with commit 7e50f33; before it, each step made its own
    from geomap.tokens import Tokens
except ImportError:  # pragma: no cover - older checkouts
    Tokens = None


def read_articles(paths: List[Path], mb: float) -> List[Article]:
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    if not texts:
        raise SystemExit("stages.py: no articles in the corpora")
    out: List[Article] = []
    size = 0
    while size < mb * 1_000_000:
        for text in texts:
            out.append(Article(id=f"a{len(out)}", text=text))
            size += len(text.encode("utf-8"))
            if size >= mb * 1_000_000:
                break
    return out


def time_stages(gp: Geoparser, articles: List[Article]) -> dict:
    clock = time.perf_counter
    spent = dict.fromkeys(["tokens", "matching", "context names", "disambiguation"], 0.0)
    capitals = 0
    for article in articles:
        t0 = clock()
        tokens = Tokens(article.text) if Tokens is not None else None
        t1 = clock()
        matches = gp.matcher.find(article, tokens) if tokens is not None else gp.matcher.find(article)
        t2 = clock()
        extra = {"tokens": tokens} if tokens is not None else {}
        found = find_context_names(article, matches, known=gp._known_names, ignore=gp.ignore, **extra)
        t3 = clock()
        if found:
            matches = sorted([*matches, *found], key=lambda m: m.mention.start)
        t4 = clock()
        gp._resolve(matches)
        t5 = clock()
        spent["tokens"] += t1 - t0
        capitals += len(tokens.capitals) if tokens is not None else 0
        spent["matching"] += t2 - t1
        spent["context names"] += t3 - t2
        spent["disambiguation"] += t5 - t4
    t0 = clock()
    results = [gp.parse(article) for article in articles]
    spent["the rest of parse"] = clock() - t0 - sum(spent.values())
    t0 = clock()
    for result in results:
        to_jsonl_line(result)
    spent["jsonl output"] = clock() - t0
    counts = {"capitalised words": capitals, "mentions": sum(len(r.resolutions) for r in results)}
    return spent, counts


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--mb", type=float, default=5.0, help="MB of article text to parse")
    ap.add_argument("--passes", type=int, default=2, help="passes over the articles; the last is printed")
    args = ap.parse_args(argv)
    articles = read_articles(args.corpora or sorted(DEFAULT_DATA.glob("*.jsonl")), args.mb)
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    with tempfile.TemporaryDirectory(prefix="geomap-stages-") as tmp, Geoparser(tmp) as gp:
        for _ in range(max(1, args.passes)):
            spent, counts = time_stages(gp, articles)
    total = sum(spent.values())
    print(f"{len(articles):,} articles, {mb:.2f} MB of text; pass {max(1, args.passes)} of {max(1, args.passes)}")
    print(f"{'step':20}  {'seconds':>7}  {'s per MB':>8}  {'share':>5}")
    for step, seconds in spent.items():
        print(f"{step:20}  {seconds:7.3f}  {seconds / mb:8.3f}  {seconds / total:5.0%}")
    print(f"{'all':20}  {total:7.3f}  {total / mb:8.3f}  ->  {mb / total:.2f} MB/s in this process")
    print("per MB: " + ", ".join(f"{n / mb:,.0f} {what}" for what, n in counts.items() if n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
