# Shared helpers for the setup scripts. Source it; do not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

# True when something answers on host:port.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Runs apt-get install for the packages not yet installed (as root, or through sudo).
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing ${missing[*]} (Debian packages)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Host and port of a redis:// or postgres:// URL, e.g. "127.0.0.1 6379".
url_host_port() {
  local rest="${1#*://}"; rest="${rest#*@}"; rest="${rest%%/*}"
  local host="${rest%%:*}" port="${rest##*:}"
  [ "$port" = "$rest" ] && port="$2"
  echo "${host:-127.0.0.1} $port"
}

# The path of a pnpm that runs: the first on PATH, else npm's global one. A corepack shim that
# cannot download its release fails or hangs on `--version`, hence the time bound. `type -P`, not
# `command -v`: the latter answers "pnpm" once the `pnpm` function below is defined.
working_pnpm() {
  local candidate
  for candidate in "$(type -P pnpm 2>/dev/null)" "$(npm prefix -g 2>/dev/null)/bin/pnpm"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    if COREPACK_ENABLE_DOWNLOAD_PROMPT=0 timeout 30 "$candidate" --version </dev/null >/dev/null 2>&1; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# `pnpm` in the scripts that source this file: the one working_pnpm finds (looked up once), so a
# broken pnpm earlier on PATH does not stop them once ensure-node.sh has installed a working one.
pnpm() {
  if [ -z "${PALERMO_PNPM:-}" ]; then
    PALERMO_PNPM="$(working_pnpm)" || { echo "no working pnpm: run infra/scripts/ensure-node.sh" >&2; return 127; }
  fi
  "$PALERMO_PNPM" "$@"
}
