#!/usr/bin/env bash
# The whole test suite on a fresh machine: dependencies, Redis, PostgreSQL, then typecheck,
# lint, unit and end-to-end tests, and the extraction and reading evaluations against their baselines.
source "$(dirname "${BASH_SOURCE[0]}")/scripts/lib.sh"
bash "$ROOT/infra/scripts/ensure-node.sh"
bash "$ROOT/infra/scripts/ensure-redis.sh"
bash "$ROOT/infra/scripts/ensure-postgres.sh"
bash "$ROOT/infra/scripts/ensure-chromium.sh"
bash "$ROOT/infra/scripts/ensure-test-tools.sh"
cd "$ROOT"
say "typecheck"; pnpm -s typecheck
say "lint"; pnpm -s lint
say "unit tests"; pnpm -s vitest run --project unit
say "end-to-end tests"; pnpm -s vitest run --project e2e --no-file-parallelism
say "extraction and reading evaluations against their baselines"; pnpm -s eval --check
