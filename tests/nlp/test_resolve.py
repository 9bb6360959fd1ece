"""Linking mentions to the registry and the gazetteer."""
from datetime import date

import pytest

from vncorpus.nlp import registry
from vncorpus.nlp.decisions import find_decisions
from vncorpus.nlp.resolve import date_conflict, document_canonical, place_unit, registry_document


@pytest.mark.parametrize(
    "canonical, doc_type, issuer, issued",
    [
        ("1191/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", date(2020, 8, 5)),
        ("1719/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", date(2021, 10, 14)),
        ("368/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", date(2013, 2, 28)),
        ("1486/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", date(2018, 11, 6)),
        ("272-QĐ/TW", "Quyết định", "Bộ Chính trị", date(2015, 1, 21)),
        ("24-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương", date(2003, 3, 12)),
        ("36-NQ/TW", "Nghị quyết", "Bộ Chính trị", date(2004, 3, 26)),
        ("169/NQ-CP", "Nghị quyết", "Chính phủ", date(2021, 12, 31)),
    ],
)
def test_registry_holds_the_corpus_documents(canonical, doc_type, issuer, issued):
    document = registry.documents()[canonical]
    assert (document.doc_type, document.issuer) == (doc_type, issuer)
    assert document.issued == issued
    assert document.title


def test_registry_title_of_1191():
    title = registry.documents()["1191/QĐ-TTg"].title
    assert "thông tin đối ngoại" in title and title.endswith("góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển")


@pytest.mark.parametrize(
    "number, doc_type, written, expected",
    [
        ("1191", "Quyết định", {}, "1191/QĐ-TTg"),
        ("1719", "Quyết định", {}, "1719/QĐ-TTg"),
        ("36", "Nghị quyết", {}, "36-NQ/TW"),
        ("1191", "Kế hoạch", {}, None),
        ("51", "Kế hoạch", {("Kế hoạch", "51"): "51/KH-UBND"}, "51/KH-UBND"),
        ("51", "Quyết định", {("Kế hoạch", "51"): "51/KH-UBND"}, None),
        ("4567", "Quyết định", {}, None),
    ],
)
def test_document_canonical(number, doc_type, written, expected):
    assert document_canonical(number, doc_type, written) == expected


def test_registry_facts_stay_apart_from_written_ones():
    [mention] = find_decisions("Chương trình MTQG 1719")
    assert (mention.issued, mention.issuer) == (None, None)
    document = registry_document(mention)
    assert (document.issued, document.issuer) == (date(2021, 10, 14), "Thủ tướng Chính phủ")
    assert date_conflict("1719/QĐ-TTg", date(2021, 10, 15)) and not date_conflict("1719/QĐ-TTg", None)


@pytest.mark.parametrize(
    "key, unit_word, context, expected",
    [
        ("trùng khánh", None, set(), ("Trùng Khánh", "district", "Cao Bằng")),
        ("cao bằng", None, set(), ("Cao Bằng", "province", "Cao Bằng")),
        ("cao bằng", "thành phố", set(), ("Cao Bằng", "district", "Cao Bằng")),
        ("cao bằng", "TP.", set(), ("Cao Bằng", "district", "Cao Bằng")),
        ("bảo lâm", "huyện", {"Lâm Đồng"}, ("Bảo Lâm", "district", "Lâm Đồng")),
        ("bảo lâm", "huyện", set(), None),
        ("hồ chí minh", None, set(), None),
        ("hồ chí minh", "thành phố", set(), ("Hồ Chí Minh", "province", "Hồ Chí Minh")),
        ("quang trung", None, {"Lạng Sơn"}, None),  # a commune needs its unit word
    ],
)
def test_place_unit(key, unit_word, context, expected):
    unit = place_unit(key, unit_word, context)
    assert (unit and (unit.name, unit.level, unit.province)) == expected
