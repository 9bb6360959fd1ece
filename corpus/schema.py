"""The five tables' Arrow schemas, derived once from the records that fill them.

`articles` columns are the fields of corpus.records.Article; each fact table is `article_id`
followed by the fields of its nlp.models mention class. The writer, the data dictionary and the
DuckDB views all read these schemas, so a new field appears everywhere at once.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime

import pyarrow as pa

from corpus.records import Article
from nlp.models import CountMention, DateMention, DecisionMention, PlaceMention

_ARROW_TYPES = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
    datetime: pa.timestamp("us", tz="UTC"),
}
# Offsets are character positions in articles.text; int32 holds any article.
_NARROW = {"start": pa.int32(), "end": pa.int32()}

FACT_RECORDS: dict[str, type] = {
    "decisions": DecisionMention,
    "dates": DateMention,
    "counts": CountMention,
    "places": PlaceMention,
}
TABLES = ("articles", *FACT_RECORDS)


def _arrow_type(annotation) -> pa.DataType:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = args[0]
    return _ARROW_TYPES[annotation]


def _schema_of(record: type, leading: tuple[pa.Field, ...] = ()) -> pa.Schema:
    hints = typing.get_type_hints(record)
    fields = list(leading)
    for f in dataclasses.fields(record):
        fields.append(pa.field(f.name, _NARROW.get(f.name) or _arrow_type(hints[f.name])))
    return pa.schema(fields)


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema_of(Article),
    **{
        name: _schema_of(record, (pa.field("article_id", pa.string()),))
        for name, record in FACT_RECORDS.items()
    },
}
