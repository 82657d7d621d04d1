#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, ingest seeds/, print the facts.
source "$(dirname "${BASH_SOURCE[0]}")/scripts/lib.sh"
bash "$ROOT/infra/scripts/ensure-node.sh"
bash "$ROOT/infra/scripts/ensure-redis.sh"
cd "$ROOT"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
pnpm -s palermo ingest seeds --wait
pnpm -s palermo facts
