import { basename } from 'node:path';
import { sourceLabel } from '@palermo/storage';
import { retryDocument, retryIngestion } from '../retry.ts';
import { openRuntime } from '../runtime.ts';
import type { CommandContext } from './command-context.ts';
import { findOneDocument } from './find-document.ts';

/** `palermo retry <document>` or `palermo retry --failed`: failed work back in its queue. */
export async function retryCommand(ref: string | undefined, options: { failed?: boolean }, { env, log, out }: CommandContext): Promise<number> {
  if (!ref === !options.failed) {
    out.error('name one document, or give --failed to retry every failed document and source');
    return 2;
  }
  const runtime = await openRuntime(env, log);
  try {
    if (ref) {
      const document = await findOneDocument(runtime.storage, ref, out);
      if (!document) return 1;
      if (document.status !== 'failed') {
        out.error(`${document.id.slice(0, 12)} is ${document.stage} ${document.status}, not failed: nothing to retry`);
        return 1;
      }
      await retryDocument(runtime, document);
      out.info(`retrying ${document.id.slice(0, 12)} (${basename(document.source)}) from ${document.stage}`);
      return 0;
    }
    const documents = (await runtime.storage.documents.list()).filter((d) => d.status === 'failed');
    for (const document of documents) {
      await retryDocument(runtime, document);
      out.info(`retrying ${document.id.slice(0, 12)} (${basename(document.source)}) from ${document.stage}`);
    }
    // Sources that failed before any document existed (unreadable, empty, unsupported).
    const ingestions = (await runtime.storage.ingestions.list({ limit: 10_000 })).filter((i) => i.status === 'failed' && !i.documentId);
    for (const ingestion of ingestions) {
      await retryIngestion(runtime, ingestion);
      out.info(`retrying source ${sourceLabel(ingestion.source)}`);
    }
    out.info(`${documents.length + ingestions.length} retried`);
    return 0;
  } finally {
    await runtime.close();
  }
}
