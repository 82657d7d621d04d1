// The PDF parser process alone, as the pool starts it, over the bench's PDFs: CPU seconds, wall
// seconds (pauses left out) and peak resident memory of each pass. A worker's parser waits between
// documents while the cores and storage run, so `--pause-ms` adds that wait after each document.
// Not part of `pnpm bench`; run by hand when changing the parser process's flags:
//   node --import tsx test/bench/parser-passes.ts [--passes 4] [--pause-ms 30] [--flags='--no-incremental-marking']
// `--flags=…` (with the equals sign: its value starts with a dash) replaces the product's V8 flags
// (PARSER_V8_FLAGS); `--flags=` runs V8's defaults.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parserNodeFlags } from '../../services/fetch/src/pdf/pdf-parser-pool.ts';
import { benchPdfs } from './measure/inputs.ts';
import { processCpuSeconds, readRss } from './measure/process-tree.ts';

const { values } = parseArgs({
  options: {
    passes: { type: 'string', default: '4' },
    'pause-ms': { type: 'string', default: '30' },
    flags: { type: 'string' },
    'young-mb': { type: 'string' }, // default: the product's
  },
});
const youngMb = values['young-mb'] === undefined ? undefined : Number(values['young-mb']);
const nodeFlags = parserNodeFlags(512, { youngMb, v8Flags: values.flags?.split(' ').filter(Boolean) });
const pauseMs = Number(values['pause-ms']);
const pdfs = benchPdfs();
const child = fork(fileURLToPath(new URL('../../services/fetch/src/pdf/pdf-text.child.mjs', import.meta.url)), [], {
  execArgv: nodeFlags,
  serialization: 'advanced',
});
const residentMb = (): number => (readRss(child.pid!)?.rss ?? 0) / 1024 / 1024;
let nextId = 0;
const parse = (bytes: Uint8Array): Promise<void> =>
  new Promise((resolve) => {
    const id = ++nextId;
    const onMessage = (message: { id: number }): void => {
      if (message.id !== id) return;
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
    child.send({ id, bytes, maxPages: 500 });
  });

console.log(`${pdfs.length} PDFs, parser process started with [${nodeFlags.join(' ')}], ${pauseMs} ms pause after each document`);
for (let pass = 1; pass <= Number(values.passes); pass++) {
  const cpu = processCpuSeconds(child.pid!) ?? 0;
  let waited = 0;
  let peak = 0;
  const start = performance.now();
  for (const pdf of pdfs) {
    await parse(pdf.bytes);
    peak = Math.max(peak, residentMb());
    if (pauseMs > 0) {
      const before = performance.now();
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      waited += performance.now() - before;
    }
  }
  const wall = (performance.now() - start - waited) / 1000;
  console.log(`pass ${pass}: ${((processCpuSeconds(child.pid!) ?? 0) - cpu).toFixed(2)} CPU-s, ${wall.toFixed(2)} s working, peak RSS ${peak.toFixed(0)} MB`);
}
child.kill();
