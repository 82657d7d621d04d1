#!/usr/bin/env bash
# The tests that crash and restart servers start their own redis-server and PostgreSQL (initdb,
# pg_ctl), the across-hosts and address-pinning tests build network namespaces (ip, unshare),
# the stalled-mount test mounts a FUSE filesystem whose reads never answer (fuse3, python3-fusepy),
# and the PDF_ENGINE=pdftotext tests read PDFs with poppler (they are skipped without it):
# install what is missing, even when a Redis and a PostgreSQL already answer elsewhere.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v redis-server >/dev/null && command -v redis-cli >/dev/null || apt_install redis-server redis-tools
ls /usr/lib/postgresql/*/bin/initdb /usr/local/bin/initdb >/dev/null 2>&1 || apt_install postgresql
command -v ip >/dev/null || apt_install iproute2
command -v unshare >/dev/null || apt_install util-linux
command -v runuser >/dev/null || apt_install util-linux
command -v fusermount3 >/dev/null || apt_install fuse3
/usr/bin/python3 -c 'import fusepy' 2>/dev/null || apt_install python3-fusepy
command -v pdftotext >/dev/null || apt_install poppler-utils
