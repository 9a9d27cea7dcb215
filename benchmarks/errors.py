#!/usr/bin/env python3
"""Error analysis: what geomap misses, finds wrongly, and places wrongly on annotated news.

    python3 benchmarks/errors.py [CORPUS.jsonl ...] [--top N]

Corpora default to every ``*.jsonl`` in ``../shared/eval/data/``. For each one it prints the
most frequent false positives (spans geomap reports that the annotators did not mark), false
negatives (marked spans geomap misses) and wrong places (exact spans placed more than 161 km
from the gold coordinates), each with counts, and each kind of error counted by the kind of
place (city, admin1, country, demonym …; for misses, a span edge or not found at all), so
docs/accuracy.md can be checked and redone.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.models import Article  # noqa: E402
from geomap.pipeline import Geoparser  # noqa: E402


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def analyse(path: Path, gp: Geoparser, top: int) -> None:
    fp, fn, wrong = Counter(), Counter(), Counter()
    # the same errors counted by kind: the chosen place's kind for false positives and wrong
    # places; for false negatives, whether a found span overlaps the annotated one (a span edge)
    kinds = {"false positives": Counter(), "false negatives": Counter(), "wrong places": Counter()}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        result = gp.parse(Article(str(doc["id"]), doc["text"]))
        gold = {(t["start"], t["end"]): t for t in doc["toponyms"]}
        found = {(r.mention.start, r.mention.end): r for r in result.resolutions}
        for span, r in found.items():
            g = gold.get(span)
            if g is None:
                fp[r.mention.surface] += 1
                kinds["false positives"][_kind(r)] += 1
            elif g.get("lat") is not None and (r.place is None or km(g["lat"], g["lon"], r.place.lat, r.place.lon) > 161):
                chosen = f"{r.place.name} ({r.place.country or '-'}, {r.place.feature})" if r.place else "unresolved"
                wrong[f"{r.mention.surface} -> {chosen}"] += 1
                kinds["wrong places"][_kind(r)] += 1
        for span, g in gold.items():
            if span not in found:
                fn[g["name"]] += 1
                edge = any(s < span[1] and span[0] < e for s, e in found)
                kinds["false negatives"]["span edge" if edge else "not found"] += 1
    print(f"== {path.name}")
    for title, counts in (("false positives", fp), ("false negatives", fn), ("wrong places", wrong)):
        print(f"{title}: {sum(counts.values())} ("
              + ", ".join(f"{kind} {n}" for kind, n in kinds[title].most_common()) + ")")
        print("  " + "; ".join(f"{name} {n}" for name, n in counts.most_common(top)))


def _kind(r) -> str:
    """The kind of what geomap made of a mention: the place's feature, a demonym, or
    unplaced."""
    if r.place is None:
        return "unplaced"
    if "the place the word refers to" in r.reason:
        return "demonym"
    return r.place.feature


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    corpora = args.corpora or sorted((ROOT.parent / "shared" / "eval" / "data").glob("*.jsonl"))
    if not corpora:
        ap.error("no corpus given and ../shared/eval/data/ has none")
    with tempfile.TemporaryDirectory() as tmp, Geoparser(tmp) as gp:
        for path in corpora:
            analyse(path, gp, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
