#!/usr/bin/env node
// `palermo`: runs the CLI from its bundle (bundle.mjs), building it first when a source changed.
// Where the bundle cannot be written (a read-only install), the sources run through tsx as before;
// PALERMO_BUNDLE_DIR puts it elsewhere.
import { build, currentBuild } from './bundle.mjs';

process.setSourceMapsEnabled(true); // stack traces in TypeScript terms, as under tsx

let main = currentBuild();
if (!main) {
  try {
    main = await build();
  } catch (error) {
    if (!error?.syscall) throw error; // a source esbuild cannot read is an error under tsx too
    process.stderr.write(`palermo: the bundle could not be written (${error.message}); running the sources through tsx\n`);
    await import('tsx/esm');
    main = new URL('../src/main.ts', import.meta.url).href;
  }
}
await import(main);
