#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run it.
# This is the README's test command; CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive the system's Chromium (a registry package; no browser download).
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "test.sh: installing Chromium for the browser tests" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "test.sh: no Chromium and no way to install it here; browser tests will skip (fail in CI)" >&2
    fi
fi

# Quiet, but a failed install must stop the run (a filtered pipe would hide pip's exit code).
# The dask extra too: tests/test_dask.py runs the Dask engine on a LocalCluster.
PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q --disable-pip-version-check -e '.[test,dask]'
python3 -m pytest -q "$@"
