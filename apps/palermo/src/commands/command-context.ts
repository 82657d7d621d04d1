import type { Logger, PalermoEnv } from '@palermo/pipeline';

/** Where a command writes for people (stdout) and for operators (stderr). */
export interface Output {
  info(line: string): void;
  error(line: string): void;
  write(text: string): void;
}

/** What every command is given by the entry point. */
export interface CommandContext {
  env: PalermoEnv;
  log: Logger;
  out: Output;
}
