#!/usr/bin/env python3
"""Peak memory, HTML size and load time of ``geomap map`` for 1,000 to 100,000 articles.

Usage:
    python3 benchmarks/map_memory.py [CORPUS.jsonl ...] [--articles 1000,10000,100000]
                                     [--jobs 1] [--load-up-to 10000] [--runs 3]
                                     [--browser /usr/bin/chromium]

The corpora (default: every ``*.jsonl`` in ``../shared/eval/data/``) are real news; their
articles are repeated, each copy with its own id, title, date (spread over a year) and link,
into one JSON Lines file per size. For each size the whole command
``geomap map FILE --tiles none --jobs N`` runs as a process of its own and the script prints
its wall time, its peak resident memory (the largest of the process and its workers, from
``wait4``), the size of the HTML it wrote and the median time headless Chromium takes from
navigation until the map is drawn, with the CPU time the page's renderer process spent on it
(steadier than the wall time on a busy machine) (network blocked; up to ``--load-up-to``
articles, and needs ``playwright``). The place index is built once, before the first size, and not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # runs from a checkout, installed or not

from map_load import ARGS, median_load_cpu  # noqa: E402


def corpus(paths, n: int, out: Path) -> int:
    """``n`` articles from ``paths``, repeated, with distinct ids, titles, dates and links."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows += [json.loads(line)["text"] for line in f if line.strip()]
    size = 0
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            text = rows[i % len(rows)]
            line = json.dumps({"id": f"a{i}", "title": f"{text[:50].splitlines()[0]} ({i})",
                               "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                               "url": f"https://news.example.org/{i}", "text": text})
            size += len(line) + 1
            f.write(line + "\n")
    return size


def run(args, cwd: Path) -> tuple:
    """Wall seconds and peak RSS (MB) of a command, its workers included."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"map_memory.py: {' '.join(map(str, args))} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024


def main(argv=None) -> int:
    default = HERE.parent.parent / "shared" / "eval" / "data"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--articles", default="1000,10000,100000")
    ap.add_argument("--jobs", default="1")
    ap.add_argument("--load-up-to", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--browser", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args(argv)
    paths = args.corpora or sorted(default.glob("*.jsonl"))
    if not paths:
        ap.error(f"no corpus given and none in {default}")
    sizes = [int(s) for s in args.articles.split(",")]
    geomap = [sys.executable, "-m", "geomap"]
    print(f"corpora: {', '.join(p.name for p in paths)}; geomap map --jobs {args.jobs} --tiles none")
    print(f"{'articles':>9} {'input MB':>9} {'wall s':>7} {'peak MB':>8} {'HTML MB':>8} {'load s':>7} {'load CPU s':>10}")
    with tempfile.TemporaryDirectory(prefix="geomap-map-memory-") as tmp:
        tmp = Path(tmp)
        cache = tmp / "cache"
        subprocess.run(geomap + ["places", str(HERE.parent / "seeds"), "--cache-dir", str(cache)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp)
        browser = playwright = None
        for n in sizes:
            data = tmp / f"corpus-{n}.jsonl"
            mb = corpus(paths, n, data) / 1e6
            html = tmp / f"map-{n}.html"
            wall, peak = run(geomap + ["map", str(data), "-o", str(html), "--tiles", "none",
                                       "--jobs", args.jobs, "--cache-dir", str(cache)], tmp)
            load = cpu = "-"
            if n <= args.load_up_to:
                if browser is None:
                    try:
                        from playwright.sync_api import sync_playwright
                    except ImportError:
                        print("map_memory.py: no playwright package; load times skipped", file=sys.stderr)
                        args.load_up_to = -1
                    else:
                        playwright = sync_playwright().start()
                        browser = playwright.chromium.launch(executable_path=args.browser, args=ARGS)
                if browser is not None:
                    seconds, _, busy = median_load_cpu(browser, html, args.runs)
                    load, cpu = f"{seconds:.2f}", f"{busy:.2f}"
            print(f"{n:9,} {mb:9.1f} {wall:7.1f} {peak:8.0f} {html.stat().st_size / 1e6:8.1f} {load:>7} {cpu:>10}",
                  flush=True)
            data.unlink()
        if browser is not None:
            browser.close()
            playwright.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
