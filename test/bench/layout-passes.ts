// The layout core alone over the bench's PDFs: each PDF is read once by the product's parser pool,
// then `layoutPdf` runs over every PDF's items `--passes` times in this process, printing the CPU
// of each pass and a hash of the layout (the same in every pass, and across commits when the
// layout's output must not change). Not part of `pnpm bench`; run by hand when changing the layout:
//   node --import tsx test/bench/layout-passes.ts [--passes 5]
// With `--trace-deopt --trace-opt` before `--import`, V8 prints what it deoptimises and recompiles.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PdfParserPool } from '../../services/fetch/src/pdf/pdf-parser-pool.ts';
import type { PdfPage } from '../../services/fetch/src/pdf/pdf-items.ts';
import { layoutPdf } from '../../services/fetch/src/pdf/layout/pdf-layout.ts';
import { benchPdfs } from './measure/inputs.ts';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '5' } } });
const pool = new PdfParserPool({ processes: 1, maxDocuments: 1000, maxMemoryMb: 1024 });
const documents: PdfPage[][] = [];
for (const pdf of benchPdfs()) {
  const outcome = await pool.parse({ bytes: pdf.bytes, maxPages: 2000, timeoutMs: 120_000 });
  if (outcome.kind === 'pages') documents.push(outcome.pages);
  else console.error(`${pdf.name}: ${outcome.kind}`);
}
pool.close();
for (let pass = 1; pass <= Number(values.passes); pass++) {
  const hash = createHash('sha256');
  const started = process.cpuUsage();
  const laidOut = documents.map((pages) => layoutPdf(pages));
  const used = process.cpuUsage(started);
  for (const layout of laidOut) hash.update(JSON.stringify(layout));
  console.log(`pass ${pass}: ${((used.user + used.system) / 1e6).toFixed(2)} CPU-s for ${documents.length} PDFs, layout sha256 ${hash.digest('hex').slice(0, 16)}`);
}
