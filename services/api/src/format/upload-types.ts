import { extname } from 'node:path';

/** The file types the fetch stage reads, by extension, with the media types a client may send for them. */
const ACCEPTED: Readonly<Record<string, readonly string[]>> = {
  '.pdf': ['application/pdf'],
  '.txt': ['text/plain'],
  '.md': ['text/markdown', 'text/x-markdown', 'text/plain'],
  '.html': ['text/html'],
  '.htm': ['text/html'],
};

// Clients that do not know a type send these; the extension decides then.
const GENERIC = new Set(['application/octet-stream', '']);

/** Why an uploaded file is refused, or null when its name and declared type are ones we read. */
export function uploadProblem(filename: string, mimetype: string): string | null {
  const extension = extname(filename).toLowerCase();
  const types = ACCEPTED[extension];
  if (!types) return `${filename || 'the file'}: unsupported type; send .pdf, .txt, .md or .html`;
  const declared = mimetype.split(';')[0]!.trim().toLowerCase();
  if (!GENERIC.has(declared) && !types.includes(declared)) return `${filename}: declared as ${declared}, which does not match its extension ${extension}`;
  return null;
}

/** A file name safe to keep on disk: letters, digits, dot, dash and underscore, at most 80 characters. */
export function safeFileName(filename: string): string {
  const cleaned = filename.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '').slice(-80);
  return cleaned || 'upload';
}
