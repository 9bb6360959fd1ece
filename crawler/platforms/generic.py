"""Any other CMS: no markers of its own; the general markup, structure and URL priors decide."""
from vncorpus.crawler.platforms.base import Platform

GENERIC = Platform(name="generic")
