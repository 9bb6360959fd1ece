"""vncorpus: Vietnamese government portals → research corpus.

Data flow, one typed record per stage (crawler.models, extract.models, nlp.models):

    Source ─crawl─▶ Capture ─extract─▶ Article ─nlp─▶ Facts ─tables─▶ Parquet/DuckDB
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vncorpus")
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "unknown (not installed)"

# The decision the researchers' question names (DESIGN.md): what `vncorpus report` reports on by default.
DEFAULT_DECISION = "1191/QĐ-TTg"
