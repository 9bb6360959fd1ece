"""Page recognition per portal platform. A new platform is one module here plus its sample portal and tests."""
from crawler.platforms.base import Platform
from crawler.platforms.drupal import DRUPAL
from crawler.platforms.generic import GENERIC
from crawler.platforms.nukeviet import NUKEVIET
from crawler.platforms.sharepoint import SHAREPOINT

PLATFORMS: dict[str, Platform] = {p.name: p for p in (NUKEVIET, SHAREPOINT, DRUPAL, GENERIC)}

__all__ = ["PLATFORMS", "Platform"]
