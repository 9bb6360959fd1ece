"""`vncorpus eval nlp|extract --gold DIR`: any folder in the tests/gold layout or the shared sets'
gold.jsonl layouts, scored by the rules corpus/evaluate.py and corpus/evaluate_extract.py state;
and the floors reached on the shared real sets, when ../shared is present."""
import json

import pytest

from checkout import FILES, REPO, run_cli
from vncorpus.corpus import evaluate, evaluate_extract
from vncorpus.crawler.errors import UserError

FORMATS = FILES / "gold-formats"
SHARED = REPO.parent / "shared"


def test_facts_format_scores_distinct_facts_with_optional_items_counting_neither_way():
    result = evaluate.evaluate(FORMATS / "facts")
    # The folder annotates the four mention types, no activities: only those are scored.
    figures = {kind: (result.scores[kind].tp, result.scores[kind].fp, result.scores[kind].fn) for kind in result.stated}
    # f2 states its date once though the passage writes it twice; "3 năm" and "1719" are optional
    # and were found: neither right nor spurious; "Sơn La" is stated and not in the text: a miss.
    assert figures == {"decisions": (2, 0, 0), "dates": (3, 0, 0), "counts": (2, 0, 0), "places": (2, 0, 1)}
    details = {label: (d.right, d.scored) for label, d in result.details.items()}
    # The header number's date is right, the Prime Minister's decision's too; the header's null
    # issuer and a null found issuer are not scored; the gold states no role; one unit is the
    # gold's, one is not.
    assert details == {"issued date": (2, 2), "issuer": (1, 1), "role": (0, 0), "unit": (1, 2)}
    assert result.details["unit"].errors == ["f1: '40 hộ gia đình' unit 'hộ gia đình', gold 'hộ'"]


def test_sentences_format_scores_pages_and_recognises_the_article_and_the_listing():
    results = evaluate_extract.evaluate(FORMATS / "pages")
    ours = results["vncorpus"]
    assert (ours.articles, ours.articles_recognised, ours.others, ours.others_right) == (1, 1, 1, 1)
    assert dict(ours.right) == {check: 1 for check in evaluate_extract.SENTENCE_CHECKS}
    # plain trafilatura takes the site's meta author and leaves the byline in the text
    assert results["trafilatura (defaults)"].right["author"] == 0


def test_a_sentences_folder_with_no_pages_yet_is_scored_in_its_own_format(tmp_path):
    # It was once scored as hand-made pages (its format told by its first page, of which there was none).
    (tmp_path / "gold.jsonl").write_text("", encoding="utf-8")
    results = evaluate_extract.evaluate(tmp_path)
    assert {name: (t.articles, t.others) for name, t in results.items()} == {"vncorpus": (0, 0), "trafilatura (defaults)": (0, 0)}


def test_a_folder_holding_nlp_and_extract_reads_the_right_half():
    assert evaluate.gold_folder(REPO / "tests" / "gold", "nlp") == REPO / "tests" / "gold" / "nlp"
    assert evaluate.gold_folder(FORMATS / "facts", "nlp") == FORMATS / "facts"


@pytest.mark.parametrize(
    "args, message",
    [
        (["eval", "nlp", "--gold", "no/such/folder"], "gold folder no/such/folder not found"),
        (["eval", "extract", "--gold", "no/such/folder"], "gold folder no/such/folder not found"),
        (["eval", "nlp", "--gold", "{empty}"], "no gold files in {empty}"),
        (["eval", "nlp", "--gold", "{stray}"], "{stray}/notes.yaml: not a gold document"),
    ],
)
def test_bad_gold_folders_get_one_line(args, message, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "stray").mkdir()
    (tmp_path / "stray" / "notes.yaml").write_text("title: a YAML file that is no gold document\n", encoding="utf-8")
    folders = {"empty": tmp_path / "empty", "stray": tmp_path / "stray"}
    args, message = [a.format(**folders) for a in args], message.format(**folders)
    result = run_cli(*args)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"vncorpus: error: {message}")


def test_a_malformed_gold_line_is_named(tmp_path):
    (tmp_path / "gold.jsonl").write_text('{"id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"gold.jsonl:2: not a JSON line"):
        evaluate.read_gold(tmp_path)


def test_a_page_the_gold_names_must_exist(tmp_path):
    (tmp_path / "gold.jsonl").write_text(json.dumps({"file": "gone.html", "kind": "article"}) + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"gold.jsonl:1: cannot read the page"):
        evaluate_extract.read_gold(tmp_path)


def test_several_sets_are_reported_apart():
    result = run_cli("eval", "nlp", "--gold", "tests/gold", "--gold", str(FORMATS / "facts"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("gold set:") == 2


def test_several_page_sets_are_reported_apart_and_one_set_as_before():
    both = run_cli("eval", "extract", "--gold", str(FORMATS / "pages"), "--gold", str(FORMATS / "pages"))
    assert both.returncode == 0, both.stderr
    assert both.stdout.count(f"gold set: {FORMATS / 'pages'}") == 2
    one = run_cli("eval", "extract", "--gold", str(FORMATS / "pages"))
    assert one.returncode == 0 and "gold set:" not in one.stdout


# ---- the shared real sets: the floors reached (the held-out halves are scored by the same rules) ----

REALTEXT_F1 = {"decisions": 0.97, "dates": 0.97, "counts": 0.97, "places": 0.95}
REALTEXT_DETAILS = {"issued date": 0.95, "issuer": 0.9, "unit": 0.9}


@pytest.fixture(scope="module")
def realtext():
    if not (SHARED / "realtext" / "gold.jsonl").exists():
        pytest.skip(f"{SHARED / 'realtext'} not present")
    return evaluate.evaluate(SHARED / "realtext")


@pytest.mark.parametrize("kind", sorted(REALTEXT_F1))
def test_realtext_f1_floor(realtext, kind):
    assert realtext.scores[kind].f1 >= REALTEXT_F1[kind], realtext.scores[kind].errors


@pytest.mark.parametrize("label", sorted(REALTEXT_DETAILS))
def test_realtext_matched_fields_floor(realtext, label):
    assert realtext.details[label].accuracy >= REALTEXT_DETAILS[label], realtext.details[label].errors


def test_realpages_floor():
    if not (SHARED / "realpages" / "gold.jsonl").exists():
        pytest.skip(f"{SHARED / 'realpages'} not present")
    ours = evaluate_extract.evaluate(SHARED / "realpages")["vncorpus"]
    right = {check: ours.right[check] / ours.articles for check in evaluate_extract.SENTENCE_CHECKS}
    assert right["title"] == right["first"] == right["clean"] == right["text"] == 1.0, ours.misses
    assert right["date"] >= 0.9 and right["author"] >= 0.8 and right["last"] >= 0.9, ours.misses
    # the crawler's rules, both ways: every real article taken for one, no other page
    assert ours.articles_recognised == ours.articles and ours.others_right == ours.others, ours.misses
