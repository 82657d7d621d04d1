import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CorruptPdfError, EncryptedPdfError, NoTextError, PdfLimitError } from '../errors.ts';

/** The fences around one PDF parse. */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
  maxMemoryMb: number;
}

type ChildReply = { ok: true; pages: string[] } | { ok: false; name: string; message: string };

const CHILD = fileURLToPath(new URL('./pdf-text.child.mjs', import.meta.url));

/**
 * Reads a PDF's text in a child process with a byte cap, a page cap, a deadline and a heap cap
 * enforced from outside; pages are joined with form feeds. `label` names the document in errors.
 */
export async function extractPdfText(bytes: Uint8Array, limits: PdfLimits, label: string, documentId: string): Promise<{ text: string; pageCount: number }> {
  if (bytes.byteLength > limits.maxBytes) {
    throw new PdfLimitError(`${label}: PDF of ${bytes.byteLength} bytes, more than the limit of ${limits.maxBytes} (PDF_MAX_BYTES)`, documentId);
  }
  const reply = await runChild(bytes, limits, label, documentId);
  if (!reply.ok) throw classify(reply, label, documentId);
  const text = reply.pages.join('\f');
  if (text.replace(/\s+/g, '').length === 0) {
    throw new NoTextError(`${label}: the PDF has no text layer (a scan needs OCR first)`, documentId);
  }
  return { text, pageCount: reply.pages.length };
}

function runChild(bytes: Uint8Array, limits: PdfLimits, label: string, documentId: string): Promise<ChildReply> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      execArgv: [`--max-old-space-size=${limits.maxMemoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let reply: ChildReply | null = null;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new PdfLimitError(`${label}: PDF parsing took more than ${limits.timeoutMs} ms (PDF_TIMEOUT_MS)`, documentId));
    }, limits.timeoutMs);
    child.once('message', (message) => {
      reply = message as ChildReply;
    });
    child.once('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(deadline);
      if (reply) return resolve(reply);
      if (signal === 'SIGKILL') return; // the deadline already rejected
      const memory = /heap out of memory|Allocation failed/i.test(stderr);
      reject(new PdfLimitError(`${label}: the PDF parser ${memory ? `ran out of its ${limits.maxMemoryMb} MB (PDF_MAX_MEMORY_MB)` : `stopped (exit ${code ?? signal})`}`, documentId));
    });
    child.send({ bytes, maxPages: limits.maxPages });
  });
}

function classify(reply: { name: string; message: string }, label: string, documentId: string): Error {
  if (reply.name === 'PasswordException') return new EncryptedPdfError(`${label}: the PDF is encrypted (a password is required)`, documentId);
  if (reply.name === 'PageLimit') return new PdfLimitError(`${label}: PDF of ${reply.message} (PDF_MAX_PAGES)`, documentId);
  return new CorruptPdfError(`${label}: not a readable PDF (${reply.message})`, documentId);
}
