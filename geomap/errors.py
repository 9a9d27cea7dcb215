"""The exceptions geomap raises. Every one derives from :class:`GeomapError`.

Where a standard type fits too, the error is also that type (``InputError`` is a
``ValueError``, ``GeocoderUnavailable`` an ``OSError``), so callers that do not know
geomap can still catch them sensibly.
"""


class GeomapError(Exception):
    """Base for every error geomap raises.

    The command line turns every one into a single line on stderr, ``geomap: MESSAGE``, and
    exits with :attr:`exit_code`.
    """

    #: The command line's exit status for this error (1: the run failed or was cut short).
    exit_code = 1


class InputError(GeomapError, ValueError):
    """An input is missing, empty, binary, undecodable or malformed."""


class GazetteerError(GeomapError):
    """The gazetteer index could not be built or read.

    :param damaged: the index file itself is damaged or foreign (then it has been moved
        aside, and the next run builds a new one).
    """

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


class CacheError(GeomapError):
    """The geocoding cache could not be opened, read or written.

    :param kind: what went wrong, for callers that recover: ``"damaged"`` (not SQLite, a
        malformed page, a foreign or older schema), ``"newer"`` (a newer geomap's schema),
        ``"write"`` (the disk is full or the file read-only) or ``""`` (anything else).
    """

    def __init__(self, message: str, *, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


class GeocodingError(GeomapError):
    """A geocoding service failed to answer a query."""


class GeocoderUnavailable(GeocodingError, OSError):
    """A geocoding service could not be reached or did not answer in time."""


class RenderError(GeomapError):
    """A map or export could not be written."""


class EngineError(GeomapError):
    """An engine cannot run: Dask is not installed, or its scheduler cannot be reached."""


class OutputError(GeomapError, OSError):
    """Standard output is closed, or writing to it failed (a full device, a closed pipe)."""
