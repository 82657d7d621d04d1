#!/usr/bin/env bash
# Node 20.16+ must be there; pnpm and the workspace's dependencies are installed when missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v node >/dev/null || { echo "palermo needs Node.js 20.16 or newer" >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=16)?0:1)' \
  || { echo "palermo needs Node.js 20.16 or newer (found $(node --version))" >&2; exit 1; }
if ! command -v pnpm >/dev/null; then
  say "installing pnpm"
  npm install -g pnpm@10 >/dev/null 2>&1
fi
cd "$ROOT"
say "installing dependencies (pnpm)"
pnpm install --frozen-lockfile --reporter=silent
