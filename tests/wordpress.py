"""A real WordPress for crawl tests: Debian's `wordpress` package (6.1) on Debian's Apache, PHP
and MariaDB, with sites made fresh by WordPress itself.

tools/wordpress_server.sh installs and starts the server: Apache serves /usr/share/wordpress on
127.0.0.1-127.0.0.17 at one port and prints `VNCORPUS_TEST_WORDPRESS=http://127.0.0.1:PORT`,
which names it here. Without that variable, or when nothing answers there, the fixtures skip.

A site is one loopback address of that server. Debian's wp-config.php loads
/etc/wordpress/config-<host>.php by the request's host (without the port), so each site gets its
own config file there, its own database and database user (as Debian's setup-mysql example
makes them) and its own must-use plugin folder; several sites live side by side on one Apache,
each at the root of its own address, as a portal is. Making one takes root: it writes to
/etc/wordpress and logs in to MariaDB as root through its socket.

WordPress does the rest itself, through the `php` command: wp_install() installs it (the
installer's own permalink probe included), wp_insert_term(), wp_insert_user() and
wp_insert_post() fill it with three categories, three authors and 120 news posts in Vietnamese
from 2020 to 2025, and the truth (each post's permalink as get_permalink() gives it, title,
date, author's display name) comes back from PHP as JSON. Links are plain (`/?p=N`) or the
installer's "day and name" with index.php (`/index.php/2021/03/12/<slug>/`); the core sitemap
(wp-sitemap.xml) is off unless asked for, by a must-use plugin, as a site owner turns it off.
The theme is the one the package installs as the default (Twenty Twenty-Three).
"""
from __future__ import annotations

import fcntl
import json
import os
import random
import secrets
import shutil
import socket
import subprocess
import tempfile
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import pytest

ENV = "VNCORPUS_TEST_WORDPRESS"
WORDPRESS = Path("/usr/share/wordpress")
CONFIG_DIR = Path("/etc/wordpress")
CONTENT_DIR = Path("/var/lib/wordpress/wp-content")
# Per-site files that are not configuration (must-use plugins) and the lock that says an
# address is taken.
SITES_DIR = Path("/var/lib/wordpress/vncorpus-sites")
SITE_ADDRESSES = [f"127.0.0.{n}" for n in range(2, 255)]  # tried in turn; the server listens on some

LINK_STYLES = {
    "plain": "",  # WordPress's default: /?p=123
    "day-and-name": "/index.php/%year%/%monthnum%/%day%/%postname%/",  # what the installer picks without mod_rewrite
}

# Straight to the server, whatever proxy the environment names: every site is on this machine.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))

SITE_TITLE = "Sở Ngoại vụ tỉnh Lai Châu"
SITE_TAGLINE = "Cổng thông tin điện tử Sở Ngoại vụ tỉnh Lai Châu"


@dataclass(frozen=True)
class Post:
    """A published post as WordPress reports it."""

    id: int
    url: str  # get_permalink()
    title: str  # post_title as entered (the page shows it through wptexturize; the titles avoid what that changes)
    date: str  # get_the_date('Y-m-d'), the site's time zone
    author: str  # the author's display name
    category: str


@dataclass
class Site:
    base_url: str  # http://127.0.0.N:PORT, no trailing slash
    link_style: str
    sitemap: bool
    posts: list[Post]
    title: str = SITE_TITLE
    host: str = ""
    database: str = ""
    _lock: object = field(default=None, repr=False)


# ---- the server ---------------------------------------------------------------------------------


def server_problem(server: str) -> str | None:
    """Why the WordPress server named by `server` cannot make sites, or None when it can."""
    parts = urlsplit(server)
    if parts.scheme != "http" or not parts.hostname or not parts.port:
        return f"{ENV}={server} is not http://127.0.0.1:PORT"
    if not parts.hostname.startswith("127."):
        return f"{ENV}={server}: the sites are made on 127.0.0.x, so the server must be there too"
    try:
        with _DIRECT.open(server + "/", timeout=5):
            pass
    except urllib.error.HTTPError:
        pass  # Debian's "no config for this host" 404: Apache and PHP answer
    except OSError as error:
        return f"nothing answers at {server} ({error}); run tools/wordpress_server.sh"
    for tool in ("php", "mariadb"):
        if shutil.which(tool) is None:
            return f"no `{tool}` command on this machine; tools/wordpress_server.sh installs it"
    if not os.access(CONFIG_DIR, os.W_OK):
        return f"making a WordPress site writes to {CONFIG_DIR}: run the tests as root"
    return None


