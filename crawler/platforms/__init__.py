"""What each portal platform contributes to page recognition. A new platform is one module here
plus its fixture portal and tests."""
from vncorpus.crawler.platforms.base import Platform
from vncorpus.crawler.platforms.drupal import DRUPAL
from vncorpus.crawler.platforms.generic import GENERIC
from vncorpus.crawler.platforms.joomla import JOOMLA
from vncorpus.crawler.platforms.liferay import LIFERAY
from vncorpus.crawler.platforms.nukeviet import NUKEVIET
from vncorpus.crawler.platforms.sharepoint import SHAREPOINT
from vncorpus.crawler.platforms.wordpress import WORDPRESS

PLATFORMS: dict[str, Platform] = {p.name: p for p in (NUKEVIET, SHAREPOINT, DRUPAL, WORDPRESS, JOOMLA, LIFERAY, GENERIC)}

__all__ = ["PLATFORMS", "Platform"]
