#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run it.
# This is the README's test command; CI (.ci/run) calls exactly this.
#
# Like the README's first command, it installs into a virtual environment (.venv), so it
# works with a Python that refuses `pip install` outside one (Debian 12, Ubuntu 24.04).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {  # apt_install WHY PACKAGE...: Debian's packages, where this machine can install them
    local why=$1; shift
    local packages=() arg
    for arg in "$@"; do [[ $arg == -* ]] || packages+=("$arg"); done  # the names, not apt's options
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "test.sh: installing ${packages[*]} ($why)" >&2
        if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        echo "test.sh: no ${packages[*]} and no way to install it here ($why will skip; fail in CI)" >&2
    fi
}

# The browser tests drive the system's Chromium (a registry package; no browser download).
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    apt_install "the browser tests" chromium
fi

# tests/test_csv_readers.py opens geomap's CSV in a real spreadsheet, LibreOffice Calc, headless
# (the no-GUI package, without recommends: about a minute to install, about 200 MB).
if ! command -v soffice >/dev/null 2>&1; then
    apt_install "the spreadsheet test" --no-install-recommends libreoffice-calc-nogui
fi

# tests/test_install.py runs the README's first command with the distribution's own Python
# first on the PATH, the one that refuses `pip install` outside a virtual environment.
if ! { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import ensurepip, venv' >/dev/null 2>&1; }; then
    apt_install "the install test" python3 python3-venv
fi

# The project's own virtual environment, made by whatever python3 comes first on the PATH.
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
PY=.venv/bin/python
export PIP_DISABLE_PIP_VERSION_CHECK=1
# Quiet, but a failed install must stop the run (a filtered pipe would hide pip's exit code).
# The dask extra too: tests/test_dask.py runs the Dask engine on a LocalCluster.
"$PY" -m pip install -q -e '.[test,dask]'

# The install test runs offline (no test reaches a registry): the wheels the README's first
# command needs are fetched here, by the distribution's Python, into build/wheelhouse.
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    if [ ! -x build/system-venv/bin/python ]; then
        /usr/bin/python3 -m venv build/system-venv
    fi
    build/system-venv/bin/python -m pip wheel -q -w build/wheelhouse . setuptools wheel
fi

"$PY" -m pytest -q "$@"