def server_or_skip() -> str:
    """The server's URL from VNCORPUS_TEST_WORDPRESS, or skip the test with the reason."""
    server = os.environ.get(ENV, "").rstrip("/")
    if not server:
        pytest.skip(f"no WordPress: set {ENV} (tools/wordpress_server.sh starts one and prints it; CI does)")
    problem = server_problem(server)
    if problem:
        pytest.skip(f"WordPress at {ENV}={server} unusable: {problem}")
    return server


def site_fixture(scope: str = "function"):
    """A pytest fixture that gives a function making sites, `make(link_style="plain",
    sitemap=False, posts=120, seed=0) -> Site`, and drops every site it made afterwards. In a
    test module: `wordpress_sites = site_fixture("module")`, then ask for `wordpress_sites`."""

    @pytest.fixture(scope=scope)
    def wordpress_sites() -> Iterator[Callable[..., Site]]:
        with sites(server_or_skip()) as make:
            yield make

    return wordpress_sites


@contextmanager
def sites(server: str) -> Iterator[Callable[..., Site]]:
    """`make(...)` as in site_fixture, for use outside pytest; the sites go at exit."""
    made: list[Site] = []

    def make(link_style: str = "plain", sitemap: bool = False, posts: int = 120, seed: int = 0) -> Site:
        site = create_site(server, link_style, sitemap=sitemap, posts=posts, seed=seed)
        made.append(site)
        return site

    try:
        yield make
    finally:
        for site in made:
            drop_site(site)


# ---- one site -----------------------------------------------------------------------------------


def create_site(server: str, link_style: str = "plain", sitemap: bool = False, posts: int = 120, seed: int = 0) -> Site:
    """A new WordPress site on a free address of `server`, installed and filled by WordPress."""
    if link_style not in LINK_STYLES:
        raise ValueError(f"link_style {link_style!r}: one of {', '.join(LINK_STYLES)}")
    port = urlsplit(server).port
    host, lock = _claim_address(port)
    base = f"http://{host}:{port}"
    database = "vncorpus_wp_" + secrets.token_hex(4)
    site = Site(base_url=base, link_style=link_style, sitemap=sitemap, posts=[], host=host, database=database, _lock=lock)
    try:
        _create_database(database, password := secrets.token_urlsafe(18))
        _write_config(host, database, password)
        _write_mu_plugins(host, sitemap)
        with tempfile.TemporaryDirectory(prefix="vncorpus-wp-") as tmp:
            spec = Path(tmp) / "site.json"
            truth = Path(tmp) / "truth.json"
            spec.write_text(json.dumps(_site_spec(base, link_style, posts, seed), ensure_ascii=False), encoding="utf-8")
            _php(_INSTALL_PHP, f"{host}:{port}", base)
            _php(_FILL_PHP, f"{host}:{port}", str(spec), str(truth))
            site.posts = [Post(**row) for row in json.loads(truth.read_text(encoding="utf-8"))]
        _check_served(site)
    except BaseException:
        drop_site(site)
        raise
    return site


def drop_site(site: Site) -> None:
    """Remove the site: its database and user, config file and plugin folder; free its address."""
    _drop_database(site.database)
    (CONFIG_DIR / f"config-{site.host}.php").unlink(missing_ok=True)
    shutil.rmtree(SITES_DIR / site.host, ignore_errors=True)
    if site._lock is not None:
        site._lock.close()  # type: ignore[attr-defined]
        site._lock = None


def _claim_address(port: int) -> tuple[str, object]:
    """A loopback address the server listens on that no other site holds, and its lock (held
    for the site's life; the lock goes with the process, so a killed test run frees it)."""
    SITES_DIR.mkdir(parents=True, exist_ok=True)
    for host in SITE_ADDRESSES:
        try:
            socket.create_connection((host, port), timeout=2).close()
        except OSError:
            break  # the server's addresses are consecutive: past the last one
        lock = open(SITES_DIR / f"{host}.lock", "w")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            continue
        _drop_leftovers(host)
        return host, lock
    raise RuntimeError(f"every address of the WordPress server on port {port} holds a site; see {SITES_DIR}")


