"""The sources file: valid files load, every bad one fails with one line naming source and key."""
import pytest

from corpus.errors import UserError
from crawler.sources import BUNDLED_SOURCES, load_sources

GOOD = """
sources:
  - id: caobang-songoaivu
    name: Sở Ngoại vụ tỉnh Cao Bằng
    province: Cao Bằng
    start_urls: ["https://songoaivu.caobang.gov.vn/"]
    platform: nukeviet
  - id: mic
    name: Bộ Thông tin và Truyền thông
    province: null
    start_urls: ["https://mic.gov.vn/"]
"""


def write(tmp_path, text):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_loads(tmp_path):
    sources = load_sources(write(tmp_path, GOOD))
    assert [(s.id, s.province, s.platform) for s in sources] == [
        ("caobang-songoaivu", "Cao Bằng", "nukeviet"),
        ("mic", None, "generic"),
    ]
    assert sources[0].hosts == frozenset({"songoaivu.caobang.gov.vn:443"})


def test_bundled_registry_covers_every_province():
    from nlp.gazetteer import legacy_provinces

    sources = load_sources(BUNDLED_SOURCES)
    portals = {s.province for s in sources if s.id.endswith("-portal")}
    assert portals == set(legacy_provinces())
    assert {"mic", "baochinhphu"} <= {s.id for s in sources if s.province is None}


@pytest.mark.parametrize(
    "replace, expected",
    [
        (("platform: nukeviet", "platform: typo3"), "source 'caobang-songoaivu': key 'platform' is 'typo3'"),
        (("province: Cao Bằng", "province: Cao Bằng\n    province_2025: Lạng Sơn"), "key 'province_2025' is 'Lạng Sơn'; Cao Bằng maps to 'Cao Bằng'"),
        (("province: Cao Bằng", "province: Atlantis"), "source 'caobang-songoaivu': key 'province' 'Atlantis' is not one of the 63"),
        (("id: caobang-songoaivu", "id: Cao_Bang"), "source 'Cao_Bang': key 'id' must match"),
        (('start_urls: ["https://songoaivu.caobang.gov.vn/"]', "start_urls: [ftp://x]"), "key 'start_urls' has 'ftp://x'"),
        (("    platform: nukeviet", "    platform: nukeviet\n    depth: 3"), "source 'caobang-songoaivu': key 'depth' is not a known key"),
        (("    name: Sở Ngoại vụ tỉnh Cao Bằng\n", ""), "source 'caobang-songoaivu': key 'name' is missing"),
        (("id: mic", "id: caobang-songoaivu"), "source 'caobang-songoaivu' appears twice"),
    ],
)
def test_bad_file_names_source_and_key(tmp_path, replace, expected):
    with pytest.raises(UserError) as error:
        load_sources(write(tmp_path, GOOD.replace(*replace, 1)))
    assert expected in str(error.value)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sources: [", "is not valid YAML at line"),
        ("pages: []", "expected a top-level 'sources:' list"),
        ("sources: []", "no sources listed"),
    ],
)
def test_malformed_file(tmp_path, text, expected):
    with pytest.raises(UserError, match=expected):
        load_sources(write(tmp_path, text))


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="sources file not found"):
        load_sources(tmp_path / "nope.yaml")
