"""The table contract: DESIGN.md's required columns exist with the right types, every column is
documented, and the documentation's data dictionary is the one the schema generates."""
import importlib.util

import pyarrow as pa
import pytest

from checkout import REPO
from vncorpus.corpus.schema import COLUMN_DOCS, SCHEMAS, data_dictionary

REQUIRED = {
    "articles": {"article_id": pa.string(), "url": pa.string(), "source_id": pa.string(), "province": pa.string(), "province_2025": pa.string(), "title": pa.string(), "published": pa.date32(), "text": pa.string()},
    "decisions": {"article_id": pa.string(), "canonical": pa.string(), "doc_type": pa.string(), "number": pa.string(), "code": pa.string(), "issued": pa.date32(), "issuer": pa.string(), "via": pa.string(), "mention": pa.string(), "start": pa.int32(), "end": pa.int32()},
    "dates": {"article_id": pa.string(), "date": pa.date32(), "precision": pa.string(), "mention": pa.string(), "start": pa.int32(), "end": pa.int32()},
    "counts": {"article_id": pa.string(), "value": pa.float64(), "unit": pa.string(), "mention": pa.string(), "start": pa.int32(), "end": pa.int32()},
    "places": {"article_id": pa.string(), "name": pa.string(), "level": pa.string(), "province": pa.string(), "mention": pa.string(), "start": pa.int32(), "end": pa.int32()},
}


@pytest.mark.parametrize("table", sorted(REQUIRED))
def test_required_columns(table):
    schema = SCHEMAS[table]
    for column, arrow_type in REQUIRED[table].items():
        assert schema.field(column).type == arrow_type, (table, column)


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_column_documented(table):
    assert list(COLUMN_DOCS[table]) and set(COLUMN_DOCS[table]) == set(SCHEMAS[table].names)


def test_documented_data_dictionary_is_generated():
    """docs/tables.md holds a marker, not a copy: the site's build hook puts the schema's own
    dictionary in its place."""
    hooks = _load(REPO / "tools" / "mkdocs_hooks.py")
    page = (REPO / "docs" / "tables.md").read_text(encoding="utf-8")
    assert page.count(hooks.DATA_DICTIONARY) == 1 and "| `article_id` |" not in page
    assert data_dictionary() in hooks.on_page_markdown(page, None, None, None)


def _load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