def _drop_leftovers(host: str) -> None:
    """What a test run that was killed left on a free address: its config, database and plugins."""
    config = CONFIG_DIR / f"config-{host}.php"
    if config.exists():
        for line in config.read_text(encoding="utf-8").splitlines():
            if line.startswith("define('DB_NAME', '"):
                _drop_database(line.split("'")[3])
        config.unlink()
    shutil.rmtree(SITES_DIR / host, ignore_errors=True)


def _mariadb(sql: str) -> None:
    # Root through the socket, as Debian's MariaDB lets the system's root in.
    subprocess.run(["mariadb", "--protocol=socket", "-u", "root", "-e", sql], check=True, capture_output=True, text=True)


def _create_database(name: str, password: str) -> None:
    _mariadb(
        f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;"
        f"CREATE USER '{name}'@'localhost' IDENTIFIED BY '{password}';"
        f"GRANT SELECT,INSERT,UPDATE,DELETE,CREATE,DROP,ALTER,INDEX ON `{name}`.* TO '{name}'@'localhost';"
    )


def _drop_database(name: str) -> None:
    if name:
        _mariadb(f"DROP DATABASE IF EXISTS `{name}`; DROP USER IF EXISTS '{name}'@'localhost';")


def _write_config(host: str, database: str, password: str) -> None:
    """/etc/wordpress/config-<host>.php, as Debian's setup-mysql example writes one."""
    keys = "".join(
        f"define('{key}', '{secrets.token_hex(32)}');\n"
        for key in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")
    )
    text = f"""<?php
# Created by vncorpus tests/wordpress.py for a test site; removed when the test ends.
define('DB_NAME', '{database}');
define('DB_USER', '{database}');
define('DB_PASSWORD', '{password}');
define('DB_HOST', 'localhost');
{keys}define('WP_CONTENT_DIR', '{CONTENT_DIR}');
# This site's own must-use plugins (the sitemap switch), apart from the other sites'.
define('WPMU_PLUGIN_DIR', '{SITES_DIR / host / "mu-plugins"}');
# Nothing leaves the machine: no update checks or pings to wordpress.org; the site's own
# address stays allowed (the installer's permalink probe).
define('WP_HTTP_BLOCK_EXTERNAL', true);
# Scheduled jobs would otherwise run at random visits of the crawler.
define('DISABLE_WP_CRON', true);
"""
    path = CONFIG_DIR / f"config-{host}.php"
    # Readable by www-data and not by everyone: it holds a password (setup-mysql does the same).
    old = os.umask(0o027)
    try:
        path.write_text(text, encoding="utf-8")
    finally:
        os.umask(old)
    shutil.chown(path, group="www-data")


def _write_mu_plugins(host: str, sitemap: bool) -> None:
    folder = SITES_DIR / host / "mu-plugins"
    folder.mkdir(parents=True, exist_ok=True)
    if not sitemap:
        # wp-sitemap.xml answers 404 and robots.txt names no sitemap: a portal without one.
        (folder / "no-sitemap.php").write_text("<?php\nadd_filter('wp_sitemaps_enabled', '__return_false');\n", encoding="utf-8")


def _php(script: str, *args: str) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".php", encoding="utf-8", delete=False) as handle:
        handle.write(script)
    try:
        result = subprocess.run(["php", "-d", "display_errors=stderr", handle.name, *args], capture_output=True, text=True, timeout=600)
    finally:
        os.unlink(handle.name)
    if result.returncode != 0:
        raise RuntimeError(f"php failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")


def _check_served(site: Site) -> None:
    """Apache serves the site: its home page and a post answer 200 with the site's title."""
    for url in (site.base_url + "/", site.posts[0].url):
        with _DIRECT.open(url, timeout=30) as response:
            page = response.read().decode("utf-8", "replace")
        if SITE_TITLE not in page:
            raise RuntimeError(f"{url} does not show the site {SITE_TITLE!r}: {page[:200]!r}")


# ---- PHP: WordPress installs and fills itself ----------------------------------------------------

