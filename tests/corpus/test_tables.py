"""Writing the tables: a page captured again replaces its rows; nothing is ever half-written."""
from datetime import date

from vncorpus.corpus.catalog import run_query
from vncorpus.extract.models import Article
from vncorpus.corpus.tables import part_files, write_batch
from vncorpus.nlp.models import CountMention, Facts


def article(article_id: str, text: str) -> Article:
    return Article(article_id, f"http://x/{article_id}", "src", "Cao Bằng", "Cao Bằng", "Tiêu đề", date(2023, 1, 16), text)


def counts(*values):
    return Facts(counts=[CountMention(float(v), "cán bộ", f"{v} cán bộ", 0, len(f"{v} cán bộ")) for v in values])


def test_recaptured_article_replaces_its_rows(tmp_path):
    write_batch(tmp_path, [(article("a", "700 cán bộ"), counts(700, 800)), (article("b", "5 cán bộ"), counts(5))])
    write_batch(tmp_path, [(article("a", "900 cán bộ"), counts(900))])
    _, rows = run_query(tmp_path, "SELECT article_id, text FROM articles ORDER BY article_id")
    assert rows == [("a", "900 cán bộ"), ("b", "5 cán bộ")]
    _, rows = run_query(tmp_path, "SELECT article_id, value FROM counts ORDER BY article_id, value")
    assert rows == [("a", 900.0), ("b", 5.0)]


def test_no_temporary_files_left(tmp_path):
    write_batch(tmp_path, [(article("a", "700 cán bộ"), counts(700))])
    write_batch(tmp_path, [(article("a", "700 cán bộ"), counts(700))])
    leftovers = [p for p in (tmp_path / "tables").rglob("*") if p.is_file() and not p.name.endswith(".parquet") and p.name != "manifest.json"]
    assert leftovers == []
    # The first batch's part held only article a, so it is gone; every table keeps one part.
    assert [len(part_files(tmp_path, t)) for t in ("articles", "counts", "decisions")] == [1, 1, 1]


def test_table_whose_rows_all_go_keeps_a_part(tmp_path):
    write_batch(tmp_path, [(article("a", "700 cán bộ"), counts(700))])
    write_batch(tmp_path, [(article("a", "không còn số liệu"), Facts())])
    _, rows = run_query(tmp_path, "SELECT count(*) FROM counts")
    assert rows == [(0,)]


def test_parts_written_before_a_column_existed_still_open(tmp_path):
    """A data dir kept from an older vncorpus lacks the newer columns: the views still open."""
    import pyarrow.parquet as pq

    write_batch(tmp_path, [(article("a", "700 cán bộ"), counts(700))])
    for table in ("articles", "counts"):
        (part,) = part_files(tmp_path, table)
        old = pq.read_table(part)
        pq.write_table(old.drop([c for c in ("date_source", "qualifier", "per") if c in old.column_names]), part)
    _, rows = run_query(tmp_path, "SELECT article_id, value FROM counts JOIN articles USING (article_id) ORDER BY province")
    assert rows == [("a", 700.0)]
