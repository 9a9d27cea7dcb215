"""The architecture rule of the style guide: data flows one way through layered modules.

Each module of ``geomap/`` has a layer; no module may import one of a higher layer (same
layer is fine). ``cli.py`` is a thin shell: it parses, calls the library, formats. Imports
inside functions count too. A new module must be given a layer here.
"""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "geomap"

LAYERS = {
    "errors": 0, "models": 0, "atomic": 0, "wordlists": 0,
    "text": 1, "tokens": 1, "gazetteer": 1, "geodata": 1, "cache": 1, "userplaces": 1,
    "matching": 2, "disambiguation": 2, "context": 2,
    "geocoding": 3,
    "pipeline": 4, "parallel": 4,
    "render": 5, "exporters": 5,
    "cli": 6,
}
EXEMPT = {"__init__", "__main__"}

#: What the command layer may use: the library's entry points, its outputs and its values.
CLI_MAY_IMPORT = {"errors", "models", "atomic", "pipeline", "render", "exporters", "__init__"}

MODULES = sorted(p.stem for p in PACKAGE.glob("*.py"))


def geomap_imports(module: str) -> set:
    """The geomap modules that ``geomap/<module>.py`` imports (``__init__`` for the package)."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "geomap":
                    found.add(parts[1] if len(parts) > 1 else "__init__")
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "geomap":
                    continue
            elif node.level == 1:
                parts = ["geomap"] + (node.module.split(".") if node.module else [])
            else:  # pragma: no cover - the package has no sub-packages
                raise AssertionError(f"{module}: import beyond the package: {ast.dump(node)}")
            if len(parts) > 1:
                found.add(parts[1])
            else:  # "from . import x": x is a module, or a name from __init__
                for alias in node.names:
                    found.add(alias.name if (PACKAGE / f"{alias.name}.py").exists() else "__init__")
    return found


def test_every_module_has_a_layer():
    unknown = set(MODULES) - set(LAYERS) - EXEMPT
    assert not unknown, f"give these modules a layer in tests/test_layers.py: {sorted(unknown)}"


@pytest.mark.parametrize("module", [m for m in MODULES if m not in EXEMPT])
def test_no_module_imports_a_higher_layer(module):
    layer = LAYERS[module]
    upward = {m: LAYERS.get(m) for m in geomap_imports(module)
              if m != module and (m == "__init__" and module != "cli" or LAYERS.get(m, -1) > layer)}
    assert not upward, f"{module} (layer {layer}) imports {upward}"


def test_cli_only_calls_the_library():
    imported = geomap_imports("cli")
    assert imported <= CLI_MAY_IMPORT, f"cli.py reaches past the library API: {sorted(imported - CLI_MAY_IMPORT)}"
    assert not imported & {"gazetteer", "matching", "disambiguation", "geodata", "text", "cache"}


def test_the_parser_sees_every_kind_of_import(tmp_path, monkeypatch):
    # a guard for the guard: relative, absolute, nested and package imports are all found
    fake = tmp_path / "geomap"
    fake.mkdir()
    for name in ("cli", "gazetteer", "render"):
        (fake / f"{name}.py").write_text("", encoding="utf-8")
    (fake / "probe.py").write_text(
        "import os\nimport geomap.render\nfrom . import gazetteer, __version__\n"
        "def f():\n    from .cli import main\n    from geomap.models import Place\n",
        encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert geomap_imports("probe") == {"render", "gazetteer", "__init__", "cli", "models"}
