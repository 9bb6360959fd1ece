"""Raw captures survive a crash: a WARC file left open is cut back to whole records and indexed."""
from datetime import datetime, timezone

from vncorpus.crawler.store import OPEN_SUFFIX, CaptureStore

BODY = "<html><body><h1>Tin</h1><p>Nội dung bài viết về thông tin đối ngoại.</p></body></html>".encode()


def append(appender, n):
    return appender.append(
        url=f"http://127.0.0.1:9/vi/news/a/bai-{n}.html",
        source_id="site",
        status=200,
        headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip", "ETag": f'"e{n}"'},
        body=BODY,
        fetched_at=datetime(2026, 11, 23, 1, 2, 3, tzinfo=timezone.utc),
    )


def test_round_trip(tmp_path):
    store = CaptureStore(tmp_path)
    appender = store.writer("run1")
    written = [append(appender, n) for n in range(3)]
    appender.close()
    refs = store.unprocessed()
    read = list(store.read(refs))
    assert [c.url for c in read] == [c.url for c in written]
    assert read[0].body == BODY
    assert read[0].source_id == "site"
    assert read[0].status == 200
    assert "Content-Encoding" not in read[0].headers  # the stored body is decoded
    assert read[0].fetched_at == datetime(2026, 11, 23, 1, 2, 3, tzinfo=timezone.utc)
    store.mark_processed({refs[0].record_id: "article"})
    assert [r.record_id for r in store.unprocessed()] == [r.record_id for r in refs[1:]]


def test_recover_truncates_partial_record_and_indexes_unindexed(tmp_path):
    store = CaptureStore(tmp_path)
    appender = store.writer("run1")
    append(appender, 1)
    append(appender, 2)
    appender.stream.close()  # killed: the file stays .open
    path = tmp_path / "captures" / f"run1{OPEN_SUFFIX}"
    whole = path.stat().st_size
    # A third record half-written when the process died ...
    with open(path, "ab") as stream:
        stream.write(b"\x1f\x8b\x08\x00garbage-that-is-half-a-gzip-member")
    # ... and the second record written but its index row lost.
    store.db.execute("DELETE FROM captures WHERE url LIKE '%bai-2.html'")
    store.db.commit()

    assert store.recover() == 1
    done = tmp_path / "captures" / "run1.warc.gz"
    assert done.exists() and not path.exists()
    assert done.stat().st_size == whole
    assert sorted(c.url.rsplit("/", 1)[1] for c in store.read(store.unprocessed())) == ["bai-1.html", "bai-2.html"]


def test_second_lock_refuses(tmp_path):
    import pytest

    from vncorpus.crawler.errors import UserError

    first, second = CaptureStore(tmp_path), CaptureStore(tmp_path)
    with first.lock("crawl"):
        with pytest.raises(UserError, match="another vncorpus crawl is already running"):
            with second.lock("crawl"):
                pass
