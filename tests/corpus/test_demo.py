"""`vncorpus demo`: the 1191/QĐ-TTg answer counts the articles that carry it out, says how many
more only cite it, and shows what was done, by kind of activity."""
from __future__ import annotations

from datetime import date

import pytest

from checkout import run_cli
from vncorpus.corpus.catalog import CITING_ONLY_1191, run_query
from vncorpus.corpus.tables import write_batch
from vncorpus.extract.models import Article
from vncorpus.nlp.models import DecisionMention, Facts


def test_the_demo_prints_implementing_provinces_those_only_citing_and_the_activities(tmp_path):
    result = run_cli("demo", "--data-dir", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = lines.index("Which provinces implemented Decision 1191/QĐ-TTg (counting only the articles that carry it out, role implements):")
    end = lines.index(f"The demo's tables are in {tmp_path / 'demo'}; ask your own questions with")
    assert lines[start + 1:end] == [
        "province   province_2025  articles  first_published  last_published",
        "---------  -------------  --------  ---------------  --------------",
        "Bắc Kạn    Thái Nguyên    1         2022-01-18       2022-01-18",
        "Điện Biên  Điện Biên      2         2022-11-15       2023-01-12",
        "Lạng Sơn   Lạng Sơn       2         2023-05-30       2023-08-14",
        "(3 rows)",
        "No other article only cites it (as legal basis or in passing).",
        "",
        "What they did to carry it out (the activities found in those articles, by kind):",
        "kind      provinces  activities  events  participants  first_date  last_date",
        "--------  ---------  ----------  ------  ------------  ----------  ----------",
        "media     1          1           900                   2023-01-01  2023-01-01",
        "meeting   1          1           1                     2023-01-11  2023-01-11",
        "training  1          1           1       120           2022-11-15  2022-11-15",
        "(3 rows)",
        "",
    ]


def _citing(article_id: str, province: str, role: str, canonical: str = "1191/QĐ-TTg") -> tuple[Article, Facts]:
    mention = "Quyết định số 1191/QĐ-TTg"
    article = Article(article_id, f"http://x/{article_id}", "src", province, province, "Tiêu đề", date(2023, 1, 16), f"Căn cứ {mention}.")
    return article, Facts(decisions=[DecisionMention(canonical, "Quyết định", "1191", "QĐ-TTg", None, None, "number", mention, 7, 7 + len(mention), role=role)])


@pytest.mark.parametrize("articles, expected", [
    ([("a", "Cao Bằng", "implements")], (0, 0)),
    ([("a", "Cao Bằng", "implements"), ("b", "Cao Bằng", "basis")], (1, 1)),
    ([("a", "Cao Bằng", "implements"), ("b", "Điện Biên", "basis"), ("c", "Lạng Sơn", "mentions"), ("d", "Lạng Sơn", "basis")], (3, 2)),
])
def test_the_articles_that_only_cite_1191_and_their_provinces(tmp_path, articles, expected):
    write_batch(tmp_path, [_citing(*row) for row in articles] + [_citing("z", "Hà Giang", "basis", "1719/QĐ-TTg")])
    assert run_query(tmp_path, CITING_ONLY_1191)[1] == [expected]
