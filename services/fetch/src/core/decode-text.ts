import iconv from 'iconv-lite';

/** The encodings text sources are read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text read from bytes: how it was decoded and how many NUL characters were taken out. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  nulRemoved: number;
}

/**
 * The encoding of text bytes: a byte-order mark first (UTF-8, UTF-16 LE/BE), then UTF-16 told by
 * its zero bytes, then UTF-8 when valid, else Windows-1252 (a superset of Latin-1), the usual
 * encoding of older French files.
 */
export function sniffEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const unmarked = utf16ByZeros(bytes);
  if (unmarked) return unmarked;
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Decodes text bytes in their sniffed encoding (byte-order mark dropped) with line ends made
 * `\n`; NUL characters never reach storage: they are removed and counted, for the caller to report.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = sniffEncoding(bytes);
  // iconv-lite rather than TextDecoder: Node builds without full ICU lack UTF-16BE and decode
  // 0x80–0x9F as Latin-1 instead of Windows-1252.
  const decoded = encoding === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) : iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  let nulRemoved = 0;
  const text = decoded
    .replace(/\u0000+/g, (run) => {
      nulRemoved += run.length;
      return '';
    })
    .replace(/\r\n?/g, '\n');
  return { text, encoding, nulRemoved };
}

/** UTF-16 without a byte-order mark: zero high bytes on one side of most pairs, none on the other. */
function utf16ByZeros(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
