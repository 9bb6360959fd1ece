"""The extractors against the gold set (tests/gold/nlp): the issue's accuracy floor, per type."""
import pytest

from conftest import SEEDS
from corpus.evaluate import evaluate

FLOOR = {"decisions": 0.95, "dates": 0.95, "counts": 0.9, "places": 0.9}


@pytest.fixture(scope="module")
def scores():
    if not SEEDS.exists():
        pytest.skip(f"seed pages not present in {SEEDS}")
    return evaluate().scores


@pytest.mark.parametrize("kind", sorted(FLOOR))
def test_f1_floor(scores, kind):
    assert scores[kind].f1 >= FLOOR[kind], scores[kind].errors
