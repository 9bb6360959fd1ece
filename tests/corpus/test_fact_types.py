"""Every consumer of the fact types covers every type in nlp.models.FACT_TYPES: a fact type added
to Facts without its table, column docs, colour, evaluation key or accuracy floor fails here."""
from __future__ import annotations

import dataclasses

import pytest

from vncorpus.corpus import evaluate, show
from vncorpus.corpus.schema import COLUMN_DOCS, SCHEMAS, TABLES
from vncorpus.nlp.models import FACT_TYPES, Facts


def test_registry_is_read_off_the_facts_model():
    assert list(FACT_TYPES) == [f.name for f in dataclasses.fields(Facts)]
    assert TABLES == ("articles", *FACT_TYPES)


@pytest.mark.parametrize(
    "consumer, keys",
    [
        ("table schemas", lambda: set(SCHEMAS) - {"articles"}),
        ("column docs", lambda: set(COLUMN_DOCS) - {"articles"}),
        ("show's colours", lambda: set(show.STYLES)),
        ("evaluation keys", lambda: set(evaluate.KEYS)),
        ("accuracy floors", lambda: set(evaluate.FLOORS)),
    ],
)
def test_every_consumer_covers_every_fact_type(consumer, keys):
    assert keys() == set(FACT_TYPES), consumer


@pytest.mark.parametrize("fact_type, record", FACT_TYPES.items())
def test_each_fact_table_is_its_mention_class(fact_type, record):
    assert SCHEMAS[fact_type].names == ["article_id", *(f.name for f in dataclasses.fields(record))]
