#!/usr/bin/env python3
"""Regenerate the golden files the tests compare against (tests/golden/), then review the diff.

    python3 scripts/update_golden.py
    git diff tests/golden/

The tests never write their own golden files: a deliberate change (weights, reasons, data)
is made visible here, in a diff a person reads before committing it.

- tests/golden/seed.geojson: what ``geomap places seeds/ --format geojson`` writes, with a
  fresh cache folder (so no earlier run's answers take part).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.cli import cli  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"


def seed_geojson(cache_dir: Path) -> str:
    result = CliRunner().invoke(cli, ["places", str(ROOT / "seeds"), "--format", "geojson",
                                      "--cache-dir", str(cache_dir)])
    if result.exit_code != 0:
        raise SystemExit(f"update_golden: geomap failed ({result.exit_code}): {result.output}")
    return result.stdout


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="geomap-golden-") as tmp:
        target = GOLDEN / "seed.geojson"
        text = seed_geojson(Path(tmp) / "cache")
        old = target.read_text(encoding="utf-8") if target.exists() else None
        target.write_text(text, encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {'unchanged' if old == text else 'written'}")


if __name__ == "__main__":
    main()
