"""`vncorpus demo`: the bundled sample portals, served on 127.0.0.1, through the whole pipeline."""
from __future__ import annotations

from pathlib import Path

from corpus.catalog import QUESTION_1191, run_query
from corpus.pipeline import process
from corpus.demo.server import sample_site_dirs, serve_sites
from crawler.run import crawl


def run_demo(data_dir: Path):
    """Crawl and process the sample portals into `data_dir`; the 1191/QĐ-TTg province table."""
    with serve_sites(sample_site_dirs()) as sites:
        crawl_report = crawl([site.source() for site in sites], data_dir)
    process_report = process(data_dir)
    columns, rows = run_query(data_dir, QUESTION_1191)
    return columns, rows, crawl_report.summary() + "\n" + process_report.summary()
