#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, ingest seeds/, print the facts.
source "$(dirname "${BASH_SOURCE[0]}")/scripts/lib.sh"
bash "$ROOT/infra/scripts/ensure-node.sh"
bash "$ROOT/infra/scripts/ensure-redis.sh"
cd "$ROOT"
# Warnings (a lost chapter numeral, say) stay with each document: `palermo document <source>`.
export LOG_LEVEL="${LOG_LEVEL:-error}"
pnpm -s palermo ingest seeds --wait
pnpm -s palermo facts
echo; echo "States parties over time (palermo timeline treaty-parties):"
pnpm -s palermo timeline treaty-parties
echo; echo "The Trust Fund's money over time (palermo timeline fund):"
pnpm -s palermo timeline fund
