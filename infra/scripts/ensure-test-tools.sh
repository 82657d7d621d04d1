#!/usr/bin/env bash
# The tests that crash and restart servers start their own redis-server and PostgreSQL (initdb,
# pg_ctl), and the across-hosts and address-pinning tests build network namespaces (ip, unshare):
# install what is missing, even when a Redis and a PostgreSQL already answer elsewhere.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v redis-server >/dev/null && command -v redis-cli >/dev/null || apt_install redis-server redis-tools
ls /usr/lib/postgresql/*/bin/initdb /usr/local/bin/initdb >/dev/null 2>&1 || apt_install postgresql
command -v ip >/dev/null || apt_install iproute2
command -v unshare >/dev/null || apt_install util-linux
command -v runuser >/dev/null || apt_install util-linux