# argv: host:port, base URL. As a first visit's installer does, with the site's URL given rather
# than guessed (there is no request to guess it from).
_INSTALL_PHP = r"""<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = $argv[1];
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_SITEURL', $argv[2]);
// The installer mails the admin the password: there is no mail here.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// A "hard" flush writes rewrite rules to .htaccess, which on Debian is the one
// /etc/wordpress/htaccess every site shares (and php runs as root here): keep it as shipped.
add_filter('flush_rewrite_rules_hard', '__return_false');
$result = wp_install('Sở Ngoại vụ tỉnh Lai Châu', 'admin', 'quantri@songoaivu.laichau.invalid', true, '', wp_generate_password(24));
if (empty($result['user_id'])) {
    fwrite(STDERR, "wp_install failed\n");
    exit(1);
}
"""

# argv: host:port, site spec JSON (from _site_spec), truth JSON to write.
_FILL_PHP = r"""<?php
$_SERVER['HTTP_HOST'] = $argv[1];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
require '/usr/share/wordpress/wp-load.php';
add_filter('flush_rewrite_rules_hard', '__return_false');
$spec = json_decode(file_get_contents($argv[2]), true);

update_option('blogdescription', $spec['tagline']);
// Before any post: post_date_gmt is worked out from it.
update_option('timezone_string', $spec['timezone']);

// The installer's "Hello world!" (and its comment) and "Sample Page" make way for the portal's own.
wp_delete_post(1, true);
wp_delete_post(2, true);
$admin = get_user_by('login', 'admin');
wp_update_user(array('ID' => $admin->ID, 'display_name' => $spec['admin_name'], 'nickname' => $spec['admin_name']));
wp_set_current_user($admin->ID);
foreach ($spec['pages'] as $page) {
    wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $page['title'],
        'post_content' => $page['content'], 'post_date' => $page['date'], 'post_author' => $admin->ID), true);
}

$categories = array();
foreach ($spec['categories'] as $name) {
    $term = wp_insert_term($name, 'category');
    if (is_wp_error($term)) { fwrite(STDERR, $term->get_error_message() . "\n"); exit(1); }
    $categories[$name] = $term['term_id'];
}
$authors = array();
foreach ($spec['authors'] as $author) {
    $id = wp_insert_user(array('user_login' => $author['login'], 'user_pass' => wp_generate_password(24),
        'user_email' => $author['login'] . '@songoaivu.laichau.invalid', 'display_name' => $author['name'],
        'nickname' => $author['name'], 'first_name' => $author['first_name'], 'last_name' => $author['last_name'],
        'role' => 'author'));
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    $authors[$author['login']] = $id;
}

wp_defer_term_counting(true);
foreach ($spec['posts'] as $post) {
    wp_set_current_user($authors[$post['author']]);
    $id = wp_insert_post(array('post_type' => 'post', 'post_status' => 'publish', 'post_title' => $post['title'],
        'post_content' => $post['content'], 'post_date' => $post['date'], 'post_author' => $authors[$post['author']],
        'post_category' => array($categories[$post['category']])), true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
}
wp_defer_term_counting(false);

global $wp_rewrite;
$wp_rewrite->set_permalink_structure($spec['permalink_structure']);
flush_rewrite_rules(false);

$truth = array();
foreach (get_posts(array('post_type' => 'post', 'post_status' => 'publish', 'numberposts' => -1, 'orderby' => 'ID', 'order' => 'ASC')) as $p) {
    $category = get_the_category($p->ID);
    $truth[] = array('id' => $p->ID, 'url' => get_permalink($p), 'title' => $p->post_title,
        'date' => get_the_date('Y-m-d', $p), 'author' => get_the_author_meta('display_name', $p->post_author),
        'category' => $category ? $category[0]->name : '');
}
file_put_contents($argv[3], json_encode($truth, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT));
"""


# ---- the content: Vietnamese government news -----------------------------------------------------

CATEGORIES = ["Tin tức - Sự kiện", "Thông tin đối ngoại", "Biên giới"]
AUTHORS = [
    {"login": "hoant", "name": "Nguyễn Thị Hoa", "first_name": "Hoa", "last_name": "Nguyễn Thị"},
    {"login": "thanhlv", "name": "Lò Văn Thành", "first_name": "Thành", "last_name": "Lò Văn"},
    {"login": "ducmt", "name": "Trần Minh Đức", "first_name": "Đức", "last_name": "Trần Minh"},
]
ADMIN_NAME = "Ban Biên tập"

