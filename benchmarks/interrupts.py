#!/usr/bin/env python3
"""Interrupts: press Ctrl-C on a ``geomap places --jobs N`` run at random moments, many times,
and count the runs that hang, print a traceback or exit with another code than 1.

Usage:
    python3 benchmarks/interrupts.py [--runs 40] [--jobs 2] [--seed 1] [--cache-dir DIR]

A hang after Ctrl-C is a race: ``multiprocessing.Pool.terminate`` hung about once in a dozen
runs of the suite's one Ctrl-C test, so one run proves little. Each run parses a corpus of
5,000 articles (the seed article's paragraphs) in worker processes and is interrupted (SIGINT
to its process group, as a terminal sends it) a random 0-2 s after its first progress line;
a run still alive 30 s later counts as hung and is killed. It prints the counts and how long
the runs took to exit after Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional

ROOT = Path(__file__).resolve().parent.parent


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cache-dir", type=Path, help="a cache folder with the place index (default: a new one)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    paragraphs = [p for f in sorted((ROOT / "seeds").glob("*.txt")) for p in f.read_text("utf-8").split("\n\n")
                  if p.strip()]
    hung = tracebacks = codes = 0
    waits: List[float] = []
    with tempfile.TemporaryDirectory(prefix="geomap-interrupts-") as tmp:
        corpus = Path(tmp) / "big.jsonl"
        corpus.write_text("".join(json.dumps({"id": f"a{n}", "text": paragraphs[n % len(paragraphs)] * 3}) + "\n"
                                  for n in range(5_000)), encoding="utf-8")
        cache = args.cache_dir or Path(tmp) / "cache"
        cmd = [sys.executable, "-m", "geomap", "places", str(corpus), "--format", "jsonl", "--cache-dir", str(cache),
               "-o", str(Path(tmp) / "out.jsonl"), "--jobs", str(args.jobs)]
        for n in range(args.runs):
            proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT,
                                    start_new_session=True,
                                    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
            proc.stderr.readline()  # the first progress line: the workers are at work
            time.sleep(rng.uniform(0, 2))
            os.killpg(proc.pid, signal.SIGINT)
            start = time.perf_counter()
            try:
                _, err = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                hung += 1
                print(f"run {n + 1}: still running 30 s after Ctrl-C", flush=True)
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                continue
            waits.append(time.perf_counter() - start)
            if "Traceback" in err:
                tracebacks += 1
                print(f"run {n + 1}: a traceback:\n{err}", flush=True)
            if proc.returncode != 1:
                codes += 1
                print(f"run {n + 1}: exit code {proc.returncode}", flush=True)
    waits.sort()
    print(f"{args.runs} runs of --jobs {args.jobs} interrupted: {hung} hung, {tracebacks} printed a traceback, "
          f"{codes} exited with another code than 1")
    if waits:
        print(f"exit after Ctrl-C: median {waits[len(waits) // 2]:.2f} s, longest {waits[-1]:.2f} s")
    return 1 if hung or tracebacks or codes else 0


if __name__ == "__main__":
    sys.exit(main())
