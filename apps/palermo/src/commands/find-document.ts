import type { DocumentRecord } from '@palermo/contracts';
import type { Storage } from '@palermo/storage';
import type { Output } from './command-context.ts';

/** The one document `ref` (an id, its first characters, or a source) names; null after saying why not. */
export async function findOneDocument(storage: Storage, ref: string, out: Output): Promise<DocumentRecord | null> {
  const matches = await storage.documents.find(ref);
  if (matches.length === 1) return matches[0]!;
  out.error(matches.length === 0 ? `no document matches ${ref}` : `${ref} matches ${matches.length} documents: ${matches.map((d) => d.id.slice(0, 12)).join(', ')}`);
  return null;
}
