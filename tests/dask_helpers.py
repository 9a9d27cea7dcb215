"""Worker plugins for tests/test_dask.py, importable by the workers of a LocalCluster (their
``sys.path`` is the test run's)."""

import time
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin


class Gate(WorkerPlugin):
    """Holds every task of the worker named ``name`` until the file ``gate`` exists, so a test
    knows that worker is busy with a task when it kills it."""

    def __init__(self, gate: str, name) -> None:
        self.gate = gate
        self.name = name

    def setup(self, worker) -> None:
        import geomap.engines.dask as engine

        self.real = engine._read
        if worker.name != self.name:
            return
        gate, real = Path(self.gate), self.real

        def held(piece):
            deadline = time.monotonic() + 60
            while not gate.exists() and time.monotonic() < deadline:
                time.sleep(0.02)
            return real(piece)

        engine._read = held

    def teardown(self, worker) -> None:
        import geomap.engines.dask as engine

        engine._read = self.real
