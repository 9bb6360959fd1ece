"""A story syndicated on two portals of one province is linked, and counted once per province."""
import json
import shutil

import pytest
import yaml

from checkout import run_cli
from vncorpus.corpus.demo.server import sample_site_dirs, serve_sites, write_sources_file

pytestmark = pytest.mark.slow


def test_syndicated_articles_count_once(tmp_path):
    langson = next(d for d in sample_site_dirs() if d.name == "langson-portal")
    mirror = tmp_path / "tintuclangson"
    shutil.copytree(langson, mirror)
    meta = yaml.safe_load((mirror / "site.yaml").read_text(encoding="utf-8"))
    meta.update(id="tintuclangson", name="Báo Lạng Sơn điện tử")
    (mirror / "site.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    with serve_sites([langson, mirror]) as sites:
        sources = write_sources_file(sites, tmp_path / "sources.yaml")
        result = run_cli("run", "--sources", str(sources), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr

    def query(sql):
        out = run_cli("query", "--data-dir", str(tmp_path / "data"), "--format", "json", sql)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    assert query("SELECT count(*) AS n FROM articles") == [{"n": 8}]
    # Every article of one portal points at its twin on the other, never at itself.
    pairs = query("SELECT a.source_id AS copy, o.source_id AS original FROM articles a JOIN articles o ON a.duplicate_of = o.article_id")
    assert len(pairs) == 4 and all(p["copy"] != p["original"] for p in pairs)
    assert query("SELECT articles FROM decision_provinces WHERE canonical = '1191/QĐ-TTg'") == [{"articles": 2}]

    # Search shows the story once, under its original, naming the portal that carries the copy.
    found = run_cli("search", "--data-dir", str(tmp_path / "data"), "thong tin doi ngoai")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines and all(line.endswith(("(also on langson-portal)", "(also on tintuclangson)")) for line in lines)
    originals = {row["id"] for row in query("SELECT DISTINCT duplicate_of AS id FROM articles WHERE duplicate_of IS NOT NULL")}
    shown = [line.split()[0] for line in lines]
    assert len(shown) == len(set(shown)) and set(shown) <= originals
