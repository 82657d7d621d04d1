// Run by cores.ts's inProcessRun: every core on the bench's PDFs in this process, `passes` times,
// then exit. After each pass it prints the CPU seconds that pass cost this process and its PDF
// parser processes (they live across passes), so later passes give the floor of a warm process,
// and the parsers' part of it apart: what is left is the cores after parsing.
import { pdfParserPids } from '../../../services/fetch/src/pdf/extract-pdf-text.ts';
import { runEveryCore } from './cores.ts';
import { benchPdfs } from './inputs.ts';
import { processCpuSeconds } from './process-tree.ts';

const parserSeconds = (): number => pdfParserPids().reduce((n, pid) => n + (processCpuSeconds(pid) ?? 0), 0);

const passes = Number(process.argv[2] ?? 1);
const pdfs = benchPdfs();
for (let pass = 0; pass < passes; pass++) {
  const own = process.cpuUsage();
  const parsers = parserSeconds();
  await runEveryCore(pdfs);
  const used = process.cpuUsage(own);
  const parsed = parserSeconds() - parsers;
  console.log(JSON.stringify({ cpuSeconds: (used.user + used.system) / 1e6 + parsed, parserCpuSeconds: parsed }));
}
process.exit(0);
