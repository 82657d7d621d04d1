// The CLI's code bundled into a few files, rebuilt whenever a source it was built from changes.
// Loading 300 TypeScript modules one by one through tsx's loader hooks cost every palermo process
// about a CPU-second before its first line ran; the bundle loads in a fifth of that (README,
// "Start-up"). Plain JavaScript on purpose: it runs under bare node, before any loader exists.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ENTRY = join(ROOT, 'apps', 'palermo', 'src', 'main.ts');
// What decides how bare imports resolve; a change to any of them rebuilds the bundle.
const RESOLUTION_FILES = ['pnpm-lock.yaml', 'apps/palermo/bin/bundle.mjs'];
/** After a build, the newest builds are kept, and older ones too while younger than an hour. */
const KEEP_BUILDS = 3;
const KEEP_BUILDS_MS = 3600 * 1000;

/** The folder the bundle lives in: PALERMO_BUNDLE_DIR, or `apps/palermo/dist` (gitignored build output). */
export function bundleHome() {
  return process.env.PALERMO_BUNDLE_DIR || join(ROOT, 'apps', 'palermo', 'dist');
}

/** Size and modification time of a file (its stat), or null when it is gone. */
const signatureOf = (stat) => (stat ? `${stat.size}:${stat.mtimeMs}` : null);
const signature = (path) => signatureOf(statSync(path, { throwIfNoEntry: false }));

/**
 * The current build's `main.js` when every file it was built from (sources, the lockfile, this
 * file) is unchanged and every package it imports is still installed where it was; otherwise null.
 */
export function currentBuild(home = bundleHome()) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(home, 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  if (stamp.root !== ROOT || stamp.node !== process.version) return null;
  for (const [path, seen] of Object.entries(stamp.inputs)) {
    if (signature(join(ROOT, path)) !== seen) return null;
  }
  for (const path of stamp.externals) {
    if (signature(path) === null) return null;
  }
  const main = join(home, stamp.dir, 'main.js');
  return signature(main) === null ? null : main;
}

/**
 * Bundles the CLI into a new folder and makes it current with one rename, so that processes that
 * build at the same moment each end with a whole build, and one already running keeps its own.
 * Packages from node_modules stay outside the bundle, imported by their resolved path (pnpm keeps
 * each package's dependencies beside it, out of reach of a bare import from `dist`).
 */
export async function build(home = bundleHome()) {
  const { build: esbuild } = await import('esbuild');
  const dir = `build-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const outdir = join(home, dir);
  mkdirSync(outdir, { recursive: true });
  const startedAt = Date.now();
  const result = await esbuild({
    entryPoints: { main: ENTRY },
    outdir,
    absWorkingDir: ROOT, // the metafile's paths are relative to it
    bundle: true,
    splitting: true, // each command and stage stays a module of its own, loaded when it runs
    format: 'esm',
    platform: 'node',
    target: 'node20',
    keepNames: true, // error and class names as written, as tsx keeps them
    sourcemap: 'linked', // stack traces name the TypeScript file and line
    banner: { js: REQUIRE_BANNER },
    metafile: true,
    logLevel: 'silent',
    plugins: [packagesByPath(), sourceUrls()],
  }).catch((error) => {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  });
  const inputs = inputSignatures([...Object.keys(result.metafile.inputs), ...RESOLUTION_FILES], startedAt);
  const externals = new Set();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) if (imported.external && imported.path.startsWith('/')) externals.add(imported.path);
  }
  const stamp = { root: ROOT, node: process.version, dir, inputs, externals: [...externals] };
  const next = join(home, `current.json.${dir}`);
  writeFileSync(next, `${JSON.stringify(stamp, null, 1)}\n`);
  renameSync(next, join(home, 'current.json'));
  removeOldBuilds(home, dir);
  return join(outdir, 'main.js');
}

/**
 * Each input's signature, by its path from the repository's root. A file saved since `startedAt`
 * may be in the bundle as it was before: it is recorded as unknown, so the next start rebuilds.
 */
export function inputSignatures(paths, startedAt) {
  const inputs = {};
  for (const path of paths) {
    const absolute = resolve(ROOT, path);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    inputs[relative(ROOT, absolute)] = stat && stat.mtimeMs < startedAt ? signatureOf(stat) : null;
  }
  return inputs;
}

/**
 * Bare imports of installed packages stay imports, of the file the importing package would load.
 * A CommonJS package is loaded with `require` (the banner's): imported from ES modules, Node would
 * first run its CommonJS lexer over the package's source, and every file it re-exports, to find the
 * names it exports (bullmq, ioredis, pino…: 0.06 CPU-s at every start, and V8 compiling the lexer).
 */
function packagesByPath() {
  return {
    name: 'packages-by-path',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (isBuiltin(args.path) || args.path.startsWith('@palermo/') || args.pluginData === 'by-path') return undefined;
        const found = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'by-path' });
        if (found.errors.length > 0) return { errors: found.errors };
        if (args.kind === 'import-statement' && isCommonJs(found.path)) return { path: found.path, namespace: REQUIRED };
        return { path: found.path, external: true };
      });
      builder.onLoad({ filter: /.*/, namespace: REQUIRED }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
      builder.onResolve({ filter: /.*/, namespace: REQUIRED }, (args) => ({ path: args.path, external: true }));
    },
  };
}

const REQUIRED = 'required-package';
/** Defines the `require` that CommonJS packages are loaded with (by absolute path), in every file of the bundle. */
const REQUIRE_BANNER = `import { createRequire as createRequireForPackages } from 'node:module'; const require = createRequireForPackages(${JSON.stringify(join(ROOT, 'package.json'))});`;

/** Whether Node loads this file as CommonJS: `.cjs`, or `.js` under a package.json that is not `"type": "module"`. */
function isCommonJs(path) {
  if (path.endsWith('.cjs')) return true;
  if (!path.endsWith('.js')) return false;
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    return manifest.type !== 'module';
  }
  return true;
}

/** `import.meta.url` keeps naming the source file, so paths built from it (child processes, assets) still point there. */
function sourceUrls() {
  return {
    name: 'source-urls',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
      });
    },
  };
}

/**
 * Removes old builds. A process imports all of its code within its first seconds (commands and
 * stages load at start), so a build replaced twice and an hour old serves no process any more.
 */
function removeOldBuilds(home, keep) {
  const builds = readdirSync(home).filter((name) => name.startsWith('build-') && name !== keep);
  const byAge = builds.map((name) => ({ name, builtAt: Number(name.split('-')[1]) })).sort((a, b) => b.builtAt - a.builtAt);
  for (const { name, builtAt } of byAge.slice(KEEP_BUILDS - 1)) {
    if (Date.now() - builtAt > KEEP_BUILDS_MS) rmSync(join(home, name), { recursive: true, force: true });
  }
}
