#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { createLogger, parseEnv } from '@palermo/pipeline';
import type { CommandContext } from './commands/command-context.ts';
import type { FactsOptions } from './commands/facts.command.ts';
import type { TimelineOptions } from './commands/timeline.command.ts';
import { tuneTiering, type Lifetime } from './v8-tiering.ts';

/** Builds the command context once: configuration parsed at the edge, one root logger. */
function context(): CommandContext {
  const env = parseEnv();
  const log = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  return {
    env,
    log,
    out: {
      info: (line) => process.stdout.write(`${line}\n`),
      error: (line) => process.stderr.write(`${line}\n`),
      write: (text) => process.stdout.write(text),
    },
  };
}

/** One readable line for any thrown value (some libraries throw plain objects). */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) return 'message' in error ? String(error.message) : JSON.stringify(error);
  return String(error);
}

/**
 * Runs a command and exits with its code; each command's module is imported when it runs, so a
 * process loads only what its command needs (a worker never loads the API, nor a stage another's).
 * An unexpected error is one readable line, not a trace. How long the command lives decides how
 * much V8 optimises (v8-tiering.ts).
 */
function run(command: (ctx: CommandContext) => Promise<number>, lifetime: Lifetime = 'brief'): () => Promise<void> {
  return async () => {
    tuneTiering(lifetime);
    let code: number;
    try {
      code = await command(context());
    } catch (error) {
      process.stderr.write(`palermo: ${describeError(error)}\n`);
      code = 1;
    }
    // stdout to a pipe is asynchronous: exiting before it drains would cut the output short.
    await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    process.exit(code);
  };
}

// A reader that stops early (`palermo facts | head`) closes the pipe: the rest of the output is
// dropped, and the command ends as it would have (an ingest still finishes its documents).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

/** `--documents`: a count, or `all`. */
function documentsShown(value: string): number | 'all' {
  if (value === 'all') return value;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('a whole number, or all');
  return count;
}

const program = new Command('palermo').description('Facts with provenance from UN reports on trafficking in persons');

program
  .command('ingest')
  .description('ingest reports: files, folders (walked) and http(s) URLs')
  .argument('<sources...>', 'files, folders or URLs')
  .option('--wait', 'wait until every document is done or failed (runs the stages here if no workers run elsewhere)')
  .action((sources: string[], options: { wait?: boolean }) => run(async (ctx) => (await import('./commands/ingest.command.ts')).ingestCommand(sources, options, ctx), options.wait ? 'long' : 'brief')());

program
  .command('work')
  .description('run the workers of all stages, or of the stages named, until SIGINT/SIGTERM')
  .argument('[stages...]', 'fetch, clean, segment, extract-figures, index')
  .action((stages: string[]) => run(async (ctx) => (await import('./commands/work.command.ts')).workCommand(stages, ctx), 'long')());

program
  .command('facts')
  .description('print the stored facts')
  .option('--kind <kind>', 'treaty_parties, treaty_action, money, count, percentage, duration')
  .option('--document <id>', 'a document id or its first characters')
  .option('--instrument <instrument>', 'e.g. trafficking_protocol')
  .option('--fund <fund>', 'e.g. trafficking_victims_trust_fund')
  .option('--measure <measure>', 'e.g. grants_awarded')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl', 'csv']).default('table'))
  .action((options: FactsOptions) => run(async (ctx) => (await import('./commands/facts.command.ts')).factsCommand(options, ctx))());

program
  .command('status')
  .description("each queue's counts, each stage's durations and pace, and the documents' stage, status and last error")
  .option('--json', 'as JSON (every document)')
  .option('--documents <count>', 'documents shown of each status, the most recently updated (default 20), or all', documentsShown)
  .action((options: { json?: boolean; documents?: number | 'all' }) => run(async (ctx) => (await import('./commands/status.command.ts')).statusCommand(options, ctx))());

