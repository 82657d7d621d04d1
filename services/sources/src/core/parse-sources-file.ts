import cronParser from 'cron-parser';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SourcesFile } from '@palermo/contracts';

/** A sources file that cannot be used, with every problem named. */
export class SourcesFileError extends Error {
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'SourcesFileError';
  }
}

/** Parses and validates a sources file (YAML or JSON); every error names the file and the field. */
export function parseSourcesFile(text: string, path: string): SourcesFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new SourcesFileError(path, `not valid YAML: ${(error as Error).message}`);
  }
  const result = SourcesFile.safeParse(data ?? {});
  if (!result.success) throw new SourcesFileError(path, `\n${z.prettifyError(result.error)}`);
  for (const source of result.data.sources) {
    if (source.cron === undefined) continue;
    try {
      cronParser.parseExpression(source.cron);
    } catch (error) {
      throw new SourcesFileError(path, `source ${source.name}: cron "${source.cron}" is not a valid pattern (${(error as Error).message})`);
    }
  }
  return result.data;
}
