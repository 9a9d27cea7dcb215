"""geomap's CSV read back by the readers people use (issue 14): Python's ``csv`` module, pandas
and a real spreadsheet, LibreOffice Calc, on article text as hostile as the open web sends.

Each must see one row per mention whatever the text holds (CR, LF, CRLF, NUL, quotes, commas,
U+2028), non-ASCII names intact, and no cell that starts like a formula run as one.

The Calc test needs ``soffice`` (Debian's ``libreoffice-calc-nogui``, which ``scripts/test.sh``
installs). Without it the test is skipped, except in CI (``CI=true``), where it fails.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from html.parser import HTMLParser

import pandas as pd
import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.exporters import CSV_FIELDS

#: One article (and its id) with what breaks naive CSV: a bare CR, LF, CRLF, CR CR LF, NUL,
#: quotes, commas, U+2028, sentences and an id that start with =, +, - and @, and "Dūmā".
ARTICLE_ID = "=1+1"
TEXT = ('=1+1 officials met in Ankara.\x00 "Quoted" Aleppo, said\r one,\n'
        '+1+1 more in Damascus;\r\n@SUM(1;1) -1+1 Cairo\u2028and Beirut.\r\r\n'
        '-2 dead in Dūmā, near "Damascus", on Friday.\n'
        '=HYPERLINK("http://example.invalid","Homs") and Latakia, said officials.')

#: The text columns (the rest are numbers and codes geomap writes itself).
TEXT_COLUMNS = ("article", "name", "place", "excerpt")

#: What a spreadsheet takes for the start of a formula.
FORMULA_START = ("=", "+", "-", "@")


@pytest.fixture
def written(cache_dir, tmp_path, monkeypatch):
    """``geomap places feed.jsonl --format csv -o out.csv`` on the hostile article: returns the
    CSV's path and the mention names in the order the JSON Lines output lists them."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": ARTICLE_ID, "text": TEXT}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    common = ["places", "feed.jsonl", "--cache-dir", str(cache_dir)]
    result = CliRunner().invoke(cli, [*common, "--format", "csv", "-o", "out.csv"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    jsonl = CliRunner().invoke(cli, [*common, "--format", "jsonl"], catch_exceptions=False)
    names = [t["name"] for t in json.loads(jsonl.stdout)["toponyms"]]
    assert len(names) >= 8 and "Dūmā" in names  # the article gives every reader something to split
    return tmp_path / "out.csv", names


def _csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_pandas_reads_one_row_per_mention_as_the_csv_module_does(written):
    path, names = written
    # every column as text, as written (otherwise "" becomes NaN and "42" a number)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == CSV_FIELDS  # the BOM is not glued to the first header
    assert list(frame["name"]) == names  # one row per mention, none split or merged
    rows = _csv_rows(path)
    for column in TEXT_COLUMNS:
        assert list(frame[column]) == [r[column] for r in rows], column
    assert any("\r" in e for e in frame["excerpt"])  # the hostile line breaks are in the cells
    assert "Dūmā" in list(frame["place"])
    assert set(frame["article"]) == {"'" + ARTICLE_ID}


# -- LibreOffice Calc ---------------------------------------------------------------------------

#: Calc's CSV import options (its filter's tokens, as its Text Import dialog sets them): comma,
#: double quote, character set UTF-8 (76), from line 1, cell language English (US) (1033), the
#: rest at Calc's defaults but the 13th, "Evaluate formulas", on, so that a formula in a cell is
#: run (with it off, Calc shows =1+1 as text, and the control below would fail). The character
#: set is given because Calc 7.4, converting on the command line, ignores the BOM and reads the
#: system's 8-bit character set without it ("DÅ«mÄ"): the user picks UTF-8 in the dialog.
CALC_CSV_IMPORT = "CSV:44,34,76,1,,1033,,,,,,,true"


@pytest.fixture
def soffice():
    """LibreOffice's ``soffice``: skipped when absent, failed when absent in CI."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        reason = "no soffice (LibreOffice Calc) found"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}: CI must run the spreadsheet test (bash scripts/test.sh installs "
                        "libreoffice-calc-nogui)", pytrace=False)
        pytest.skip(reason)
    return found


class _CalcCells(HTMLParser):
    """The rows of shown cell text in a sheet Calc exported as HTML (``<br>`` is a line break
    in a cell; an empty cell holds a lone ``<br>``), and whether each cell is a number."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.numeric, self._cell = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
            self.numeric.append([])
        elif tag == "td":
            self._cell = []
            self.numeric[-1].append("sdval" in dict(attrs))  # a number, or a formula's result
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            text = "".join(self._cell)
            self.rows[-1].append("" if text == "\n" else text)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _calc_shows(soffice, tmp_path, *paths):
    """What Calc shows for each CSV: its rows of cell text and which cells are numbers."""
    out = tmp_path / "calc"
    profile = tmp_path / "calc-profile"  # a fresh profile: no settings of a user's Calc apply
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         f"--infilter={CALC_CSV_IMPORT}", "--convert-to", "html", "--outdir", str(out), *map(str, paths)],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    shown = []
    for path in paths:
        page = out / (path.stem + ".html")
        assert page.exists(), f"Calc wrote no {page.name}: {proc.stdout}{proc.stderr}"
        cells = _CalcCells()
        cells.feed(page.read_text(encoding="utf-8"))
        shown.append((cells.rows, cells.numeric))
    return shown


def _raw(cell):
    """A cell as written before geomap's neutralising (its leading apostrophe taken off)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def _line_breaks(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def test_libreoffice_calc_shows_one_row_per_mention_and_runs_no_formula(soffice, written, tmp_path):
    path, names = written
    rows = _csv_rows(path)
    assert [r["name"] for r in rows] == names  # Python's csv module reads one row per mention
    # The control: the same cells written raw by the test, without geomap's leading apostrophe.
    # Calc must run these (=1+1 shows 2), or the check below could not fail.
    raw = tmp_path / "raw.csv"
    with open(raw, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, CSV_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _raw(v) for k, v in row.items()})
    (ours, ours_numeric), (control, _) = _calc_shows(soffice, tmp_path, path, raw)

    # one spreadsheet row per mention, plus the header (its first cell free of the BOM)
    assert ours[0] == CSV_FIELDS
    assert [r[CSV_FIELDS.index("name")] for r in ours[1:]] == names
    assert "Dūmā" in [r[CSV_FIELDS.index("place")] for r in ours[1:]]

    # the control was run: =1+1 shows 2, and =HYPERLINK(…) followed by prose shows an error
    # (Calc keeps a =-leading cell it cannot parse as a formula as text, such as "=1+1 officials …")
    article, excerpt = CSV_FIELDS.index("article"), CSV_FIELDS.index("excerpt")
    assert [r[article] for r in control[1:]] == ["2"] * len(rows)
    hyperlink = [i for i, row in enumerate(rows) if _raw(row["excerpt"]).startswith("=HYPERLINK(")]
    assert hyperlink
    for i in hyperlink:
        assert control[1 + i][excerpt] != _line_breaks(_raw(rows[i]["excerpt"])), control[1 + i][excerpt]

    # geomap's cells: every text cell shows exactly the text geomap wrote, the apostrophe
    # included, and none is a number or a formula's result
    for shown, numeric, row in zip(ours[1:], ours_numeric[1:], rows):
        for column in TEXT_COLUMNS:
            i = CSV_FIELDS.index(column)
            assert shown[i] == _line_breaks(row[column]), (column, shown[i])
            assert not numeric[i], (column, shown[i])
    assert {r[article] for r in ours[1:]} == {"'=1+1"}
    assert any(r[excerpt].startswith("'=HYPERLINK(") for r in ours[1:])
