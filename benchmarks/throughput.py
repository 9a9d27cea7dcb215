#!/usr/bin/env python3
"""Throughput of ``geomap places --format jsonl`` beside geotext and flashgeotext, on the same text.

Usage:
    python3 benchmarks/throughput.py [CORPUS.jsonl ...] [--mb 50] [--small-mb 10] [--jobs N]
                                     [--skip-peers]

The corpus is built by repeating the articles of the given JSON Lines corpora (default: every
``*.jsonl`` in ``../shared/eval/data/``) until their text reaches ``--mb`` MB (UTF-8), written
as ``{"id", "text"}`` lines to a temporary folder. Every figure is MB of article text per second
of wall time:

- **geomap**: the whole command, start-up included, in a child process (``/usr/bin/time -v``
  gives its peak memory, that of the largest of its processes, and its CPU time, that of all
  its processes together), with the place index already
  built; with ``--jobs 1`` (one process) and with the default, ``--jobs auto`` (one worker
  per CPU), and with ``--jobs N`` if asked. Peak memory is also shown for the ``--small-mb``
  corpus: streaming keeps it flat as the corpus grows.
- **geotext**: ``GeoText(text)`` per article (its regular expression and dictionary look-ups
  only), and geotext "as in accuracy.py" (plus offsets and coordinates, as
  ``benchmarks/accuracy.py`` scores it).
- **flashgeotext**: ``GeoText().extract(text, span_info=True)`` per article, and likewise
  as in accuracy.py.

The peers run in this process after their data is loaded (loading is not timed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT))

from geomap.engines import available_cpus  # noqa: E402 (after the path is set)


def read_texts(paths: List[Path]) -> List[str]:
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    texts.append(json.loads(line)["text"])
    if not texts:
        raise SystemExit("throughput.py: no articles in the corpora")
    return texts


def build_corpus(texts: List[str], mb: float, path: Path) -> Tuple[int, int]:
    """Write articles (the texts repeated) until their text reaches ``mb`` MB; return
    (articles, bytes of text)."""
    target = int(mb * 1_000_000)
    size = n = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            for text in texts:
                f.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
                n += 1
                if size >= target:
                    break
    return n, size


def run_timed(cmd: List[str], cwd: Path) -> Tuple[float, Optional[float], Optional[float]]:
    """Wall seconds, peak memory (MB) and CPU seconds (user and system, all processes) of a
    command, the last two from /usr/bin/time -v; output discarded."""
    time_bin = shutil.which("time") or "/usr/bin/time"
    wrapped = [time_bin, "-v", *cmd] if os.path.exists(time_bin) else cmd
    start = time.perf_counter()
    proc = subprocess.run(wrapped, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"throughput.py: {' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    cpu = [float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", proc.stderr)]
    return wall, (int(m.group(1)) / 1024 if m else None), (sum(cpu) if len(cpu) == 2 else None)


def geomap_cmd(corpus: Path, cache_dir: Path, jobs: Optional[str]) -> List[str]:
    """The command measured; ``jobs=None`` leaves --jobs at its default (auto: one worker per CPU)."""
    cmd = [sys.executable, "-m", "geomap", "places", "--format", "jsonl", "--cache-dir", str(cache_dir), str(corpus)]
    return cmd + (["--jobs", jobs] if jobs is not None else [])


def time_peer(parse: Callable[[str, str], object], texts: List[str]) -> float:
    start = time.perf_counter()
    for n, text in enumerate(texts):
        parse(str(n), text)
    return time.perf_counter() - start


def peers(texts: List[str]) -> List[Tuple[str, Callable[[str, str], object]]]:
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


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--mb", type=float, default=50.0, help="size of the large corpus, MB of text")
    ap.add_argument("--small-mb", type=float, default=10.0, help="size of the small corpus (peak memory)")
    ap.add_argument("--jobs", type=int, default=0,
                    help="also measure this many worker processes (besides --jobs 1 and the default, auto)")
    ap.add_argument("--skip-peers", action="store_true")
    args = ap.parse_args(argv)
    corpora = args.corpora or sorted(DEFAULT_DATA.glob("*.jsonl"))
    texts = read_texts(corpora)

    with tempfile.TemporaryDirectory(prefix="geomap-throughput-") as tmp:
        tmp = Path(tmp)
        cache = tmp / "cache"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"from geomap.gazetteer import Gazetteer; Gazetteer.open({str(cache)!r})"],
                       check=True)
        print(f"place index built in {time.perf_counter() - t0:.1f} s (not counted below)")
        small, large = tmp / "small.jsonl", tmp / "large.jsonl"
        n_small, b_small = build_corpus(texts, args.small_mb, small)
        n_large, b_large = build_corpus(texts, args.mb, large)
        print(f"corpora: {b_small / 1e6:.1f} MB ({n_small:,} articles) and {b_large / 1e6:.1f} MB "
              f"({n_large:,} articles), repeated from {', '.join(p.name for p in corpora)}")
        print()
        rows = []
        mb_small, mb_large = b_small / 1e6, b_large / 1e6
        wall, peak_small, cpu = run_timed(geomap_cmd(small, cache, "1"), ROOT)
        rows.append((f"geomap places --format jsonl --jobs 1 ({mb_small:.0f} MB)", mb_small / wall, peak_small, cpu))
        wall, peak, cpu = run_timed(geomap_cmd(large, cache, "1"), ROOT)
        one_speed = mb_large / wall
        rows.append((f"geomap places --format jsonl --jobs 1 ({mb_large:.0f} MB)", one_speed, peak, cpu))
        wall, peak, cpu = run_timed(geomap_cmd(large, cache, None), ROOT)
        auto_speed = mb_large / wall
        rows.append((f"geomap places --format jsonl, default --jobs auto ({mb_large:.0f} MB)", auto_speed, peak, cpu))
        if args.jobs:
            wall, peak, cpu = run_timed(geomap_cmd(large, cache, str(args.jobs)), ROOT)
            rows.append((f"geomap places --format jsonl --jobs {args.jobs} ({mb_large:.0f} MB)", mb_large / wall,
                         peak, cpu))
        peer_rows = []
        if not args.skip_peers:
            big_texts = [json.loads(line)["text"] for line in open(large, encoding="utf-8")]
            for label, parse in peers(big_texts):
                seconds = time_peer(parse, big_texts)
                peer_rows.append((f"{label} ({mb_large:.0f} MB)", mb_large / seconds, None, None))
        width = max(len(r[0]) for r in rows + peer_rows)
        print(f"{'system':{width}}  {'MB/s':>6}  {'peak MB':>7}  {'CPU s':>6}  {'geomap -j 1 ÷ it':>16}  "
              f"{'geomap auto ÷ it':>16}")
        for label, speed, peak, cpu in rows + peer_rows:
            print(f"{label:{width}}  {speed:6.2f}  {(f'{peak:.0f}' if peak else '-'):>7}  "
                  f"{(f'{cpu:.1f}' if cpu else '-'):>6}  {one_speed / speed:15.2f}×  {auto_speed / speed:15.2f}×")
        print(f"\n--jobs auto speed-up over one process: {auto_speed / one_speed:.2f}× on "
              f"{available_cpus()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
