#!/usr/bin/env bash
# A Redis must answer at REDIS_URL; when none does on this machine, install and start one with
# infra/redis.conf (no eviction, append-only), its data under PALERMO_DATA_DIR.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
read -r host port < <(url_host_port "${REDIS_URL:-redis://127.0.0.1:6379}" 6379)
port_open "$host" "$port" && exit 0
case "$host" in 127.*|localhost|::1) ;; *) echo "no Redis answers at $host:$port (REDIS_URL)" >&2; exit 1;; esac
command -v redis-server >/dev/null || apt_install redis-server
data="$(cd "$ROOT" && mkdir -p "${PALERMO_DATA_DIR:-.data}/redis" && cd "${PALERMO_DATA_DIR:-.data}/redis" && pwd)"
say "starting Redis on port $port (data in $data)"
redis-server "$ROOT/infra/redis.conf" --port "$port" --dir "$data" --daemonize yes --logfile "$data/redis.log"
for _ in $(seq 1 50); do port_open "$host" "$port" && exit 0; sleep 0.1; done
echo "Redis did not start; see $data/redis.log" >&2; exit 1
