import { constants, inflateSync } from 'node:zlib';

// poppler's pdftotext keeps a control character of a text layer except two: U+0000, which its
// character maps use for "no character", is dropped, and U+0085 (NEXT LINE) is read as a word gap
// (measured on poppler 22.12, every C0 and C1 control alone; all other controls reach its output
// and are recorded as pdf.js's are). pdf.js keeps both, and the fetch stage records each one as a
// correction. A text layer gets them from its fonts' ToUnicode maps, which this reads.
// poppler also reads every white-space glyph that is not ASCII as a word gap (measured alone in a
// word, each of U+00A0, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000; it keeps U+1680, U+180E
// and the format characters U+00AD, U+200B–200D, U+2060, U+FEFF): a French "3 500" or "%" lost its
// no-break space unseen, where pdf.js (patched, patches/pdfjs-dist@5.4.296.patch) keeps it.
const LOST = [0x0000, 0x0085, 0x00a0, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];

// A stream's dictionary is short; this much before `stream` holds it.
const DICTIONARY_WINDOW = 2048;
// A ToUnicode map is small (a few KB, a few hundred KB for a large CJK font): a larger stream is
// not one, and none is inflated past this (a deflate bomb stops here).
const MAX_STREAM_BYTES = 4 << 20;
// `begincmap` comes within a CMap's first few hundred characters (after its /CIDInit, CIDSystemInfo and name).
const HEAD_BYTES = 1024;
const NOT_A_MAP = /\/(Length1|Subtype|Type\s*\/(XObject|ObjStm|XRef|Metadata|EmbeddedFile)|DCTDecode|JPXDecode|CCITTFaxDecode|JBIG2Decode|LZWDecode|ASCII85Decode|ASCIIHexDecode|RunLengthDecode|Crypt)\b/;

/**
 * Whether a PDF's fonts may give its text layer a character pdftotext loses (`LOST`):
 * whether one of its ToUnicode maps, stored as they nearly always are (unfiltered or deflated),
 * maps a character code to one. A map in an encrypted PDF, or under another filter, is not seen.
 * Cheap (a scan of the bytes and an inflate of each small stream): run on every document.
 */
export function mapsLostCharacters(bytes: Uint8Array): boolean {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = pdf.toString('latin1');
  for (const start of latin1.matchAll(/stream\r?\n/g)) {
    const begin = start.index + start[0].length;
    const before = latin1.slice(Math.max(0, start.index - 10), start.index);
    if (before.endsWith('end') || !before.includes('>>')) continue; // "endstream", or not after a dictionary
    const end = latin1.indexOf('endstream', begin);
    if (end < 0 || end - begin > MAX_STREAM_BYTES) continue;
    const dictionary = latin1.slice(Math.max(0, start.index - DICTIONARY_WINDOW), start.index);
    const ownDictionary = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (NOT_A_MAP.test(ownDictionary)) continue;
    const body = pdf.subarray(begin, end);
    const deflated = /\/FlateDecode/.test(ownDictionary);
    // A CMap says so in its first lines: a page's contents is not inflated past its start.
    if (!(deflated ? inflated(body.subarray(0, HEAD_BYTES)) : body.subarray(0, HEAD_BYTES).toString('latin1'))?.includes('begincmap')) continue;
    const text = deflated ? inflated(body) : body.toString('latin1');
    if (text && mapsTo(text, LOST)) return true;
  }
  return false;
}

/** The stream inflated, as far as `body` goes (a head inflates to the stream's start). */
function inflated(body: Buffer): string | null {
  try {
    return inflateSync(body, { maxOutputLength: MAX_STREAM_BYTES, finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');
  } catch {
    return null; // damaged, or larger than any map
  }
}

/**
 * Whether a CMap's bfchar or bfrange entries give one of `targets` (UTF-16 units). Code 0 given
 * U+0000 is left out: that is the .notdef glyph, which pdfkit and others map so in every font
 * (the seeds' renderings do), and which a page draws only for a character its font lacks.
 */
function mapsTo(cmap: string, targets: number[]): boolean {
  const gives = (code: number, dst: number[]) => !(code === 0 && dst.length === 1 && dst[0] === 0) && dst.some((unit) => targets.includes(unit));
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of section[1]!.matchAll(/<([\s\dA-Fa-f]*)>\s*<([\s\dA-Fa-f]*)>/g)) {
      if (gives(code(pair[1]!), units(pair[2]!))) return true;
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of section[1]!.matchAll(/<([\s\dA-Fa-f]*)>\s*<([\s\dA-Fa-f]*)>\s*(<[\s\dA-Fa-f]*>|\[[^\]]*\])/g)) {
      const low = code(range[1]!);
      const span = code(range[2]!) - low;
      if (range[3]!.startsWith('[')) {
        if ([...range[3]!.matchAll(/<([\s\dA-Fa-f]*)>/g)].some((dst, index) => gives(low + index, units(dst[1]!)))) return true;
        continue;
      }
      // Code low + k gives the destination with its last unit plus k; the other units stay.
      const first = units(range[3]!.slice(1, -1));
      const last = first.pop() ?? 0;
      if (first.some((unit) => targets.includes(unit))) return true;
      if (targets.some((target) => target >= last && target - last <= span && gives(low + target - last, [...first, target]))) return true;
    }
  }
  return false;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

const hex = (digits: string): string => digits.replace(/\s/g, '') || '0';
const code = (digits: string): number => parseInt(hex(digits), 16);
const units = (digits: string): number[] => hex(digits).match(/.{1,4}/g)!.map((unit) => parseInt(unit, 16));
