"""The docs name tests as evidence (docs/reliability.md: each case with the test that covers
it); a renamed or removed test must not leave its row pointing at nothing."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]


def named_tests(text):
    """``(file, test)`` for each ``test_x.py::test_y`` in ``text``, and for each ``…::test_z``
    after one (the same file)."""
    out, current = [], None
    for m in re.finditer(r"`(?:(test_\w+\.py)|…)::(test_\w+)", text):
        current = m.group(1) or current
        out.append((current, m.group(2)))
    return out


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_test_a_doc_names_exists(doc):
    missing = [(f, t) for f, t in named_tests(doc.read_text(encoding="utf-8"))
               if f is None or not (ROOT / "tests" / f).exists()
               or not re.search(rf"^def {t}\(", (ROOT / "tests" / f).read_text(encoding="utf-8"), re.M)]
    assert not missing, f"{doc.name} names tests that do not exist: {missing}"


def test_the_check_finds_a_missing_test():
    assert named_tests("`test_a.py::test_b`, `…::test_c`") == [("test_a.py", "test_b"), ("test_a.py", "test_c")]
