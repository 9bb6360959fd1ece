"""Item pipeline: article captures go straight into the run's WARC file; page states, gone links
and story identities into the index."""
from __future__ import annotations

from vncorpus.crawler.models import Capture
from vncorpus.crawler.store import CaptureStore, GoneLink, PageState, StoryKey


class WarcPipeline:
    def __init__(self, data_dir: str, run_id: str):
        self.data_dir = data_dir
        self.run_id = run_id

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings["VNCORPUS_DATA_DIR"], crawler.settings["VNCORPUS_RUN_ID"])

    def open_spider(self, spider=None):
        self.store = CaptureStore(self.data_dir)
        self.appender = self.store.writer(self.run_id)

    def close_spider(self, spider=None):
        self.appender.close()
        self.store.close()

    def process_item(self, item, spider=None):
        if isinstance(item, PageState):
            self.store.save_page_state(item)
        elif isinstance(item, GoneLink):
            self.store.record_gone(item.url, item.status)
        elif isinstance(item, StoryKey):
            self.store.save_story(item)
        elif isinstance(item, Capture):
            self.appender.write(item)
        return item
