"""The architecture rule of the style guide: data flows one way through layered modules.

Each module of ``geomap/`` (and of its sub-packages, named ``engines.pool``) has a layer; no
module may import one of a higher layer (same layer is fine), and no two modules import each
other. ``cli.py`` is a thin shell: it parses, calls the library, formats. How articles are
spread over processes or a cluster (``engines``) sits above the per-article pipeline, never
inside it. Imports inside functions count too. A new module must be given a layer here.
"""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "geomap"

LAYERS = {
    "errors": 0, "models": 0, "atomic": 0, "wordlists": 0, "dates": 0, "distance": 0,
    "web": 1, "webpage": 1, "feeds": 1,
    "text": 1, "results": 1, "tokens": 1, "gazetteer": 1, "geodata": 1, "cache": 1, "userplaces": 1, "shapes": 1,
    "matching": 2, "disambiguation": 2, "context": 2, "phones": 2,
    "geocoding": 3, "nearby": 3,
    "pipeline": 4,
    "render": 5, "exporters": 5, "mapdata": 5,
    "engines": 5, "engines.base": 5, "engines.local": 5, "engines.pool": 5, "engines.dask": 5,
    "cli": 6,
}
EXEMPT = {"__init__", "__main__"}

#: What the command layer may use: the library's entry points, its outputs and its values.
CLI_MAY_IMPORT = {"errors", "models", "atomic", "pipeline", "results", "render", "exporters", "engines", "__init__"}


def _modules():
    """Every module, dotted below the package: ``cli``, ``engines`` (a package), ``engines.pool``."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if not all((PACKAGE.joinpath(*parts[:n]) / "__init__.py").exists() for n in range(1, len(parts))):
            continue  # a script in a data folder, not a module of the package
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        out.append(".".join(parts))
    return out


MODULES = _modules()


def _source(module: str) -> Path:
    if module == "__init__":
        return PACKAGE / "__init__.py"
    path = PACKAGE.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _known(name: str) -> bool:
    path = PACKAGE.joinpath(*name.split("."))
    return path.is_dir() or path.with_suffix(".py").exists()


def geomap_imports(module: str) -> set:
    """The geomap modules that ``module`` imports, dotted as in :data:`MODULES` (``__init__``
    for the package itself)."""
    source = _source(module)
    tree = ast.parse(source.read_text(encoding="utf-8"))
    # the package a relative import starts from: the module's own folder
    here = [] if module == "__init__" else module.split(".")
    if source.name != "__init__.py" or module == "__init__":
        here = here[:-1]
    found = set()

    def add(parts):
        name = ".".join(parts)
        found.add(name if name else "__init__")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "geomap":
                    add(parts[1:])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "geomap":
                    continue
                base = parts[1:]
            else:
                up = node.level - 1
                if up > len(here):
                    raise AssertionError(f"{module}: import beyond the package: {ast.dump(node)}")
                base = here[:len(here) - up] + (node.module.split(".") if node.module else [])
            for alias in node.names:  # "from . import x": x is a module, or a name from a package
                if _known(".".join([*base, alias.name])):
                    add([*base, alias.name])
                else:
                    add(base)
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


def test_no_two_modules_import_each_other():
    graph = {m: geomap_imports(m) - {m} for m in MODULES}
    pairs = sorted({tuple(sorted((a, b))) for a, deps in graph.items() for b in deps if a in graph.get(b, ())})
    assert not pairs, f"modules that import each other: {pairs}"


def test_the_pipeline_knows_nothing_of_how_articles_are_spread():
    for module in ("pipeline", "text", "matching", "disambiguation", "context", "phones", "geocoding", "nearby"):
        spread = {m for m in geomap_imports(module) if m == "engines" or m.startswith("engines.")}
        assert not spread, f"{module} imports {spread}: engines sit above the pipeline"


def test_cli_only_calls_the_library():
    imported = geomap_imports("cli")
    assert imported <= CLI_MAY_IMPORT, f"cli.py reaches past the library API: {sorted(imported - CLI_MAY_IMPORT)}"
    assert not imported & {"gazetteer", "matching", "disambiguation", "geodata", "text", "cache"}
    assert not {m for m in imported if m.startswith("engines.")}, "cli picks engines through make_engine"


def test_the_parser_sees_every_kind_of_import(tmp_path, monkeypatch):
    # a guard for the guard: relative, absolute, nested and package imports are all found
    fake = tmp_path / "geomap"
    fake.mkdir()
    for name in ("cli", "gazetteer", "render", "__init__"):
        (fake / f"{name}.py").write_text("", encoding="utf-8")
    (fake / "probe.py").write_text(
        "import os\nimport geomap.render\nfrom . import gazetteer, __version__\n"
        "def f():\n    from .cli import main\n    from geomap.models import Place\n",
        encoding="utf-8")
    (fake / "sub").mkdir()
    for name in ("__init__", "one", "two"):
        (fake / "sub" / f"{name}.py").write_text("", encoding="utf-8")
    (fake / "sub" / "one.py").write_text(
        "from ..render import x\nfrom . import two\nfrom .two import y\nfrom . import Engine\n"
        "from .. import cli\nimport geomap.sub.two\n", encoding="utf-8")
    (fake / "sub" / "__init__.py").write_text("from .one import z\nfrom ..gazetteer import g\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert geomap_imports("probe") == {"render", "gazetteer", "__init__", "cli", "models"}
    assert geomap_imports("sub.one") == {"render", "sub.two", "sub", "cli"}
    assert geomap_imports("sub") == {"sub.one", "gazetteer"}
    assert set(_modules()) >= {"probe", "sub", "sub.one", "sub.two", "__init__"}


def _rebound(source: str) -> list:
    """The module-level names a module's source binds twice (a constant or a function
    written again further down silently replaces the first for every use above it too)."""
    seen, twice = set(), []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in seen and name != "__all__":
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("module", _modules())
def test_no_module_binds_a_top_level_name_twice(module):
    path = PACKAGE.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    assert _rebound(path.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_seen():
    assert _rebound("_A = 1\ndef f():\n    return _A\n_A = 2\n") == ["_A"]
    assert _rebound("_A = 1\n_B = 2\nclass C:\n    _A = 3\n") == []
