"""What each portal platform contributes to page recognition. A new platform is one module here
plus its fixture portal and tests."""
from crawler.platforms.base import Platform
from crawler.platforms.drupal import DRUPAL
from crawler.platforms.generic import GENERIC
from crawler.platforms.joomla import JOOMLA
from crawler.platforms.liferay import LIFERAY
from crawler.platforms.nukeviet import NUKEVIET
from crawler.platforms.sharepoint import SHAREPOINT
from crawler.platforms.wordpress import WORDPRESS

PLATFORMS: dict[str, Platform] = {p.name: p for p in (NUKEVIET, SHAREPOINT, DRUPAL, WORDPRESS, JOOMLA, LIFERAY, GENERIC)}

__all__ = ["PLATFORMS", "Platform"]
