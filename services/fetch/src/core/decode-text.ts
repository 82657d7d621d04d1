import type { Correction } from '@palermo/contracts';
import iconv from 'iconv-lite';

/** The encodings text sources are read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text read from bytes: how it was decoded, and the NUL characters taken out, each at its offset in `text`. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  nulRemoved: number;
  corrections: Correction[];
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
 * `\n`; NUL characters never reach storage: each is removed and recorded as a correction at its
 * offset in the returned text (rule `control-character`, as the PDF reader records them).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = sniffEncoding(bytes);
  // iconv-lite rather than TextDecoder: Node builds without full ICU lack UTF-16BE and decode
  // 0x80–0x9F as Latin-1 instead of Windows-1252.
  const decoded = encoding === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) : iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  const corrections: Correction[] = [];
  let text = '';
  let last = 0;
  // One pass over NULs and line ends together, so that each offset is counted in the final text.
  for (const match of decoded.matchAll(/\u0000|\r\n?/g)) {
    text += decoded.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '\u0000') corrections.push({ offset: text.length, before: 'U+0000', after: '', rule: 'control-character' });
    else text += '\n';
  }
  text += decoded.slice(last);
  return { text, encoding, nulRemoved: corrections.length, corrections };
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
