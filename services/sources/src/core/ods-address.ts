import { ODS_LANGUAGE_CODES, type SymbolLanguage } from '@palermo/contracts';

/** The address that answers with a document's PDF in one language: `<endpoint>?s=<symbol>&l=<E|F|...>&t=pdf`. */
export function odsAddress(endpoint: string, symbol: string, language: SymbolLanguage): string {
  const url = new URL(endpoint);
  url.searchParams.set('s', symbol);
  url.searchParams.set('l', ODS_LANGUAGE_CODES[language]);
  url.searchParams.set('t', 'pdf');
  return url.href;
}

// Answers that mean "no such document in this language (yet)", as opposed to a fault: the
// endpoint says so with a client error rather than a redirect to the PDF.
const NOT_FOUND_STATUSES = new Set([400, 404, 410]);

/**
 * Why an answer in place of a PDF means "not available" (an HTML page, an error page, anything
 * that is not a PDF), or null when the bytes are a PDF. Only the bytes are trusted, not the
 * content type: an error page served as application/pdf is still an error page.
 */
export function notAPdfReason(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return 'an empty answer, not a PDF';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.trimStart().startsWith('%PDF-')) return null;
  if (/<(!doctype\s+html|html|head|body|title)[\s>]/i.test(head)) return 'an HTML page, not a PDF';
  if (/^\s*[{[]/.test(head)) return 'a JSON answer, not a PDF';
  return 'an answer that is not a PDF';
}

/**
 * The HTTP status of a failed request when it means "not available" (404, 410, 400), else null.
 * Reads a numeric `status` on the error where the fetch package provides one, else the
 * "HTTP <status>" its messages carry.
 */
export function notFoundStatus(error: unknown): number | null {
  const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : Number(/\bHTTP (\d{3})\b/.exec((error as Error).message ?? '')?.[1]);
  return NOT_FOUND_STATUSES.has(status) ? status : null;
}
