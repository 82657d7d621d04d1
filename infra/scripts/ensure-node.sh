#!/usr/bin/env bash
# Node 20.16+ must be there; a pnpm that runs and the workspace's dependencies are installed
# when missing. A pnpm that does not run (a corepack shim that cannot download its release)
# counts as missing: npm installs the version package.json pins.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v node >/dev/null || { echo "palermo needs Node.js 20.16 or newer" >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=16)?0:1)' \
  || { echo "palermo needs Node.js 20.16 or newer (found $(node --version))" >&2; exit 1; }
if ! working_pnpm >/dev/null; then
  version="$(node -p 'require(process.argv[1]).packageManager.replace(/^pnpm@/, "").split("+")[0]' "$ROOT/package.json")"
  say "pnpm is missing or does not run ($(type -P pnpm || echo 'not on PATH')): installing pnpm@$version with npm"
  # A corepack shim where npm puts pnpm would stand in its way: corepack removes its own shims.
  shim="$(type -P pnpm || true)"
  if [ -n "$shim" ] && [[ "$(readlink -f "$shim")" == *corepack* ]] && command -v corepack >/dev/null; then
    corepack disable pnpm >/dev/null 2>&1 || true
  fi
  npm install -g --force "pnpm@$version" >/dev/null 2>&1 || npm install -g --force "pnpm@$version"
  working_pnpm >/dev/null || { echo "pnpm@$version was installed but does not run; check PATH and $(npm prefix -g)/bin" >&2; exit 1; }
fi
say "using $(working_pnpm) ($(pnpm --version))"
cd "$ROOT"
say "installing dependencies (pnpm)"
pnpm install --frozen-lockfile --reporter=silent
