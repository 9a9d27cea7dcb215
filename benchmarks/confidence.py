#!/usr/bin/env python3
"""How often a place is right, by the confidence geomap gives it: what the map's "uncertain"
style (hollow, dashed: below 50 %) rests on.

Usage:
    python3 benchmarks/confidence.py [CORPUS.jsonl ...] [--cache-dir DIR]

For each corpus (default: every ``*.jsonl`` in ``../shared/eval/data/``, gold JSON Lines with
``toponyms``) geomap parses the articles with its default, offline settings, and every placed
name is counted in its confidence band: right when its span matches a gold span exactly and
it lies within 161 km of the gold point (a "correct pin", as ``score.py`` counts them). The
table shows, per band, how many placed names there are and the share of them that are
correct pins.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # runs from a checkout, installed or not

from geomap.models import Article  # noqa: E402
from geomap.pipeline import Geoparser  # noqa: E402

BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def main(argv=None) -> int:
    default = HERE.parent.parent / "shared" / "eval" / "data"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--cache-dir", type=Path)
    args = ap.parse_args(argv)
    paths = args.corpora or sorted(default.glob("*.jsonl"))
    if not paths:
        ap.error(f"no corpus given and none in {default}")
    with tempfile.TemporaryDirectory() as tmp, Geoparser(args.cache_dir or tmp) as gp:
        print(f"{'corpus':12} {'confidence':>12} {'placed':>7} {'correct pins':>13}")
        for path in paths:
            counts = {band: [0, 0] for band in BANDS}
            with open(path, encoding="utf-8") as f:
                for line in f:
                    doc = json.loads(line)
                    gold = {(t["start"], t["end"]): t for t in doc["toponyms"]}
                    result = gp.parse(Article(str(doc["id"]), doc["text"]))
                    for res in result.resolutions:
                        if res.place is None:
                            continue
                        g = gold.get((res.mention.start, res.mention.end))
                        right = (g is not None and g.get("lat") is not None
                                 and km(res.place.lat, res.place.lon, g["lat"], g["lon"]) <= 161)
                        band = next(b for b in BANDS if b[0] <= res.confidence < b[1])
                        counts[band][0] += 1
                        counts[band][1] += right
            for (lo, hi), (n, right) in counts.items():
                label = f"{lo:.0%}-{min(hi, 1):.0%}"
                print(f"{path.stem:12} {label:>12} {n:7d} {(f'{right / n:.0%}' if n else '-'):>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
