"""Extraction measured against pages whose content we wrote, beside plain trafilatura."""
from corpus.evaluate_extract import evaluate


def test_vncorpus_beats_plain_trafilatura_on_text_and_holds_metadata():
    results = evaluate()
    ours, plain = results["vncorpus"]["all"], results["trafilatura (defaults)"]["all"]
    assert ours.pages >= 20
    assert ours.f1()[2] >= 0.95 and ours.f1()[2] > plain.f1()[2]
    assert ours.right["date"] == ours.pages and ours.right["title"] == ours.pages
    assert ours.right["author"] > plain.right["author"]
