// Run by cores.ts's inProcessRun: every core on the bench's PDFs in this process, then exit.
import { runEveryCore } from './cores.ts';
import { benchPdfs } from './inputs.ts';

await runEveryCore(benchPdfs());
process.exit(0);
