import type { PdfItem, PdfPage } from '../pdf-items.ts';

// poppler reports a word's box from its font's ascent to its descent. For the fonts UN documents
// are set in, that box is 1.107 font sizes high and its bottom 0.216 font sizes below the
// baseline (measured against pdf.js on A/RES/80/228); the layout core needs only sizes relative
// to one another, and baselines to a fraction of a size.
const BOX_HEIGHT = 1.107;
const DESCENT = 0.216;

const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
const LINE = /<line [^>]*>([\s\S]*?)<\/line>/g;
const WORD = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/**
 * The pages of `pdftotext -bbox-layout` output as the text items the layout core reads (the
 * fields pdf.js gives it): one item a word. pdf.js's items carry the spaces of the text; poppler's
 * words do not, and poppler also starts a new word where the type changes (a large `A` before
 * `/RES/80/228`) or a glyph is kerned apart (`Dru gs`, `tool s`, `Committee s.`: up to 0.164 of a
 * size). A word is given a space after it when the next one on its line starts 0.165 of a size
 * after it (`the Agency’s`: 0.17; a narrow bold space, `General Assembly`: 0.18), or 0.1 after a
 * word that ends a clause or a quotation (`Peoples’ representatives`: 0.16); smaller gaps are left to the layout core.
 */
export function bboxPages(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const page of xhtml.matchAll(PAGE)) {
    const items: PdfItem[] = [];
    for (const line of page[3]!.matchAll(LINE)) {
      const words = [...line[1]!.matchAll(WORD)];
      words.forEach((word, index) => items.push(wordItem(word, index === words.length - 1, spaced(word, words[index + 1]))));
    }
    pages.push({ width: Number(page[1]), height: Number(page[2]), items });
  }
  return pages;
}

/** A word gap at least this wide (in font sizes) is a space. */
const SPACE = 0.165;
const SPACE_AFTER_PUNCTUATION = 0.1;

function spaced(word: RegExpMatchArray, next: RegExpMatchArray | undefined): boolean {
  // Before a hyphen or a stop, a narrow gap is kerning: the layout core judges it as for pdf.js.
  if (!next || /^[-‐‑–;:,.)\]]/.test(decode(next[5]!))) return false;
  const size = (Number(word[4]) - Number(word[2])) / BOX_HEIGHT;
  const gap = Number(next[1]) - Number(word[3]);
  return gap >= SPACE * size || (/[’”,;:.)\]]$/.test(decode(word[5]!)) && gap >= SPACE_AFTER_PUNCTUATION * size);
}

function wordItem(word: RegExpMatchArray, endsLine: boolean, spaceAfter: boolean): PdfItem {
  const [x0, y0, x1, y1] = [1, 2, 3, 4].map((i) => Number(word[i]));
  const text = decode(word[5]!);
  const width = x1! - x0!;
  const height = y1! - y0!;
  // poppler gives no angle: a word of three or more characters far taller than wide is set on its side.
  const rotated = [...text].length >= 3 && height > 1.5 * width;
  const fontSize = (rotated ? width : height) / BOX_HEIGHT;
  return {
    str: spaceAfter ? `${text} ` : text,
    x: x0!,
    y: rotated ? y1! : y1! - DESCENT * fontSize,
    width,
    height: fontSize,
    fontSize,
    fontName: '',
    fontFamily: '',
    eol: endsLine,
    rotated,
  };
}

function decode(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

