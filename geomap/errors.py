"""The exceptions geomap raises. Every one derives from :class:`GeomapError`.

Where a standard type fits too, the error is also that type (``InputError`` is a
``ValueError``, ``GeocoderUnavailable`` an ``OSError``), so callers that do not know
geomap can still catch them sensibly.
"""


class GeomapError(Exception):
    """Base for every error geomap raises."""


class InputError(GeomapError, ValueError):
    """An input is missing, empty, binary, undecodable or malformed."""


class GazetteerError(GeomapError):
    """The gazetteer index could not be built or read."""


class CacheError(GeomapError):
    """The geocoding cache could not be opened, read or written."""


class GeocodingError(GeomapError):
    """A geocoding service failed to answer a query."""


class GeocoderUnavailable(GeocodingError, OSError):
    """A geocoding service could not be reached or did not answer in time."""


class RenderError(GeomapError):
    """A map or export could not be written."""


class EngineError(GeomapError):
    """An engine cannot run: Dask is not installed, or its scheduler cannot be reached."""
