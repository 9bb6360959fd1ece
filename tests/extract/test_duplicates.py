"""Near-duplicates: a syndicated copy is linked to the earliest copy and counted once."""
import pytest

from conftest import seed_text
from extract.duplicates import DuplicateIndex, Known, distance, simhash

SEEDS = ["000_48b2f031c01f9a57", "001_a1ed80c6601a64c0", "002_590ebb3add425e83", "003_dbc14d009e467cf4", "004_df9ab84536827210"]


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("Sở Ngoại vụ", "Sở Ngoại vụ tỉnh", 1) + "\nNguồn: langson.gov.vn",  # another portal's credit line
        lambda t: "Ảnh minh họa. " + t[200:],  # a different opening
        lambda t: t.split("Vi Trường")[0],  # byline and furniture dropped
    ],
)
def test_syndicated_copy_is_near(change):
    text = seed_text(SEEDS[0])
    assert distance(simhash(text), simhash(change(text))) <= 6


def test_different_stories_are_far():
    hashes = [simhash(seed_text(name)) for name in SEEDS]
    assert min(distance(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]) > 12


def test_index_links_to_the_earliest_copy():
    text = seed_text(SEEDS[0])
    original = Known("a", simhash(text), "2023-01-16")
    later = Known("b", simhash(text + " Nguồn: Sở Ngoại vụ."), "2023-01-18")
    other = Known("c", simhash(seed_text(SEEDS[1])), "2023-05-30")
    index = DuplicateIndex([later, other])
    assert index.original_of(original) == "b"  # only b is known yet
    index.add(original)
    assert index.original_of(Known("d", later.simhash, "2023-02-01")) == "a"
    assert index.original_of(other) is None
