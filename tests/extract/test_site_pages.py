"""News and portal pages by site shape, one HTML file each under tests/extract/pages/<site>/ with
its expected article beside it (.yaml, written by reading the page): title, printed date, byline
as printed, how the story starts and ends, and what of the page must not leak into it."""
from pathlib import Path

import pytest
import yaml

from vncorpus.crawler.models import Capture, Source
from vncorpus.extract.article import extract_article

PAGES = sorted((Path(__file__).parent / "pages").glob("*/*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in PAGES])
def test_site_page(page):
    gold = yaml.safe_load(page.with_suffix(".yaml").read_text(encoding="utf-8"))
    capture = Capture("", gold["url"], "site", 200, {"Content-Type": "text/html; charset=utf-8"}, None, page.read_bytes())
    article = extract_article(capture, Source("site", "site", None, (gold["url"],)))
    assert (article.title, article.published, article.author) == (gold["title"], gold["published"], gold["author"])
    assert article.date_source == gold.get("date_source", article.date_source)
    assert article.text.startswith(gold["first"])
    assert article.text.endswith(gold["last"])
    for leak in gold["must_not_contain"]:
        assert leak not in article.text
