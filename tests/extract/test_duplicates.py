"""Near-duplicates: a syndicated copy is linked to the earliest copy and counted once."""
import pytest

from checkout import seed_text
from vncorpus.extract.duplicates import DuplicateIndex, Known, distance, simhash

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


def test_many_copies_of_one_story_link_to_the_earliest():
    story = simhash(seed_text(SEEDS[0]))
    index = DuplicateIndex()
    linked = []
    for n in range(500):
        item = Known(f"copy-{n:03d}", story, f"2023-{1 + n % 12:02d}-01")
        linked.append(index.original_of(item))
        index.add(item)
    assert linked[0] is None and linked[1:12] == [f"copy-{0:03d}"] * 11
    # from the thirteenth copy on, January's earliest (copy-000) and, for its own lookups, the next
    assert set(linked[12:]) == {"copy-000"}
    assert index.original_of(Known("copy-000", story, "2023-01-01")) == "copy-012"  # itself excluded


def test_an_article_counts_by_its_latest_entry():
    story = simhash(seed_text(SEEDS[0]))
    index = DuplicateIndex([Known("a", story, "2023-01-01"), Known("b", story, "2023-02-01")])
    assert index.original_of(Known("c", story, "2023-03-01")) == "a"
    index.add(Known("a", story, "2023-04-01"))  # processed again: its page now prints a later date
    assert index.original_of(Known("c", story, "2023-03-01")) == "b"
    index.add(Known("b", simhash(seed_text(SEEDS[1])), "2023-02-01"))  # b's text changed to another story
    assert index.original_of(Known("c", story, "2023-03-01")) == "a"
