// infra/scripts/ensure-node.sh on a machine where `pnpm` is a corepack shim that cannot download
// its release: it must see that this pnpm does not run, take the shim out of the way, install the
// pinned version with npm and use that one. npm, corepack and the pnpm npm installs are stand-ins
// on PATH that record how they were called (no network); node and the script are the real ones.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/harness.ts';

const PINNED = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { packageManager: string }).packageManager.replace(/^pnpm@/, '').split('+')[0]!;

/** An executable shell script at `path` that appends "<name> <args>" to `log`, then runs `body`. */
function script(path: string, name: string, log: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\necho "${name} $*" >> ${log}\n${body}\n`);
  chmodSync(path, 0o755);
}

describe('setup with a pnpm that does not run', () => {
  let dir: string;
  let bin: string;
  let prefix: string;
  let log: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-setup-'));
    bin = join(dir, 'bin');
    prefix = join(dir, 'npm-global');
    log = join(dir, 'calls.log');
    mkdirSync(bin);
    writeFileSync(log, '');
    // npm: `prefix -g` names a global folder of our own; `install -g pnpm@V` puts a pnpm there that runs.
    const installed = `#!/bin/sh\\necho "installed-pnpm $*" >> ${log}\\n[ "$1" = --version ] && echo ${PINNED}\\nexit 0`;
    script(join(bin, 'npm'), 'npm', log, `case "$1" in
  prefix) echo ${prefix} ;;
  install) mkdir -p ${prefix}/bin && printf '${installed}\\n' > ${prefix}/bin/pnpm && chmod +x ${prefix}/bin/pnpm ;;
esac`);
    script(join(bin, 'corepack'), 'corepack', log, 'exit 0');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const run = () => spawnSync('bash', [join(ROOT, 'infra', 'scripts', 'ensure-node.sh')], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, PALERMO_PNPM: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });

  it('replaces a corepack shim that cannot download its release with the pinned pnpm, and installs with it', () => {
    // The shim as corepack lays it out: pnpm on PATH is a link into corepack's own folder.
    mkdirSync(join(dir, 'corepack', 'shims'), { recursive: true });
    script(join(dir, 'corepack', 'shims', 'pnpm'), 'shim', log, 'echo "Internal Error: Error when performing the request to https://registry.npmjs.org/pnpm" >&2; exit 1');
    symlinkSync(join(dir, 'corepack', 'shims', 'pnpm'), join(bin, 'pnpm'));

    const result = run();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).toContain(`pnpm is missing or does not run (${join(bin, 'pnpm')}): installing pnpm@${PINNED} with npm`);
    expect(result.stderr).toContain(`using ${prefix}/bin/pnpm (${PINNED})`);
    const calls = readFileSync(log, 'utf8').split('\n');
    expect(calls).toContain('corepack disable pnpm');
    expect(calls).toContain(`npm install -g --force pnpm@${PINNED}`);
    expect(calls, 'the dependencies are installed by the pnpm npm installed').toContain('installed-pnpm install --frozen-lockfile --reporter=silent');
    expect(calls.filter((call) => call.startsWith('shim ')).every((call) => call === 'shim --version'), 'the shim is only ever asked its version').toBe(true);
  });

  it('keeps a pnpm that runs and installs nothing', () => {
    script(join(bin, 'pnpm'), 'pnpm', log, `[ "$1" = --version ] && echo ${PINNED}; exit 0`);
    const result = run();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const calls = readFileSync(log, 'utf8').split('\n');
    expect(calls.some((call) => call.startsWith('npm install'))).toBe(false);
    expect(calls).toContain('pnpm install --frozen-lockfile --reporter=silent');
  });
});
