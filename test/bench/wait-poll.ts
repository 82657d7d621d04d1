// What one poll of `ingest --wait` costs the CLI with N requests unfinished, half of them fetched:
// the two full-record queries it used to make (ingestions.list, documents.getMany) against the one
// it makes (ingestions.progress). Not part of `pnpm bench`; run by hand on an empty database:
//   DATABASE_URL=postgres://… node --import tsx test/bench/wait-poll.ts [N]   (no DATABASE_URL: PGlite in memory)
import { openStorage } from '../../packages/storage/src/open-storage.ts';
const n = Number(process.argv[2] ?? 2000);
const storage = await openStorage({ databaseUrl: process.env.DATABASE_URL, dataDir: null });
const ids: string[] = [];
for (let i = 0; i < n; i++) {
  const ing = await storage.ingestions.create({ type: 'file', path: `/reports/r${i}.pdf` });
  const id = i.toString(16).padStart(64, '0');
  if (i % 2 === 0) {
    await storage.documents.upsert({ id, bytes: new Uint8Array([i & 255]), mediaType: 'application/pdf', source: `/reports/r${i}.pdf`, pipelineVersion: 1 });
    await storage.ingestions.setStatus(ing.id, 'done', { documentId: id });
  }
  ids.push(ing.id);
}
const cpu = async (work: () => Promise<unknown>, times: number): Promise<number> => {
  const t = process.cpuUsage();
  for (let i = 0; i < times; i++) await work();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e3 / times;
};
for (let round = 0; round < 3; round++) {
  const before = await cpu(async () => {
    const ingestions = await storage.ingestions.list({ ids });
    await storage.documents.getMany(ingestions.flatMap((i) => (i.documentId ? [i.documentId] : [])));
  }, 10);
  const after = await cpu(() => storage.ingestions.progress(ids), 10);
  console.log(`${n} requests, one poll, CLI CPU ms: list + getMany ${before.toFixed(1)}, progress ${after.toFixed(1)}`);
}
await storage.close();
