#!/usr/bin/env python3
"""Peak memory of geomap on one huge text file (issue 14: under the file's size).

    python3 benchmarks/bounded_memory.py [--mb 300] [--jobs 1] [--keep FILE]

Writes a text of ``--mb`` MB (news-like paragraphs naming places, each paragraph different,
cut by blank lines) to a temporary file, runs ``geomap places FILE --format jsonl -o OUT``
on it with a fresh cache folder holding the place index, and prints the peak resident
memory of geomap and all its worker processes together (sampled from /proc every 0.1 s),
the wall time, and how many articles (pieces) and mentions were written.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITIES = ["Ankara", "Aleppo", "Damascus", "Cairo", "Beirut", "Amman", "Baghdad", "Tehran", "Istanbul", "Kabul",
          "Paris", "London", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Athens", "Lisbon"]


def write_text(path: Path, mb: int) -> None:
    target = mb * 1_000_000
    written = 0
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target:
            a, b, c = CITIES[n % 20], CITIES[(n * 7 + 3) % 20], CITIES[(n * 13 + 5) % 20]
            para = (f"Report {n}. Officials in {a} met envoys from {b} on Monday, and talks on aid to "
                    f"{c} went on late into the night; a spokesman said meeting number {n} was useful.\n\n")
            f.write(para)
            written += len(para)
            n += 1


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and its descendants, in bytes."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=300)
    ap.add_argument("--jobs", default="1")
    ap.add_argument("--keep", type=Path, help="write the text here (and keep it) instead of a temporary file")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="geomap-mem-") as tmp:
        text = args.keep or Path(tmp) / "huge.txt"
        if not text.exists():
            write_text(text, args.mb)
        size = text.stat().st_size
        cache = Path(tmp) / "cache"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # the place index is built first, so that its build is not counted
        subprocess.run([sys.executable, "-m", "geomap", "places", "-", "--cache-dir", str(cache)],
                       input=b"Talks in Ankara.", env=env, check=True, capture_output=True)
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "geomap", "places", str(text), "--format", "jsonl",
                                 "-o", str(out), "--cache-dir", str(cache), "-j", args.jobs], env=env,
                                stderr=subprocess.PIPE, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.1)
        err = proc.stderr.read()
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"geomap failed ({proc.returncode}): {err}")
        articles = mentions = 0
        with open(out, encoding="utf-8") as f:
            for line in f:
                articles += 1
                mentions += len(json.loads(line)["toponyms"])
    print(f"file: {size / 1e6:.0f} MB ({size:,} bytes), -j {args.jobs}")
    print(f"peak memory (geomap and its workers): {peak / 2**20:.0f} MiB = {peak / size:.2f} x the file")
    print(f"wall time: {wall:.0f} s; {articles:,} pieces, {mentions:,} mentions")


if __name__ == "__main__":
    main()
