"""What a link's URL says before it is requested (crawler/urls.py): its clean form, whether it
is another view of a page, whether it is a trap, its prior kind and its shape."""
import pytest

from vncorpus.crawler import urls

H = "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    "link, clean",
    [
        ("/tin-tuc/bai-viet-12.html?utm_source=zalo&fbclid=abc#binh-luan", "/tin-tuc/bai-viet-12.html"),  # trackers, fragment
        ("/tin-tuc/?PHPSESSID=9f2c4e1a&page=2", "/tin-tuc/?page=2"),  # PHP session id
        ("/web/guest/tin-tuc/-/asset_publisher/Ab12Cd34/content/le-ky-ket;jsessionid=8F3A1C0B", "/web/guest/tin-tuc/-/asset_publisher/Ab12Cd34/content/le-ky-ket"),  # Java session id in the path
        ("/(S(x3lmqv45ukpza1bs0jmdhr55))/chi-tiet.aspx?newsid=7", "/chi-tiet.aspx?newsid=7"),  # ASP.NET cookieless session
        ("/web/guest/tin-tuc/-/asset_publisher/Ab12Cd34/content/le-ky-ket?inheritRedirect=false&redirect=%2Fweb%2Fguest", "/web/guest/tin-tuc/-/asset_publisher/Ab12Cd34/content/le-ky-ket"),  # Liferay redirect
        ("/Pages/tin-tuc.aspx?Page=2", "/Pages/tin-tuc.aspx?Page=2"),  # a real parameter stays
    ],
)
def test_clean(link, clean):
    assert urls.clean(H + link) == H + clean


@pytest.mark.parametrize(
    "link, alternate",
    [
        ("/tin-tuc-su-kien/hoi-nghi-so-ket-55.html?nvvithemever=m&nv_redirect=L3Rpbi10dWM", True),  # NukeViet theme switch
        ("/savefile/tin-tuc-su-kien/hoi-nghi-so-ket-55.html", True),  # NukeViet download copy
        ("/print/tin-tuc-su-kien/hoi-nghi-so-ket-55.html", True),  # print view
        ("/Print.aspx?newsid=55", True),  # ASP.NET print page
        ("/index.php/tin-tuc/55-hoi-nghi-so-ket?tmpl=component&print=1", True),  # Joomla print
        ("/web/guest/tin-tuc/-/asset_publisher/Ab12/content/hoi-nghi?p_p_state=pop_up", True),  # Liferay pop-up
        ("/web/guest/tin-tuc?p_p_state=normal&p_p_id=101", False),  # Liferay's ordinary state
        ("/2023/03/12/hoi-nghi-so-ket/?replytocom=41", True),  # WordPress reply form
        ("/2023/03/12/hoi-nghi-so-ket/amp/", True),  # AMP copy
        ("/2023/03/12/hoi-nghi-so-ket/feed/", True),  # a post's comment feed
        ("/Pages/hoi-nghi-so-ket.aspx?IsDlg=1", True),  # SharePoint dialog view
        ("/tin-tuc-su-kien/hoi-nghi-so-ket-55.html", False),
        ("/Pages/hoi-nghi-so-ket.aspx", False),
    ],
)
def test_alternate_view(link, alternate):
    assert bool(urls.alternate_view(H + link)) is alternate


