#!/usr/bin/env python3
"""Start-up: ``geomap map seeds/`` as a whole process, beside importing folium, geopy and click.

Usage:
    python3 benchmarks/startup.py [--runs 7]

Prints, each from fresh child processes:

- the first run, which builds the place index into an empty cache folder (reported apart);
- the median wall time of ``--runs`` runs of ``geomap map seeds/`` with that index warm, and of
  ``python -c "import folium, geopy, click"``, alternated, and their ratio (issue 6 asked for
  at most 2×, issue 16 for at most 1.3×); geomap's bytecode is compiled first, as an install
  compiles it;
- the peak memory (maximum resident set size) of each, from ``/usr/bin/time -v`` where it is
  installed, else from ``resource.getrusage(RUSAGE_CHILDREN)``.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
IMPORTS = [sys.executable, "-c", "import folium, geopy, click"]


def run(cmd: List[str]) -> Tuple[float, Optional[float]]:
    """Wall seconds and peak memory (MB) of one run of ``cmd``."""
    time_bin = shutil.which("time") or "/usr/bin/time"
    use_time = os.path.exists(time_bin)
    start = time.perf_counter()
    proc = subprocess.run([time_bin, "-v", *cmd] if use_time else cmd, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"startup.py: {' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    if use_time:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        return wall, int(m.group(1)) / 1024 if m else None
    # the largest child so far: a bound, and exact for the largest command
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="geomap-startup-") as tmp:
        cache, out = Path(tmp) / "cache", Path(tmp) / "map.html"
        geomap = [sys.executable, "-m", "geomap", "map", "seeds/", "-o", str(out), "--cache-dir", str(cache)]
        # An installed geomap has its bytecode compiled (pip does it at install, as it did for
        # folium, geopy and click); run from this source tree with PYTHONDONTWRITEBYTECODE set,
        # it would compile every module on each run, which no user's start-up pays.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "geomap")], check=True)
        first, first_peak = run(geomap)
        commands = (("geomap map seeds/ (warm index)", geomap), ('python -c "import folium, geopy, click"', IMPORTS))
        runs: List[list] = [[] for _ in commands]
        for _ in range(args.runs):  # alternated, so a change of the machine's load falls on both
            for i, (_, cmd) in enumerate(commands):
                runs[i].append(run(cmd))
        rows = [(label, statistics.median(w for w, _ in r), max((p or 0) for _, p in r))
                for (label, _), r in zip(commands, runs)]
    print(f"{'command':42} {'median s':>9} {'peak MB':>8}")
    print(f"{'geomap map seeds/ (first run: builds index)':42} {first:9.2f} {first_peak or 0:8.0f}")
    for label, wall, peak in rows:
        print(f"{label:42} {wall:9.2f} {peak:8.0f}")
    print(f"\nwarm geomap ÷ imports: {rows[0][1] / rows[1][1]:.2f}× (median of {args.runs} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
