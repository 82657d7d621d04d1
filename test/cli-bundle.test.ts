import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the launcher, without types
import { inputSignatures } from '../apps/palermo/bin/bundle.mjs';
import { PALERMO_BIN, ROOT } from './support/harness.ts';

const run = promisify(execFile);
const home = mkdtempSync(join(tmpdir(), 'palermo-bundle-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** `palermo <args>` from the launcher, its bundle kept in `dir`. */
function palermo(dir: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [PALERMO_BIN, ...args], { cwd: ROOT, env: { ...process.env, PALERMO_BUNDLE_DIR: dir }, timeout: 120_000 });
}

const builds = (): string[] => readdirSync(home).filter((name) => name.startsWith('build-'));
const stamp = (): { dir: string; inputs: Record<string, string | null>; externals: string[] } => JSON.parse(readFileSync(join(home, 'current.json'), 'utf8'));

describe('the palermo launcher', () => {
  it('builds the bundle once, then runs from it until a source it was built from changes', async () => {
    const first = await palermo(home, ['--help']);
    expect(first.stdout).toContain('Usage: palermo');
    expect(builds()).toHaveLength(1);
    const built = stamp();
    // Every TypeScript module of the CLI's commands and stages is an input; packages stay outside, by path.
    expect(Object.keys(built.inputs)).toEqual(expect.arrayContaining(['apps/palermo/src/main.ts', 'services/fetch/src/pdf/pdf-parser-pool.ts', 'pnpm-lock.yaml']));
    expect(built.externals.some((path) => path.includes('/node_modules/') && path.includes('bullmq'))).toBe(true);

    await palermo(home, ['--help']);
    expect(builds()).toEqual([built.dir]); // current: nothing rebuilt

    // A source edited since (its size and time no longer those recorded) makes the next start rebuild.
    writeFileSync(join(home, 'current.json'), JSON.stringify({ ...built, inputs: { ...built.inputs, 'apps/palermo/src/main.ts': '1:1' } }));
    await palermo(home, ['--help']);
    expect(builds()).toHaveLength(2);
    expect(stamp().dir).not.toBe(built.dir);
  });

  it('removes builds beyond the three newest once they are an hour old', async () => {
    const before = builds();
    for (const ancient of ['build-1000-a', 'build-2000-b', 'build-3000-c']) mkdirSync(join(home, ancient));
    writeFileSync(join(home, 'current.json'), JSON.stringify({ ...stamp(), inputs: { 'apps/palermo/src/main.ts': '1:1' } }));
    await palermo(home, ['--help']);
    expect(builds().sort()).toEqual([...before, stamp().dir].sort());
  });

  it('records a source saved while the bundle was being built as unknown, so the next start rebuilds', () => {
    const saved = join(home, 'saved-during-build.ts');
    const untouched = join(home, 'untouched.ts');
    writeFileSync(saved, 'export {};\n');
    writeFileSync(untouched, 'export {};\n');
    const startedAt = Date.now();
    utimesSync(untouched, new Date(startedAt - 60_000), new Date(startedAt - 60_000));
    utimesSync(saved, new Date(startedAt + 1_000), new Date(startedAt + 1_000));
    const inputs = inputSignatures([saved, untouched], startedAt) as Record<string, string | null>;
    expect(inputs[relative(ROOT, saved)]).toBeNull();
    expect(inputs[relative(ROOT, untouched)]).toMatch(/^11:\d+/);
  });

  it('loads CommonJS packages with require, ES module packages with import, each by its installed path', () => {
    const chunks = readdirSync(join(home, stamp().dir)).filter((name) => name.endsWith('.js'));
    const text = chunks.map((name) => readFileSync(join(home, stamp().dir, name), 'utf8')).join('\n');
    const imported = [...text.matchAll(/^import .* from "(\/[^"]+)";?$/gm)].map((m) => m[1]!);
    const required = [...text.matchAll(/__require\("(\/[^"]+)"\)/g)].map((m) => m[1]!);
    // bullmq and ioredis are CommonJS: imported, Node would run its CommonJS lexer over them at every start.
    expect(required).toEqual(expect.arrayContaining([expect.stringMatching(/\/bullmq\/dist\/cjs\/index\.js$/), expect.stringMatching(/\/ioredis\/built\/index\.js$/)]));
    expect(imported.filter((path) => /\/(bullmq|ioredis)\//.test(path))).toEqual([]);
    // commander ships an ES module entry for import: it stays an import.
    expect(imported).toEqual(expect.arrayContaining([expect.stringMatching(/\/commander\/esm\.mjs$/)]));
    expect(stamp().externals).toEqual(expect.arrayContaining([...new Set(required)]));
  });

  it('keeps paths built from import.meta.url pointing at the sources (the PDF parser’s child process)', () => {
    const chunks = readdirSync(join(home, stamp().dir)).filter((name) => name.endsWith('.js'));
    const text = chunks.map((name) => readFileSync(join(home, stamp().dir, name), 'utf8')).join('\n');
    expect(text).toContain(`"file://${join(ROOT, 'services', 'fetch', 'src', 'pdf', 'pdf-parser-pool.ts')}"`);
    expect(text).not.toContain('import.meta.url');
  });

  it('runs the sources through tsx, saying so, when the bundle cannot be written', async () => {
    const result = await palermo('/dev/null/bundle', ['--help']);
    expect(result.stdout).toContain('Usage: palermo');
    expect(result.stderr).toMatch(/the bundle could not be written \(ENOTDIR.*running the sources through tsx/);
  });
});
