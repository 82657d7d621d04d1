#!/usr/bin/env bash
# The browser tests of the analysts' page drive Debian's Chromium (playwright-core downloads no
# browser); install it when missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ -x /usr/bin/chromium ] && exit 0
apt_install chromium
