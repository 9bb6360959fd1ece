"""No finder raises on arbitrary Unicode, every span holds, and time stays linear in the text's
length, also on inputs built to make regexes backtrack."""
import time

import pytest
from checkout import seed_text
from hypothesis import given, settings
from hypothesis import strategies as st

from vncorpus.nlp.find import find_facts

# Text drawn from the characters that matter (digits, separators, Vietnamese letters, cue words).
PIECES = st.sampled_from(
    ["Quyết định số ", "1191", "/QĐ-TTg", "-NQ/TW", " ngày ", "05/8/2020", "/", "-", "–", ".", ",", " ", "\n", "năm ", "2022",
     "huyện ", "Trùng Khánh", "tỉnh ", "Cao Bằng", "hơn ", "2.500", " cuốn", "triệu ", "đồng", "Hoà An", "các huyện: ",
     "Phông-sa-ly", "giai đoạn ", "2021 - 2030", "tháng ", "9", "của Thủ tướng Chính phủ", "Lào", "xã ", "ĐÁNH", "ư", "ð",
     "Bạc Liệu", "Chương trình MTQG ", "thông tin đối ngoại ", "Nguyễn ", "đồng chí ", "1 435", " người", "từ ", " đến "]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join)))
def test_arbitrary_text(text):
    facts = find_facts(text, "Cao Bằng")
    for kind in (facts.dates, facts.decisions, facts.counts, facts.places):
        for mention in kind:
            assert text[mention.start : mention.end] == mention.mention


def _seconds(text):
    start = time.perf_counter()
    find_facts(text)
    return time.perf_counter() - start


def test_time_is_linear_in_text_length():
    base = seed_text("000_48b2f031c01f9a57")
    find_facts(base)  # load the gazetteer and the word list once
    small, large = _seconds(base * 10), _seconds(base * 100)
    # Ten times the text may take at most ~20 times as long: no quadratic or worse behaviour.
    assert large < 20 * small + 0.5


# Each repeated to 1 MB: runs of digit groups ("1 435" thousands), of capitals (name runs), of
# ranges and of half-references.
@pytest.mark.parametrize("piece", ["111 ", "A ", "từ 1 đến ", "Quyết định số 1/QĐ-"])
def test_a_megabyte_of_adversarial_text_finishes(piece):
    find_facts(piece)
    tenth = _seconds(piece * (100_000 // len(piece)))
    whole = _seconds(piece * (1_000_000 // len(piece)))
    assert whole < 20 * tenth + 0.5 and whole < 15


def test_a_list_of_thousands_of_communes_takes_linear_time():
    from vncorpus.nlp.gazetteer import names_index
    from vncorpus.nlp.places import find_places

    communes = sorted({u.name for units in names_index().values() for u in units if u.level == "commune"})[:3000]

    def seconds(n: int) -> float:
        text = "\n".join(f"Xã {communes[i % len(communes)]} có {i} hộ, xã {communes[i * 7 % len(communes)]} có 12 hộ." for i in range(n))
        start = time.perf_counter()
        find_places(text)
        return time.perf_counter() - start

    seconds(200)  # the gazetteer and NER loaded once
    small, large = seconds(2000), seconds(8000)
    # Four times the communes, at most five times as long: each split commune used to gather every
    # commune of the text again (×7 here).
    assert large < 5 * small + 0.5, (small, large)
