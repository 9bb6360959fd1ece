"""vncorpus: Vietnamese government portals → research corpus.

Data flow, one typed record per stage (see corpus.records and nlp.models):

    Source ─crawl─▶ Capture ─extract─▶ Article ─nlp─▶ Facts ─tables─▶ Parquet/DuckDB
"""

__version__ = "0.1.0"
