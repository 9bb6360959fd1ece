"""Extraction measured on the gold pages beside plain trafilatura, and the tables in the
documentation's measured figures (docs/figures.md) are the command's own output."""
from collections import Counter

import pytest

from checkout import REPO
from vncorpus.corpus.evaluate_extract import SENTENCE_CHECKS, SentenceTally, evaluate, report

KINDS = ("nukeviet", "sharepoint", "drupal", "liferay", "generic", "mobile", "print")


@pytest.fixture(scope="module")
def results():
    return evaluate()


def test_text_and_dates_beat_plain_trafilatura(results):
    ours, plain = results["vncorpus"]["all"], results["trafilatura (defaults)"]["all"]
    assert ours.f1()[2] >= 0.95 and ours.f1()[2] > plain.f1()[2]
    assert ours.accuracy("date") >= 0.95 and ours.accuracy("date") > plain.accuracy("date")
    assert ours.accuracy("title") > plain.accuracy("title") and ours.accuracy("author") > plain.accuracy("author")


def test_held_out_pages_hold_the_floor(results):
    held_out = results["vncorpus"]["set: held-out"]
    assert held_out.pages >= 14
    assert held_out.f1()[2] >= 0.95 and held_out.accuracy("date") >= 0.9


def test_every_kind_of_page_is_in_the_gold_set(results):
    hand_made = sum(results["vncorpus"][f"set: {split}"].pages for split in ("dev", "held-out")) - 12  # less the sample portals
    assert hand_made >= 25
    assert all(results["vncorpus"][kind].pages >= 4 for kind in KINDS)


def test_documented_table_is_generated_by_the_command(results):
    assert report(results) in (REPO / "docs" / "figures.md").read_text(encoding="utf-8"), "rerun `vncorpus eval extract` and paste its table into docs/figures.md"


def test_sentence_format_report_scores_the_crawler_both_ways():
    tally = SentenceTally(articles=12, articles_recognised=11, others=5, others_right=4, right=Counter(dict.fromkeys(SENTENCE_CHECKS, 12)))
    header, row = report({"vncorpus": tally}).splitlines()
    assert header.endswith("articles recognised  not-article pages")
    assert row.split()[-2:] == ["11/12", "4/5"]


def test_documented_realpages_table_is_generated_by_the_command():
    gold = REPO.parent / "shared" / "realpages"
    if not (gold / "gold.jsonl").exists():
        pytest.skip(f"{gold} not present")
    assert report(evaluate(gold)) in (REPO / "docs" / "figures.md").read_text(encoding="utf-8"), "rerun `vncorpus eval extract --gold ../shared/realpages` and paste its table into docs/figures.md"
