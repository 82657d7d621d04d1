// Symbols sources' state against the embedded database (in memory): where a series stands, what an
// edition keeps across runs, and language editions linked by symbol before anything is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../open-storage.ts';

const EN = 'e'.repeat(64);
const FR = 'f'.repeat(64);
const FR2 = 'a'.repeat(64);

describe('SymbolSourcesRepository', () => {
  let storage: Storage;

  beforeAll(async () => {
    storage = await openStorage({ dataDir: null });
  }, 120_000); // PGlite takes seconds to open, more on a loaded machine
  afterAll(async () => {
    await storage.close();
  });

  it('remembers where a series stands; the time of the last find moves only with the find', async () => {
    const state = { source: 's', series: 'A/RES/80/{n}', nextNumber: 230, lastFound: 'A/RES/80/229', lastRunFound: ['A/RES/80/229 (en)'], waitingFor: ['A/RES/80/230'] };
    await storage.symbols.saveSeries(state);
    const first = await storage.symbols.series('s', 'A/RES/80/{n}');
    expect(first).toMatchObject({ nextNumber: 230, lastFound: 'A/RES/80/229', lastRunFound: ['A/RES/80/229 (en)'], waitingFor: ['A/RES/80/230'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await storage.symbols.saveSeries({ ...state, lastRunFound: [] });
    const second = await storage.symbols.series('s', 'A/RES/80/{n}');
    expect(second?.lastFoundAt).toEqual(first?.lastFoundAt);
    expect(second?.lastRunAt?.getTime()).toBeGreaterThan(first!.lastRunAt!.getTime());
    expect(await storage.symbols.listSeries('other')).toEqual([]);
  });

  it('keeps an edition\'s document while it is unavailable', async () => {
    await storage.symbols.saveEdition('s', 'A/RES/80/{n}', { symbol: 'A/RES/80/228', language: 'en', status: 'stored', reason: null, documentId: EN });
    await storage.symbols.saveEdition('s', 'A/RES/80/{n}', { symbol: 'A/RES/80/228', language: 'en', status: 'error', reason: 'HTTP 503, will retry', documentId: null });
    expect(await storage.symbols.editions('s', 'A/RES/80/{n}')).toEqual([{ symbol: 'A/RES/80/228', language: 'en', status: 'error', reason: 'HTTP 503, will retry', documentId: EN }]);
  });

  it('links language editions by symbol, the latest document of each, and hints the ingestion', async () => {
    const ingestion = await storage.ingestions.create({ type: 'url', url: 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F80%2F228&l=F&t=pdf' }, { contentSha256: FR });
    await storage.symbols.linkDocument(EN, { symbol: 'A/RES/80/228', language: 'en' }, null);
    await storage.symbols.linkDocument(FR, { symbol: 'A/RES/80/228', language: 'fr' }, ingestion.id);
    expect(await storage.symbols.hintOf(ingestion.id)).toEqual({ symbol: 'A/RES/80/228', language: 'fr' });
    expect(await storage.symbols.editionsOf(EN)).toEqual([
      { symbol: 'A/RES/80/228', language: 'en', documentId: EN },
      { symbol: 'A/RES/80/228', language: 'fr', documentId: FR },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await storage.symbols.linkDocument(FR2, { symbol: 'A/RES/80/228', language: 'fr' }, null); // a corrected French edition
    expect((await storage.symbols.editionsOf(FR)).find((e) => e.language === 'fr')?.documentId).toBe(FR2);
    expect(await storage.symbols.editionsOf('0'.repeat(64))).toEqual([]);
  });
});
