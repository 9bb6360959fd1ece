#!/usr/bin/env bash
# Debian's WordPress on Debian's Apache + PHP + MariaDB, on loopback addresses only, for the crawl
# test against a real WordPress (tests/crawler/test_real_wordpress.py, tests/wordpress.py).
#
# Installs only the missing packages, starts MariaDB and a second Apache instance
# (/etc/apache2-vncorpus, made by Debian's setup-instance) that serves /usr/share/wordpress on
# 127.0.0.1-127.0.0.17, port 8089 (VNCORPUS_WORDPRESS_PORT overrides). Safe to run again: what is
# there and running is kept. Run as root; the last line it prints is the value for the tests:
#
#   export VNCORPUS_TEST_WORDPRESS=http://127.0.0.1:8089
#
# Why a second instance rather than Debian's own apache2: the system instance listens on *:80 and
# may serve other things on a developer's machine; this one has its own ports.conf, logs
# (/var/log/apache2-vncorpus) and pid file, and listens on nothing but 127.0.0.x.
# Why several addresses: Debian's wp-config.php picks /etc/wordpress/config-<host>.php by the
# request's host without its port, so one address is one site. 127.0.0.1 serves no site (it
# answers Debian's "no config" 404) and names the server; tests/wordpress.py puts each site it
# makes on a free one of 127.0.0.2-127.0.0.17.
set -euo pipefail

PORT=${VNCORPUS_WORDPRESS_PORT:-8089}
SITE_ADDRESSES=16  # 127.0.0.2 .. 127.0.0.17: sites that can exist at once
INSTANCE=vncorpus
CONFDIR=/etc/apache2-$INSTANCE

if [ "$(id -u)" != 0 ]; then
  echo "wordpress_server.sh: run as root (it installs packages and starts services)" >&2
  exit 2
fi

log() { echo "wordpress_server.sh: $*" >&2; }

# ---- packages: only what is missing ---------------------------------------------------------------
missing=""
for package in wordpress apache2 libapache2-mod-php php-mysql php-cli mariadb-server curl; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  log "installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have no package lists yet (apt-cache finds nothing before an update).
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
fi

# ---- MariaDB ------------------------------------------------------------------------------------
# Debian's MariaDB listens on 127.0.0.1 and its socket; root gets in through the socket as root.
if ! mariadb-admin --protocol=socket ping >/dev/null 2>&1; then
  log "starting MariaDB"
  service mariadb start >/dev/null
  for _ in $(seq 1 60); do
    mariadb-admin --protocol=socket ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb-admin --protocol=socket ping >/dev/null
fi

# ---- Apache: Debian's second-instance mechanism ---------------------------------------------------
if [ ! -d "$CONFDIR" ]; then
  log "setting up $CONFDIR"
  sh /usr/share/doc/apache2/examples/setup-instance "$INSTANCE" >/dev/null
fi

# Rewritten on every run so that a change here (or of PORT) takes effect; the same input writes
# the same files.
{
  echo "# Written by vncorpus tools/wordpress_server.sh: loopback addresses only."
  echo "# A server name of its own, so that Apache does not guess one at start."
  echo "ServerName 127.0.0.1"
  echo "Listen 127.0.0.1:$PORT"
  for n in $(seq 2 $((SITE_ADDRESSES + 1))); do
    echo "Listen 127.0.0.$n:$PORT"
  done
} >"$CONFDIR/ports.conf"

# The vhost follows /usr/share/doc/wordpress/examples/apache.conf ("A defined Virtual host"),
# with UseCanonicalName Off so that each address is its own site for Debian's wp-config.php.
# AllowOverride lets Debian's .htaccess (/etc/wordpress/htaccess) act, as on an installed site;
# the links the tests use (?p=N and /index.php/...) need no rewriting.
cat >"$CONFDIR/sites-available/vncorpus-wordpress.conf" <<EOF
# Written by vncorpus tools/wordpress_server.sh.
<VirtualHost *:$PORT>
    ServerName 127.0.0.1
    UseCanonicalName Off
    DocumentRoot /usr/share/wordpress
    DirectoryIndex index.php index.html
    Alias /wp-content /var/lib/wordpress/wp-content
    <Directory /usr/share/wordpress>
        Options FollowSymLinks
        AllowOverride Limit Options FileInfo
        Require all granted
    </Directory>
    <Directory /var/lib/wordpress/wp-content>
        Options FollowSymLinks
        Require all granted
    </Directory>
    ErrorLog \${APACHE_LOG_DIR}/wordpress-error.log
    CustomLog \${APACHE_LOG_DIR}/wordpress-access.log combined
</VirtualHost>
EOF

a2enmod-$INSTANCE -q rewrite >/dev/null
a2dissite-$INSTANCE -q 000-default >/dev/null 2>&1 || true
a2ensite-$INSTANCE -q vncorpus-wordpress >/dev/null
php_module=$(basename "$(ls /etc/apache2-$INSTANCE/mods-available/php*.load | head -n1)" .load)
a2enmod-$INSTANCE -q "$php_module" >/dev/null

apache2ctl-$INSTANCE configtest 2>/dev/null || { apache2ctl-$INSTANCE configtest; exit 1; }
pidfile=/var/run/apache2-$INSTANCE/apache2.pid
if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  apache2ctl-$INSTANCE graceful  # running: pick up the files written above
else
  log "starting Apache on 127.0.0.1-127.0.0.$((SITE_ADDRESSES + 1)), port $PORT"
  apache2ctl-$INSTANCE start
fi

# ---- check: Apache answers and runs PHP ---------------------------------------------------------
# 127.0.0.1 has no /etc/wordpress/config-127.0.0.1.php, so PHP answers Debian's 404 that names the
# file it looked for; without PHP the answer would be the source of index.php.
body=""
for _ in $(seq 1 40); do
  body=$(curl -s --noproxy "*" "http://127.0.0.1:$PORT/" 2>/dev/null || true)
  [ -n "$body" ] && break
  sleep 0.25
done
if [ -z "$body" ]; then
  log "Apache does not answer on 127.0.0.1:$PORT (see /var/log/apache2-$INSTANCE/)"
  exit 1
fi
case "$body" in
  *"<?php"*) log "Apache on 127.0.0.1:$PORT does not run PHP"; exit 1 ;;
esac

echo "export VNCORPUS_TEST_WORDPRESS=http://127.0.0.1:$PORT"