# Lai Châu: its districts, and the border communes of the districts along the border with China.
DISTRICTS = ["Tam Đường", "Phong Thổ", "Sìn Hồ", "Mường Tè", "Than Uyên", "Tân Uyên", "Nậm Nhùn"]
BORDER_COMMUNES = {
    "Phong Thổ": ["Ma Li Pho", "Huổi Luông", "Sì Lở Lầu", "Mù Sang", "Vàng Ma Chải", "Dào San", "Tung Qua Lìn"],
    "Mường Tè": ["Thu Lũm", "Ka Lăng", "Mù Cả", "Pa Ủ"],
    "Sìn Hồ": ["Pa Tần", "Phìn Hồ"],
    "Nậm Nhùn": ["Nậm Ban", "Hua Bum"],
}
BORDER_POSTS = ["Ma Lù Thàng", "Dào San", "Mù Cả", "Ka Lăng", "Pa Tần", "Huổi Luông"]
CHINA_SIDE = ["huyện Kim Bình, châu Hồng Hà", "huyện Lục Xuân, châu Hồng Hà", "huyện Giang Thành, thành phố Phổ Nhĩ"]
OFFICIALS = [
    ("Lò Văn Hùng", "Giám đốc Sở Ngoại vụ"),
    ("Vàng Thị Mai", "Phó Giám đốc Sở Ngoại vụ"),
    ("Giàng A Páo", "Phó Chủ tịch UBND tỉnh"),
    ("Tẩn Văn Sử", "Chủ tịch UBND huyện {district}"),
    ("Đỗ Thanh Bình", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Hoàng Thị Lan", "Trưởng phòng Thông tin đối ngoại, Sở Ngoại vụ"),
]
DECISION_1191 = "Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ"

# Titles per category; {district}, {commune}, {post}, {china}, {year}, {n} are filled in. No
# hyphen, quote or ellipsis: wptexturize would print them differently from the title entered.
TITLES = {
    "Tin tức - Sự kiện": [
        "Huyện {district} tổ chức hội nghị tổng kết công tác đối ngoại năm {year}",
        "Sở Ngoại vụ làm việc với Ủy ban nhân dân huyện {district} về kế hoạch năm {year}",
        "Hội nghị giao ban công tác ngoại vụ quý {n} năm {year} tại huyện {district}",
        "Lãnh đạo tỉnh thăm và tặng quà gia đình chính sách huyện {district} dịp Tết năm {year}",
        "Kiểm tra công tác cải cách hành chính tại huyện {district} năm {year}",
        "Tập huấn kỹ năng lễ tân đối ngoại cho cán bộ huyện {district} năm {year}",
    ],
    "Thông tin đối ngoại": [
        "Triển khai Quyết định số 1191/QĐ-TTg tại huyện {district} năm {year}",
        "Hội nghị tập huấn công tác thông tin đối ngoại cho cán bộ huyện {district} năm {year}",
        "Kết quả thực hiện công tác thông tin đối ngoại {period} năm {year} tại huyện {district}",
        "Tuyên truyền về hình ảnh đất nước, con người Lai Châu tại huyện {district} năm {year}",
        "Cung cấp thông tin cho phóng viên báo chí tại huyện {district} năm {year}",
        "Bồi dưỡng nghiệp vụ thông tin đối ngoại cho báo cáo viên huyện {district} năm {year}",
    ],
    "Biên giới": [
        "Tuyên truyền pháp luật về biên giới quốc gia tại xã {commune}, huyện {district} năm {year}",
        "Hội đàm giữa Đồn Biên phòng {post} và công an {china} năm {year}",
        "Tuần tra song phương đoạn biên giới thuộc xã {commune} quý {n} năm {year}",
        "Ra mắt Tổ tự quản đường biên, cột mốc tại xã {commune}, huyện {district} năm {year}",
        "Giao lưu hữu nghị nhân dân hai bên biên giới tại xã {commune} năm {year}",
        "Đồn Biên phòng {post} tổng kết phong trào bảo vệ chủ quyền lãnh thổ năm {year}",
    ],
}


def _site_spec(base: str, link_style: str, count: int, seed: int) -> dict:
    rng = random.Random(seed)
    return {
        "base": base,
        "tagline": SITE_TAGLINE,
        "timezone": "Asia/Ho_Chi_Minh",
        "admin_name": ADMIN_NAME,
        "permalink_structure": LINK_STYLES[link_style],
        "categories": CATEGORIES,
        "authors": AUTHORS,
        "pages": [{"title": "Giới thiệu", "date": "2019-12-20 09:00:00", "content": _blocks(_ABOUT)}],
        "posts": news_posts(rng, count),
    }


_ABOUT = [
    "Sở Ngoại vụ tỉnh Lai Châu là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban "
    "nhân dân tỉnh quản lý nhà nước về công tác ngoại vụ, biên giới lãnh thổ quốc gia và công tác người "
    "Việt Nam ở nước ngoài.",
    "Địa chỉ: Tầng 5, Khu Hợp khối các sở, ngành, phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu.",
]


def news_posts(rng: random.Random, count: int) -> list[dict]:
    """`count` posts with distinct titles, oldest first (IDs grow with dates, as on a real site),
    on distinct days of 2020-2025, in the working hours of the site's time zone (so the date is
    the same wherever it is read); a third of them cite Decision 1191."""
    first, last = date(2020, 1, 2), date(2025, 12, 30)
    days = sorted(rng.sample(range((last - first).days + 1), count))
    posts, titles = [], set()
    for index, offset in enumerate(days):
        day = first + timedelta(days=offset)
        category = CATEGORIES[index % len(CATEGORIES)]
        for _ in range(1000):
            fill = _fill(rng, day, category)
            title = rng.choice(TITLES[category]).format(**fill)
            if title not in titles:
                break
        else:
            raise ValueError(f"no new title for {category} in {day.year}: too many posts for the templates")
        titles.add(title)
        when = datetime(day.year, day.month, day.day, rng.randint(7, 16), rng.randrange(0, 60, 5))
        # About a third cite Decision 1191, none before it was signed.
        paragraphs = _body(rng, fill, day, category, cites_1191=index % 3 == 0 and day > date(2020, 8, 5))
        posts.append({
            "title": title,
            "content": _blocks(paragraphs),
            "date": when.strftime("%Y-%m-%d %H:%M:%S"),
            "category": category,
            "author": rng.choice(AUTHORS)["login"],
        })
    return posts


def _fill(rng: random.Random, day: date, category: str) -> dict:
    # News on the border is about the border districts; the rest is about any district.
    district = rng.choice(list(BORDER_COMMUNES) if category == "Biên giới" else DISTRICTS)
    communes = BORDER_COMMUNES.get(district) or BORDER_COMMUNES[rng.choice(list(BORDER_COMMUNES))]
    quarter = (day.month - 1) // 3 + 1
    # The periods a report written on that day can cover.
    periods = [f"quý {quarter}"] + ["6 tháng đầu"] * (day.month >= 7) + ["9 tháng"] * (day.month >= 10)
    return {
        "district": district,
        "commune": rng.choice(communes),
        "post": rng.choice(BORDER_POSTS),
        "china": rng.choice(CHINA_SIDE) + " (Trung Quốc)",
        "year": day.year,
        "n": quarter,
        "period": rng.choice(periods),
    }


def _official(rng: random.Random, fill: dict) -> str:
    name, position = rng.choice(OFFICIALS)
    return f"đồng chí {name}, {position.format(**fill)}"


def _body(rng: random.Random, fill: dict, day: date, category: str, cites_1191: bool) -> list[str]:
    when = f"{rng.choice(['Sáng', 'Chiều', ''])} ngày {day.day}/{day.month}/{day.year}".strip().capitalize()
    guests = rng.randint(25, 180)
    sessions = rng.randint(4, 40)
    people = rng.randint(3, 60) * 100
    leaflets = rng.randint(5, 90) * 100
    district = fill["district"]
    if category == "Biên giới":
        lead = (
            f"{when}, tại xã {fill['commune']}, huyện {district}, Đồn Biên phòng {fill['post']} phối hợp với "
            f"Sở Ngoại vụ và Ủy ban nhân dân xã tổ chức {rng.choice(['buổi tuyên truyền', 'hội nghị', 'chương trình giao lưu'])} "
            f"về {rng.choice(['pháp luật biên giới quốc gia', 'bảo vệ đường biên, cột mốc', 'quy chế quản lý biên giới'])}. "
            f"Tham dự có {guests} đại biểu và đông đảo đồng bào các dân tộc trên địa bàn."
        )
    else:
        lead = (
            f"{when}, tại huyện {district}, Sở Ngoại vụ tỉnh Lai Châu phối hợp với Ủy ban nhân dân huyện "
            f"{district} tổ chức {rng.choice(['hội nghị', 'buổi làm việc', 'chương trình', 'lớp tập huấn'])} "
            f"về {rng.choice(['công tác thông tin đối ngoại', 'công tác ngoại vụ địa phương', 'hợp tác hữu nghị với các địa phương giáp biên'])}. "
            f"Tham dự có {guests} đại biểu là lãnh đạo, cán bộ các phòng, ban, ngành, đoàn thể của huyện "
            f"và cán bộ, công chức các xã biên giới."
        )
    paragraphs = [lead]
    if cites_1191:
        paragraphs.append(
            f"Thực hiện {DECISION_1191} phê duyệt Đề án tăng cường công tác thông tin đối ngoại về các "
            f"vấn đề biên giới, lãnh thổ góp phần xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và "
            f"phát triển giai đoạn 2021-2025, thời gian qua huyện {district} đã tổ chức {sessions} buổi "
            f"tuyên truyền cho {people} lượt người tham gia, cấp phát {leaflets} tờ rơi song ngữ Việt, Trung."
        )
    if category == "Biên giới":
        paragraphs.append(
            f"Theo báo cáo của Đồn Biên phòng {fill['post']}, tình hình an ninh chính trị, trật tự an toàn "
            f"xã hội trên tuyến biên giới thuộc xã {fill['commune']} cơ bản ổn định. Trong {fill['period']} "
            f"năm {day.year}, đơn vị đã phối hợp tổ chức {rng.randint(2, 12)} đợt tuần tra song phương với "
            f"lực lượng quản lý biên giới {fill['china']}, không để xảy ra vụ việc phức tạp."
        )
    else:
        paragraphs.append(
            f"Tại {rng.choice(['hội nghị', 'buổi làm việc'])}, các đại biểu đã được nghe báo cáo kết quả "
            f"thực hiện nhiệm vụ {fill['period']} năm {day.year}; toàn huyện đã tiếp và làm việc với "
            f"{rng.randint(2, 15)} đoàn khách, tổ chức {sessions} hội nghị, buổi tuyên truyền với "
            f"{people} lượt người tham dự."
        )
    paragraphs.append(
        f"Bên cạnh những kết quả đạt được, {rng.choice(['công tác phối hợp giữa các cơ quan', 'việc cung cấp thông tin cho báo chí', 'công tác tuyên truyền ở cơ sở'])} "
        f"vẫn còn những hạn chế nhất định; {rng.choice(['nguồn lực', 'đội ngũ cán bộ làm công tác đối ngoại', 'kinh phí'])} "
        f"còn thiếu, trình độ ngoại ngữ của một bộ phận cán bộ chưa đáp ứng yêu cầu nhiệm vụ."
    )
    paragraphs.append(
        f"Phát biểu kết luận, {_official(rng, fill)} đề nghị các cơ quan, đơn vị tiếp tục "
        f"{rng.choice(['quán triệt, triển khai đầy đủ các văn bản chỉ đạo của Trung ương và của tỉnh', 'đổi mới nội dung, hình thức tuyên truyền phù hợp với đồng bào các dân tộc', 'tăng cường phối hợp với lực lượng Bộ đội Biên phòng'])}, "
        f"góp phần xây dựng đường biên giới Việt Nam, Trung Quốc hòa bình, hữu nghị, ổn định, hợp tác và phát triển."
    )
    return paragraphs


def _blocks(paragraphs: list[str]) -> str:
    """Paragraphs as the block editor saves them."""
    return "\n\n".join(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in paragraphs)
