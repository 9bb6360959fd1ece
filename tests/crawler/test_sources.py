"""The sources file: valid files load, every bad one fails with one line naming source and key."""
import pytest

from vncorpus.crawler.errors import UserError
from vncorpus.crawler.sources import BUNDLED_SOURCES, load_sources

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
    from vncorpus.nlp.gazetteer import legacy_provinces

    sources = load_sources(BUNDLED_SOURCES)
    portals = {s.province for s in sources if s.id.endswith("-portal")}
    assert portals == set(legacy_provinces())
    assert {"mic", "baochinhphu", "mst"} <= {s.id for s in sources if s.province is None}


def test_bundled_registry_as_of_the_2025_reorganisation():
    """The 29 provinces merged away have their portal archived, each succeeded by the portal of
    the province it joined; every successor is a current source; the ministries that took over
    the Ministry of Information and Communications and the Ethnic Affairs Committee are listed."""
    from vncorpus.nlp.gazetteer import province_2025, provinces_2025

    sources = {s.id: s for s in load_sources(BUNDLED_SOURCES)}
    names_2025 = {u.name for u in provinces_2025().values()} | {"Thừa Thiên Huế"}  # renamed Huế, not merged
    portals = [s for s in sources.values() if s.id.endswith("-portal")]
    archived = {s.province for s in portals if s.status == "archive"}
    assert archived == {s.province for s in portals if s.province not in names_2025}
    assert len(archived) == 29
    for s in portals:
        if s.status == "archive":
            assert sources[s.successor].province == province_2025(s.province), s.id
    assert all(sources[s.successor].status == "current" for s in sources.values() if s.successor)
    assert (sources["mic"].successor, sources["ubdt"].successor) == ("mst", "dantoc-tongiao")
    assert sources["dienbien-stttt"].successor == "dienbien-skhcn"


def test_archive_with_successor_loads(tmp_path):
    text = GOOD.replace('    start_urls: ["https://mic.gov.vn/"]', '    start_urls: ["https://mic.gov.vn/"]\n    status: archive\n    successor: caobang-songoaivu')
    mic = load_sources(write(tmp_path, text))[1]
    assert (mic.status, mic.successor) == ("archive", "caobang-songoaivu")


@pytest.mark.parametrize(
    "extra, archives",
    [
        ("", ()),  # a current portal is read live only
        ("\n    status: archive", ("wayback", "commoncrawl")),  # an archive's past is read from both by default
        ("\n    status: archive\n    archives: [commoncrawl]", ("commoncrawl",)),
        ("\n    status: archive\n    archives: []", ()),  # an archive no web archive holds
        ("\n    archives: [wayback]", ("wayback",)),  # a current portal whose early years the live site dropped
    ],
)
def test_archives_key(tmp_path, extra, archives):
    text = GOOD.replace('    start_urls: ["https://mic.gov.vn/"]', '    start_urls: ["https://mic.gov.vn/"]' + extra)
    assert load_sources(write(tmp_path, text))[1].archives == archives


def test_bundled_archives_are_read_from_both_web_archives():
    sources = load_sources(BUNDLED_SOURCES)
    assert {s.archives for s in sources if s.status == "archive"} == {("wayback", "commoncrawl")}


@pytest.mark.parametrize(
    "replace, expected",
    [
        (("    platform: nukeviet", "    platform: nukeviet\n    archives: [archive-it]"), "source 'caobang-songoaivu': key 'archives' is ['archive-it']; expected a list of wayback, commoncrawl"),
        (("    platform: nukeviet", "    platform: nukeviet\n    archives: wayback"), "key 'archives' is 'wayback'; expected a list"),
        (("    platform: nukeviet", "    platform: nukeviet\n    archives: [wayback, wayback]"), "key 'archives' is ['wayback', 'wayback']"),
        (("platform: nukeviet", "platform: typo3"), "source 'caobang-songoaivu': key 'platform' is 'typo3'"),
        (("province: Cao Bằng", "province: Cao Bằng\n    province_2025: Lạng Sơn"), "key 'province_2025' is 'Lạng Sơn'; Cao Bằng maps to 'Cao Bằng'"),
        (("province: Cao Bằng", "province: Atlantis"), "source 'caobang-songoaivu': key 'province' 'Atlantis' is not one of the 63"),
        (("id: caobang-songoaivu", "id: Cao_Bang"), "source 'Cao_Bang': key 'id' must match"),
        (('start_urls: ["https://songoaivu.caobang.gov.vn/"]', "start_urls: [ftp://x]"), "key 'start_urls' has 'ftp://x'"),
        (("    platform: nukeviet", "    platform: nukeviet\n    depth: 3"), "source 'caobang-songoaivu': key 'depth' is not a known key"),
        (("    name: Sở Ngoại vụ tỉnh Cao Bằng\n", ""), "source 'caobang-songoaivu': key 'name' is missing"),
        (("id: mic", "id: caobang-songoaivu"), "source 'caobang-songoaivu' appears twice"),
        (("    platform: nukeviet", "    platform: nukeviet\n    status: closed"), "source 'caobang-songoaivu': key 'status' is 'closed'; expected one of current, archive"),
        (("    platform: nukeviet", "    platform: nukeviet\n    successor: mic"), "source 'caobang-songoaivu': key 'successor' belongs to an archive"),
        (("    platform: nukeviet", "    platform: nukeviet\n    status: archive\n    successor: caobang-songoaivu"), "key 'successor' belongs to an archive (status: archive) and names another"),
        (("    platform: nukeviet", "    platform: nukeviet\n    status: archive\n    successor: langson-songoaivu"), "source 'caobang-songoaivu': key 'successor' names 'langson-songoaivu', which is not a source"),
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
