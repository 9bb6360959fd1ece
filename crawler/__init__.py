"""Scrapy project: the sources registry, per-platform page recognition, the spider, raw-capture writer."""
