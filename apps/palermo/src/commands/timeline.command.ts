import { basename } from 'node:path';
import { Fund, Instrument } from '@palermo/contracts';
import { timelinePoints, type TimelinePoint } from '@palermo/api';
import { openStorage } from '@palermo/storage';
import { renderTable } from '../format/table.ts';
import { describeValue } from '../format/value.ts';
import type { CommandContext } from './command-context.ts';

export interface TimelineOptions {
  instrument?: string;
  fund?: string;
  measure?: string;
  format: 'table' | 'jsonl';
}

/**
 * `palermo timeline treaty-parties|fund`: a time series across every ingested report, each
 * point with the document, paragraph and quote it comes from, and its flags.
 */
export async function timelineCommand(series: string, options: TimelineOptions, { env, out }: CommandContext): Promise<number> {
  if (series !== 'treaty-parties' && series !== 'fund') {
    out.error(`unknown series ${series}; the series are treaty-parties and fund`);
    return 2;
  }
  if (options.instrument && !Instrument.safeParse(options.instrument).success) {
    out.error(`unknown instrument ${options.instrument}; the instruments are ${Instrument.options.join(', ')}`);
    return 2;
  }
  if (options.fund && !Fund.safeParse(options.fund).success) {
    out.error(`unknown fund ${options.fund}; the funds are ${Fund.options.join(', ')}`);
    return 2;
  }
  const storage = await openStorage({ databaseUrl: env.DATABASE_URL, dataDir: env.PALERMO_DATA_DIR });
  try {
    const facts = series === 'treaty-parties'
      ? await storage.facts.list({ kind: 'treaty_parties', ...(options.instrument ? { instrument: options.instrument } : {}) })
      : await storage.facts.list({ kind: 'money', ...(options.fund ? { fund: options.fund } : {}), ...(options.measure ? { measure: options.measure } : {}) });
    const points = timelinePoints(facts);
    if (options.format === 'jsonl') {
      for (const point of points) out.write(`${JSON.stringify(point)}\n`);
      return 0;
    }
    if (points.length === 0) {
      out.info('no points');
      return 0;
    }
    const key = (p: TimelinePoint) => (series === 'fund' ? `${p.fund ?? ''} ${p.measure ?? ''}` : p.instrument ?? '');
    out.write(`${renderTable(
      [series === 'fund' ? 'fund, measure' : 'instrument', 'date', 'value', 'document', '¶', 'flags', 'quote'],
      points.map((p) => [key(p), p.date ?? p.period ?? '—', describeValue(p), basename(p.source), p.footnote !== null ? `n${p.footnote}` : String(p.paragraph ?? ''), p.flags.join(' '), p.quote]),
      70,
    )}\n`);
    return 0;
  } finally {
    await storage.close();
  }
}
