"""The extractors against the gold set (tests/gold/nlp): the issue's accuracy floor, per type."""
import pytest

from checkout import SEEDS
from vncorpus.corpus.evaluate import FLOORS, evaluate


@pytest.fixture(scope="module")
def scores():
    if not SEEDS.exists():
        pytest.skip(f"seed pages not present in {SEEDS}")
    return evaluate().scores


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_f1_floor(scores, kind):
    assert scores[kind].f1 >= FLOORS[kind], scores[kind].errors
