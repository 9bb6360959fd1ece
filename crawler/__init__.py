"""Scrapy project: the sources registry, per-platform page recognition, the spider, raw-capture writer."""
import os

# Scrapy's cookie handling asks tldextract for the Public Suffix List, which by default downloads
# a fresh copy on first use. A crawler must not phone anyone its sources file does not name:
# with no URLs, tldextract uses the snapshot bundled with it (or a copy already cached). This
# must happen before Scrapy builds its extractor at import; an operator may still point the
# variable at a local list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
