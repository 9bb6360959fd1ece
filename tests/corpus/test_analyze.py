"""`vncorpus analyze` on a real seed page (the issue's acceptance figures, exactly) and on saved pages."""
import json

import pytest

from checkout import REPO, SEEDS, load_yaml, run_cli, seed_text

GOLD_PAGES = REPO / "tests" / "gold" / "extract"

CAO_BANG_DISTRICTS = {"Quảng Hòa", "Trùng Khánh", "Hạ Lang", "Hòa An", "Nguyên Bình", "Thạch An", "Hà Quảng"}


def analyze(name):
    seed_text(name)  # skips when ../shared/seeds is absent
    path = next(SEEDS.glob(f"{name}*.txt"))
    result = run_cli("analyze", str(path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_seed_000_acceptance():
    found = analyze("000_48b2f031c01f9a57")
    text = found["article"]["text"]
    decisions = {(d["canonical"], d["issued"]) for d in found["decisions"]}
    assert ("1191/QĐ-TTg", "2020-08-05") in decisions
    assert ("1719/QĐ-TTg", "2021-10-14") in decisions
    assert ("1533/KH-SNgV", None) in decisions
    assert any(c["value"] == 700 and c["unit"] == "cán bộ" for c in found["counts"])
    districts = {(p["name"], p["province"]) for p in found["places"] if p["level"] == "district"}
    assert {(name, "Cao Bằng") for name in CAO_BANG_DISTRICTS} <= districts
    assert found["article"]["province"] == "Cao Bằng"

    # No decision number, year or date is a count.
    taken = [(d["start"], d["end"]) for d in found["decisions"]] + [(d["start"], d["end"]) for d in found["dates"]]
    for count in found["counts"]:
        assert not any(s < count["end"] and count["start"] < e for s, e in taken), count
    # Numbers in the seed that are not quantities: document numbers, years, day/month parts of
    # dates, "Dự án 10, Tiểu dự án 1", and the visitor counter (4, 51, 1 435, 256602, 128).
    not_counts = {1191, 1719, 1533, 2020, 2021, 2022, 2023, 2025, 2030, 1, 10, 14, 16, 4, 51, 1435, 256602, 128}
    assert not not_counts & {c["value"] for c in found["counts"]}
    for kind in ("decisions", "dates", "counts", "places"):
        for mention in found[kind]:
            assert text[mention["start"]:mention["end"]] == mention["mention"]


def test_seed_004_national_source_gets_the_province_it_is_about():
    found = analyze("004_df9ab84536827210")
    assert found["article"]["province"] == "Bạc Liêu"
    assert found["article"]["province_2025"] == "Cà Mau"


@pytest.mark.parametrize("page", ["30-generic-a-luoi-ket-nghia-cp1258", "31-generic-ky-son-noong-het-tcvn3", "32-generic-tinh-bien-kiri-vong-vni"])
def test_saved_pages_in_legacy_encodings_read_as_the_crawl_reads_them(page):
    gold = load_yaml(GOLD_PAGES / f"{page}.yaml")
    result = run_cli("analyze", str(GOLD_PAGES / f"{page}.html"))
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert (article["title"], article["published"], article["author"]) == (gold["title"], gold["published"].isoformat(), gold["author"])


def test_a_page_of_2025_is_read_in_the_2025_map():
    """Published 20 September 2025: "xã Trùng Khánh" is the 2025 commune of Cao Bằng (the legacy
    one is in Lạng Sơn); a ward, a special zone and a numbered ward are communes of their 2025
    provinces; the article's province follows from its communes."""
    result = run_cli("analyze", str(REPO / "tests" / "files" / "map2025" / "xa-trung-khanh-mot-cua.html"))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert (found["article"]["published"], found["article"]["province"], found["article"]["province_2025"]) == ("2025-09-20", "Cao Bằng", "Cao Bằng")
    assert [(p["name"], p["level"], p["province_2025"], p["map"]) for p in found["places"]] == [
        ("Trùng Khánh", "commune", "Cao Bằng", "2025"),
        ("Thục Phán", "commune", "Cao Bằng", "2025"),
        ("Vân Đồn", "commune", "Quảng Ninh", "2025"),
        ("Hà Giang 2", "commune", "Tuyên Quang", "2025"),
    ]


TEXTS = REPO / "tests" / "extract" / "texts"
LEGAL_TEXTS = sorted(p for p in TEXTS.glob("*.txt") if "decisions" in load_yaml(p.with_suffix(".yaml")))


def _decisions(path):
    from vncorpus.corpus.analyze import analyze_file

    return {(d["canonical"], d["issued"]) for d in analyze_file(path)["decisions"]}


@pytest.mark.parametrize("path", LEGAL_TEXTS, ids=[p.stem for p in LEGAL_TEXTS])
def test_a_legal_document_as_text_is_its_own_reference(path):
    """The header's number is the document's own reference, dated by the place-and-date line: the
    text reader keeps the header for nlp.decisions to read."""
    wanted = {(canonical, issued) for canonical, issued in load_yaml(path.with_suffix(".yaml"))["decisions"]}
    assert wanted <= _decisions(path)
