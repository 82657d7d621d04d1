import { createHash } from 'node:crypto';
import { requestUrl, type UrlLimits } from '@palermo/fetch';
import type { Storage } from '@palermo/storage';

/** What a conditional download came to: unchanged (304, or bytes already known), new bytes stored, or refused by `accept`. */
export type DownloadOutcome =
  | { status: 'unchanged'; sha256: string | null }
  | { status: 'stored'; sha256: string; ingestion: string | null }
  | { status: 'refused'; reason: string };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Downloads one item of a source unless it is unchanged: a conditional request with the item's
 * last validators (ETag, Last-Modified), then the content hash against the item's last hash and
 * the documents already stored. New bytes are stored as a blob and handed to `onChanged` (which
 * records and enqueues the ingestion) before the item's state is saved, so a crash in between
 * downloads them again rather than losing them. `accept` may refuse the bytes (a reason) before
 * anything is stored; a refused answer leaves the item's state as it was.
 */
export async function downloadIfChanged(
  storage: Pick<Storage, 'sources' | 'documents'>,
  source: string,
  url: string,
  limits: UrlLimits,
  options: { onChanged: (sha256: string) => Promise<string | null>; accept?: (bytes: Uint8Array) => string | null },
): Promise<DownloadOutcome> {
  const known = await storage.sources.itemState(source, url);
  const response = await requestUrl(url, limits, known ?? undefined);
  if (response.notModified) {
    await storage.sources.saveItem(source, url, { etag: null, lastModified: null, sha256: null });
    return { status: 'unchanged', sha256: known?.sha256 ?? null };
  }
  const reason = options.accept?.(response.bytes) ?? null;
  if (reason) return { status: 'refused', reason };
  const hash = sha256(response.bytes);
  const changed = hash !== known?.sha256 && !(await storage.documents.exists(hash));
  if (changed) await storage.documents.putBlob(hash, response.bytes);
  const ingestion = changed ? await options.onChanged(hash) : null;
  await storage.sources.saveItem(source, url, { etag: response.etag, lastModified: response.lastModified, sha256: hash });
  return changed ? { status: 'stored', sha256: hash, ingestion } : { status: 'unchanged', sha256: hash };
}
