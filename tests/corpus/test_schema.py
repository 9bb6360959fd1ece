"""The table contract: DESIGN.md's required columns exist with the right types, every column is
documented, and the README's data dictionary is the one the schema generates."""
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


def test_readme_data_dictionary_is_generated():
    assert data_dictionary() in (REPO / "README.md").read_text(encoding="utf-8")
