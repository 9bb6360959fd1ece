"""vncorpus: Vietnamese government portals → research corpus.

Data flow, one typed record per stage (crawler.models, extract.models, nlp.models):

    Source ─crawl─▶ Capture ─extract─▶ Article ─nlp─▶ Facts ─tables─▶ Parquet/DuckDB
"""

from importlib.metadata import version

__version__ = version("vncorpus")

# The decision the researchers' question names (DESIGN.md): what `vncorpus report` reports on by default.
DEFAULT_DECISION = "1191/QĐ-TTg"
