// `pnpm eval`: both evaluations with the same flags, extraction (facts against hand labels) then
// reading (real UN PDFs against expectations written from their pages); exits non-zero when
// either does (`--check`: a figure below its committed baseline).
//   pnpm eval [--check] [--write-baseline] [--verbose]      pnpm eval:facts / pnpm eval:reading: one of them
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNNERS = [
  ['extraction', fileURLToPath(new URL('./run-eval.ts', import.meta.url))],
  ['reading', fileURLToPath(new URL('./reading/run-reading-eval.ts', import.meta.url))],
] as const;

let failed = false;
for (const [name, runner] of RUNNERS) {
  console.log(`\n######## ${name} evaluation\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', runner, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`${name} evaluation exited ${result.status ?? result.signal}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
