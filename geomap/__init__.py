"""geomap: turn news articles into a map of the places they report.

The public API, declared here in one place::

    from geomap import Geoparser, geoparse
    with Geoparser() as gp:
        result = gp.parse_text("Talks were held in Ankara.")
"""

__version__ = "0.1.0"

from .errors import GeomapError, InputError  # noqa: E402
from .models import Article, ArticleResult, InputProblem, MappedPlace, Place, RenderedResult, Resolution  # noqa: E402
from .pipeline import Geoparser, geoparse  # noqa: E402

__all__ = [
    "Article", "ArticleResult", "GeomapError", "Geoparser", "InputError", "InputProblem",
    "MappedPlace", "Place", "RenderedResult", "Resolution", "geoparse", "__version__",
]
