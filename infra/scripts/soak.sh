#!/usr/bin/env bash
# Soak: the fault test at 1,000+ documents for several minutes (test/fault/soak.ts). Starts its
# own redis-server and PostgreSQL on free ports (never the shared 6379/5432), SIGKILLs a worker
# every 10-20 s, restarts Redis and PostgreSQL once each, then prints the figures.
# Settings (environment): SOAK_DOCUMENTS (1000), SOAK_WORKERS (3), SOAK_KILLS (30),
# SOAK_KILL_GAP_MIN_MS / SOAK_KILL_GAP_MAX_MS (10000 / 20000), SOAK_SEED (8), SOAK_PHASES (2),
# SOAK_DEADLINE_MS (2700000), SOAK_QUIET (set: figures only), PG_BIN, REDIS_SERVER_BIN.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bash "$ROOT/infra/scripts/ensure-node.sh"
command -v "${REDIS_SERVER_BIN:-redis-server}" >/dev/null || { say "redis-server not found: run infra/scripts/ensure-redis.sh"; exit 1; }
cd "$ROOT"
say "soak: ${SOAK_DOCUMENTS:-1000} documents"
exec node --import tsx test/fault/soak.ts