@pytest.mark.parametrize(
    "link, verdict",
    [
        # Refused: the address proves it is no page of the source.
        ("/users/login/?nv_redirect=abc", "refused"),  # NukeViet log-in
        ("/wp-login.php?redirect_to=%2F", "refused"),  # WordPress log-in
        ("/wp-admin/post.php?post=12&action=edit", "refused"),  # WordPress back end
        ("/_layouts/15/Authenticate.aspx?Source=%2F", "refused"),  # SharePoint sign-in
        ("/web/guest/dang-nhap?p_p_id=58", "refused"),  # Liferay "đăng nhập"
        ("/uploads/van-ban-so-12.pdf", "refused"),  # a file
        # Suspect: often a trap, but requested last and judged by what its shape yields.
        ("/lich-cong-tac/?ngay=2023-10-03", "suspect"),  # work calendar, one page a day
        ("/lich-cong-tac.aspx", "suspect"),
        ("/tin-tuc/?sort=asc&dir=up", "suspect"),  # sort parameters: the listing again
        ("/sendmail/tin-tuc/hoi-nghi-55.html", "suspect"),  # NukeViet send-to-a-friend form
        ("/index.php/component/mailto/?link=abc", "suspect"),  # Joomla e-mail form
        ("/?s=bien+gioi", "suspect"),  # WordPress search
        ("/?q=node/700", "suspect"),  # Drupal without clean URLs: an article, whatever ?q= looks like
        ("/a/b/a/b/a/c", "suspect"),  # relative links going round
        # Liferay 6's own paging, seven parameters and the portlet's: 263 stories of a real portal behind it.
        ("/web/guest/tin-tuc?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1"
         "&p_p_col_pos=1&p_p_col_count=2&_101_delta=15&_101_cur=2", "suspect"),
        # Neither.
        ("/sitemap-news.xml.gz", None),  # a gzipped sitemap is read, not skipped as a file
        ("/?p=121", None),  # a WordPress post by its id
        ("/chi-tiet.aspx?newsid=55&cateid=3", None),
        ("/tin-tuc-su-kien/hoi-nghi-so-ket-55.html", None),
        ("/gioi-thieu/", None),
    ],
)
def test_refused_or_suspect(link, verdict):
    refused, suspect = urls.refused(H + link), urls.suspect(H + link)
    assert ("refused" if refused else "suspect" if suspect else None) == verdict


@pytest.mark.parametrize(
    "link, prior",
    [
        ("/tin-tuc-su-kien/page-2/", "listing"),  # NukeViet
        ("/Pages/tin-tuc.aspx?Page=3", "listing"),  # SharePoint
        ("/index.php/tin-tuc?start=10", "listing"),  # Joomla
        ("/web/guest/tin-tuc?_101_INSTANCE_Ab12_cur=2", "listing"),  # Liferay asset publisher
        ("/page/2/", "listing"),  # WordPress
        ("/tag/bien-gioi", "tag"),
        ("/tu-khoa.aspx?tukhoa=bien-gioi", "tag"),  # "từ khóa"
        ("/Pages/chu-de.aspx?ChuDe=du-lich", "tag"),  # "chủ đề"
        ("/2023/08/", "tag"),  # WordPress month archive
        ("/rss/tin-tuc/", "feed"),
        ("/tin-tuc-su-kien/hoi-nghi-so-ket-55.html", "article"),
        ("/chi-tiet.aspx?newsid=55", "article"),
        ("/2023/08/09/hoi-nghi-so-ket/", "article"),
        ("/index.php/tin-tuc/55-hoi-nghi-so-ket", "article"),
        ("/gioi-thieu/", None),
    ],
)
def test_prior(link, prior):
    assert urls.prior(H + link) == prior


@pytest.mark.parametrize(
    "link, shape",
    [
        ("/tin-tuc-su-kien/hoi-nghi-so-ket-55.html", "/tin-tuc-su-kien/{slug}-{n}.html"),
        ("/Pages/hoi-nghi-so-ket-9b04.aspx", "/Pages/{slug}-{hex}.aspx"),
        ("/Pages/hoi-nghi-so-ket.aspx", "/Pages/{slug}.aspx"),
        ("/index.php/tin-tuc/55-hoi-nghi-so-ket", "/index.php/tin-tuc/{n}-{slug}"),
        ("/chi-tiet.aspx?newsid=55", "/{slug}.aspx?newsid={n}"),
        ("/2023/08/09/hoi-nghi-so-ket/", "/{n}/{n}/{n}/{slug}/"),
        ("/web/guest/tin-tuc/-/asset_publisher/Xk9s2PqLmT3a/content/hoi-nghi", "/web/guest/tin-tuc/-/asset_publisher/{id}/content/{slug}"),
        ("/", "/"),
        # Drupal without clean URLs routes every page through ?q=: its path keeps its words
        ("/?q=node/700", "/?q=node/{n}"),
        ("/?q=print/700", "/?q=print/{n}"),
        ("/?q=tin-tuc&page=2", "/?page={n}&q={v}"),
    ],
)
def test_shape(link, shape):
    assert urls.shape(H + link) == shape
