#!/usr/bin/env node
import { Command, Option } from 'commander';
import { createLogger, parseEnv } from '@palermo/pipeline';
import type { CommandContext } from './commands/command-context.ts';
import { documentCommand } from './commands/document.command.ts';
import { factsCommand, type FactsOptions } from './commands/facts.command.ts';
import { ingestCommand } from './commands/ingest.command.ts';
import { statusCommand } from './commands/status.command.ts';
import { workCommand } from './commands/work.command.ts';

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

/** Runs a command and exits with its code; an unexpected error is one readable line, not a trace. */
function run(command: (ctx: CommandContext) => Promise<number>): () => Promise<void> {
  return async () => {
    let code: number;
    try {
      code = await command(context());
    } catch (error) {
      process.stderr.write(`palermo: ${describeError(error)}\n`);
      code = 1;
    }
    process.exit(code);
  };
}

const program = new Command('palermo').description('Facts with provenance from UN reports on trafficking in persons');

program
  .command('ingest')
  .description('ingest reports: files, folders (walked) and http(s) URLs')
  .argument('<sources...>', 'files, folders or URLs')
  .option('--wait', 'wait until every document is done or failed (runs the stages here if no workers run elsewhere)')
  .action((sources: string[], options: { wait?: boolean }) => run((ctx) => ingestCommand(sources, options, ctx))());

program
  .command('work')
  .description('run the workers of all stages, or of the stages named, until SIGINT/SIGTERM')
  .argument('[stages...]', 'fetch, clean, segment, extract-figures, index')
  .action((stages: string[]) => run((ctx) => workCommand(stages, ctx))());

program
  .command('facts')
  .description('print the stored facts')
  .option('--kind <kind>', 'treaty_parties, treaty_action, money, count, percentage, duration')
  .option('--document <id>', 'a document id or its first characters')
  .option('--instrument <instrument>', 'e.g. trafficking_protocol')
  .option('--fund <fund>', 'e.g. trafficking_victims_trust_fund')
  .option('--measure <measure>', 'e.g. grants_awarded')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl', 'csv']).default('table'))
  .action((options: FactsOptions) => run((ctx) => factsCommand(options, ctx))());

program
  .command('status')
  .description("each queue's counts and each document's stage, status and last error")
  .option('--json', 'as JSON')
  .action((options: { json?: boolean }) => run((ctx) => statusCommand(options, ctx))());

program
  .command('document')
  .description("a document's metadata, outline, footnotes, warnings and the corrections made")
  .argument('<ref>', 'a document id (or its first characters) or the source it came from')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .action((ref: string, options: { format: 'text' | 'json' }) => run((ctx) => documentCommand(ref, options, ctx))());

await program.parseAsync(process.argv);