program
  .command('document')
  .description("a document's metadata, outline, footnotes, warnings and the corrections made")
  .argument('<ref>', 'a document id (or its first characters) or the source it came from')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .action((ref: string, options: { format: 'text' | 'json' }) => run(async (ctx) => (await import('./commands/document.command.ts')).documentCommand(ref, options, ctx))());

program
  .command('serve')
  .description('run the HTTP API (API_HOST:API_PORT) and, unless --no-workers, the workers of every stage')
  .option('--no-workers', 'the API alone; workers run elsewhere')
  .action((options: { workers: boolean }) => run(async (ctx) => (await import('./commands/serve.command.ts')).serveCommand(options, ctx), 'long')());

program
  .command('retry')
  .description('put a failed document (or, with --failed, every failed document and source) back in its queue')
  .argument('[document]', 'a document id (or its first characters) or the source it came from')
  .option('--failed', 'every failed document and source')
  .action((ref: string | undefined, options: { failed?: boolean }) => run(async (ctx) => (await import('./commands/retry.command.ts')).retryCommand(ref, options, ctx))());

program
  .command('reprocess')
  .description('run stored documents through the pipeline again from a stage, without fetching them; each stage redoes only what its current version has not done')
  .option('--from <stage>', 'fetch (the text read again from the stored bytes), clean, segment, extract-figures, index', 'fetch')
  .option('--document <document>', 'a document id (or its first characters) or the source it came from')
  .option('--all', 'every stored document')
  .option('--wait', 'wait until they are done (runs the stages here if no workers run elsewhere)')
  .action((options: { from?: string; document?: string; all?: boolean; wait?: boolean }) => run(async (ctx) => (await import('./commands/reprocess.command.ts')).reprocessCommand(options, ctx), options.wait ? 'long' : 'brief')());

program
  .command('pause')
  .description("pause a stage's queue for every worker (jobs in flight finish)")
  .argument('<stage>', 'fetch, clean, segment, extract-figures, index')
  .action((stage: string) => run(async (ctx) => (await import('./commands/queue-control.command.ts')).queueControlCommand('pause', stage, ctx))());

program
  .command('resume')
  .description("resume a paused stage's queue")
  .argument('<stage>', 'fetch, clean, segment, extract-figures, index')
  .action((stage: string) => run(async (ctx) => (await import('./commands/queue-control.command.ts')).queueControlCommand('resume', stage, ctx))());

program
  .command('history')
  .description("every attempt of every stage on a document: outcome, timing, error")
  .argument('<document>', 'a document id (or its first characters) or the source it came from')
  .option('--json', 'as JSON')
  .action((ref: string, options: { json?: boolean }) => run(async (ctx) => (await import('./commands/history.command.ts')).historyCommand(ref, options, ctx))());

program
  .command('timeline')
  .description('a time series across every ingested report: treaty-parties (per instrument) or fund (per measure)')
  .argument('<series>', 'treaty-parties or fund')
  .option('--instrument <instrument>', 'treaty-parties: e.g. trafficking_protocol, organized_crime_convention')
  .option('--fund <fund>', 'fund: e.g. trafficking_victims_trust_fund')
  .option('--measure <measure>', 'fund: e.g. received_since_creation, grants_awarded, annual_target')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
  .action((series: string, options: TimelineOptions) => run(async (ctx) => (await import('./commands/timeline.command.ts')).timelineCommand(series, options, ctx))());

const sources = program
  .command('sources')
  .description('the sources declared in SOURCES_FILE: schedule, last run, next run, what each run found')
  .option('--json', 'as JSON')
  .action((options: { json?: boolean }) => run(async (ctx) => (await import('./commands/sources.command.ts')).sourcesListCommand(options, ctx))());

sources
  .command('run')
  .description('scan sources now, off schedule (all of them when none is named)')
  .argument('[names...]', 'source names from SOURCES_FILE')
  .option('--wait', 'wait for the scans and for the documents they queued')
  .action((names: string[], options: { wait?: boolean }) => run(async (ctx) => (await import('./commands/sources.command.ts')).sourcesRunCommand(names, options, ctx), options.wait ? 'long' : 'brief')());

await program.parseAsync(process.argv);
