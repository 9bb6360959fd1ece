"""Scrapy settings: `base` is the polite profile for real portals, `local` relaxes it for loopback fixtures."""
