"""The README's quick start (issue 15): exactly two commands; the first sets up and maps the
seed article offline, and works as written with a system Python that refuses ``pip install``
outside a virtual environment (Debian 12's /usr/bin/python3; Ubuntu 24.04 alike); the second
is the test command that .ci/run calls.

The first command is run as the README writes it, in a copy of the project, with Debian's
``/usr/bin/python3`` first on the PATH. No test reaches a registry: pip is pointed, through its
environment, at the wheels scripts/test.sh fetched into build/wheelhouse.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
WHEELHOUSE = REPO / "build" / "wheelhouse"
SYSTEM_PYTHON = Path("/usr/bin/python3")


def quick_start():
    """The commands of the README's quick start, in order."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [line[4:] for line in section.splitlines() if line.startswith("    ") and line.strip()]


def test_the_quick_start_is_two_commands_and_ci_runs_the_second():
    setup, tests = quick_start()
    assert "python3 -m venv" in setup and "geomap map seeds/" in setup
    assert tests == "bash scripts/test.sh"
    ci = [line for line in (REPO / ".ci" / "run").read_text().splitlines() if line and not line.startswith(("#", "set ", "cd "))]
    assert ci == [tests]


def _system_python_with_venv() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import ensurepip, venv"], capture_output=True)
    return probe.returncode == 0


def _need(condition: bool, why: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{why} (scripts/test.sh sets it up)")
        pytest.skip(why)


def test_the_first_command_works_with_debians_python_that_refuses_pip_install(tmp_path):
    _need(_system_python_with_venv(), "no /usr/bin/python3 with venv here")
    _need(any(WHEELHOUSE.glob("trafilatura-*.whl")), "no build/wheelhouse (bash scripts/test.sh fetches it)")
    project = tmp_path / "geomap"
    shutil.copytree(REPO, project, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", ".pytest_cache", "*.sqlite", "*.sqlite-*",
        "map.html"))
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": f"{SYSTEM_PYTHON.parent}:/bin",  # Debian's python3 first: no pyenv, no other venv
        "HOME": str(home),
        "LANG": "C.UTF-8",
        # offline, from the wheels scripts/test.sh fetched: no test reaches a registry
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    found = subprocess.run(["sh", "-c", "command -v python3"], env=env, capture_output=True, text=True)
    assert found.stdout.strip() == str(SYSTEM_PYTHON)
    # this is the Python the issue is about: it refuses to install outside a virtual environment
    refused = subprocess.run(["python3", "-m", "pip", "install", "--dry-run", "."], cwd=project, env=env,
                             capture_output=True, text=True)
    assert refused.returncode != 0
    assert "externally-managed-environment" in refused.stderr or "No module named pip" in refused.stderr
    setup, _ = quick_start()
    done = subprocess.run(["sh", "-c", setup], cwd=project, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    summary = done.stdout.strip().splitlines()[-1]
    assert re.match(r"^11 places, \d+ mentions in 1 article -> output/map\.html$", summary), summary
    page = (project / "output" / "map.html").read_text(encoding="utf-8")
    assert "Saraqib" in page and "Ankara" in page
    assert (project / ".venv" / "bin" / "geomap").exists()
