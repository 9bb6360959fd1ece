"""Any other CMS: follow every same-site page, keep those whose markup or URL shape says article."""
import re

from crawler.platforms.base import Platform

GENERIC = Platform(
    name="generic",
    # Common article URL shapes: "...-12345.html", "/2023/05/30/slug", "?id=123", "/tin-tuc/slug.htm"
    article_path=re.compile(
        r"(?:-\d{3,}\.html?$|/(?:19|20)\d{2}/\d{1,2}/|[?&](?:id|ItemID|newsid)=\d+|/(?:tin-tuc|news|bai-viet)/[^/?]+\.html?$)",
        re.IGNORECASE,
    ),
    follow_all=True,
)
