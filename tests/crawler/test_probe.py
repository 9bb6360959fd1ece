"""`vncorpus sources probe URL` on fixture portals: the platform, the article and listing URL
shapes, and a sources entry that `vncorpus sources check` accepts."""
import pytest
import yaml

from checkout import run_cli
from portals import serve_portal


@pytest.mark.parametrize(
    "name, platform, article_shape",
    [
        ("nukeviet-default", "nukeviet", "/tin-tuc-su-kien/{slug}-{n}.html"),
        ("liferay", "liferay", "/web/guest/tin-tuc/-/asset_publisher/{id}/content/{slug}"),
        ("wordpress", "wordpress", "/{n}/{n}/{n}/{slug}/"),
    ],
)
def test_probe_names_platform_shapes_and_entry(name, platform, article_shape, tmp_path):
    with serve_portal(name) as base:
        result = run_cli("sources", "probe", base + "/")
    assert result.returncode == 0, result.stderr
    assert f"platform: {platform}" in result.stdout
    assert article_shape in result.stdout.split("article URL shapes:")[1].splitlines()[0]
    entry = yaml.safe_load(result.stdout.split("# a sources-file entry (check name and province):")[1])
    assert entry["sources"][0]["start_urls"] == [base + "/"]
    sources = tmp_path / "sources.yaml"
    sources.write_text(yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8")
    checked = run_cli("sources", "check", "--sources", str(sources))
    assert checked.returncode == 0, checked.stderr


def test_probe_of_unreachable_portal_is_one_line():
    result = run_cli("sources", "probe", "http://127.0.0.1:9/")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "cannot fetch" in result.stderr
