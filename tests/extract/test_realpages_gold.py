"""The saved real pages of tests/gold/realpages-dev and realpages-heldout: their gold is well formed
(what it quotes is on the page, the two halves share no site), and the dev half holds its floor.
Pages whose repository has no licence are not committed: `python tools/fetch_realpages.py` writes
them from the commit each gold line names, and until then the checks that need them are skipped."""
import json
import unicodedata
from pathlib import Path

import pytest
from lxml import html as lxml_html

from checkout import REPO
from vncorpus.corpus.evaluate_extract import SENTENCE_CHECKS, evaluate
from vncorpus.extract.article import decode_html

SETS = {"dev": REPO / "tests" / "gold" / "realpages-dev", "held-out": REPO / "tests" / "gold" / "realpages-heldout"}
KINDS = {"article", "home", "listing"}


def _rows(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


ROWS = [(split, row) for split, folder in SETS.items() for row in _rows(folder)]


def _squeezed(text: str) -> str:
    """Text without its whitespace: a sentence split across elements is found however they space it."""
    return "".join(unicodedata.normalize("NFC", text).split())


def _page_text(path: Path) -> str:
    page = decode_html(path.read_bytes(), "text/html")
    tree = lxml_html.document_fromstring(page)
    for element in tree.xpath("//script | //style"):
        element.drop_tree()
    return _squeezed(tree.text_content())


@pytest.mark.parametrize("split, row", ROWS, ids=[f"{split}:{row['file']}" for split, row in ROWS])
def test_gold_quotes_its_page(split, row):
    path = SETS[split] / row["file"]
    if not path.exists():
        pytest.skip(f"{row['file']} not fetched: python tools/fetch_realpages.py")
    assert row["kind"] in KINDS and row["file"].endswith("__" + Path(row["path"]).name)
    assert len(row["commit"]) == 40 and row["repo"].count("/") == 1
    text = _page_text(path)
    quoted = [row["title"], row["first_sentence"], row["last_sentence"], *row["must_not_contain"]]
    assert [q for q in quoted if q and _squeezed(q) not in text] == []
    if row["kind"] == "article":
        assert row["title"] and row["first_sentence"] and row["last_sentence"] and len(row["must_not_contain"]) >= 3
    else:
        assert (row["title"], row["first_sentence"], row["last_sentence"]) == (None, None, None)


def test_the_halves_share_no_site_and_are_about_even():
    sites = {split: {row["site"] for s, row in ROWS if s == split} for split in SETS}
    assert sites["dev"].isdisjoint(sites["held-out"])
    counts = {split: sum(s == split for s, _ in ROWS) for split in SETS}
    assert abs(counts["dev"] - counts["held-out"]) <= 0.25 * sum(counts.values())


def test_the_dev_half_holds_its_floor():
    missing = [row["file"] for split, row in ROWS if split == "dev" and not (SETS["dev"] / row["file"]).exists()]
    if missing:
        pytest.skip(f"{len(missing)} dev pages not fetched: python tools/fetch_realpages.py")
    tally = evaluate(SETS["dev"])["vncorpus"]
    assert tally.articles >= 8 and tally.others >= 4
    assert {check: tally.right[check] for check in SENTENCE_CHECKS} == dict.fromkeys(SENTENCE_CHECKS, tally.articles), tally.misses
    assert tally.others_right == tally.others
