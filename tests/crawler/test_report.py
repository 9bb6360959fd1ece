"""The run report: a source that showed articles last run and none now is flagged."""
import pytest

from crawler.report import CrawlReport, SourceReport, flag_sources_gone_quiet


def report(**seen):
    return CrawlReport("run", "start", "end", None, [SourceReport(source_id=s, new_articles=n, skipped_known=k) for s, (n, k) in seen.items()])


@pytest.mark.parametrize(
    "previous, now, flagged",
    [
        ({"a": (3, 10)}, {"a": (0, 0)}, {"a"}),  # went quiet: markup or address changed
        ({"a": (3, 10)}, {"a": (0, 12)}, set()),  # nothing new, but known articles still seen
        ({"a": (0, 0)}, {"a": (0, 0)}, set()),  # never yielded: nothing to compare
        ({}, {"a": (0, 0)}, set()),  # a new source
    ],
)
def test_flag_sources_gone_quiet(previous, now, flagged):
    current = report(**now)
    flag_sources_gone_quiet(current, {"sources": [{"source_id": s, "new_articles": n, "skipped_known": k} for s, (n, k) in previous.items()]})
    assert {s.source_id for s in current.sources if s.warning} == flagged
    assert all("!" in line for line in current.summary().splitlines() if "found no articles" in line)
