import { z } from 'zod';

/**
 * One text item as pdf.js reports it, in page space with the origin at the top left and y going
 * down: `y` is the baseline, `x` the left edge, `fontSize` the size the text is drawn at.
 */
export const PdfItem = z.object({
  str: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  fontSize: z.number(),
  fontName: z.string(),
  fontFamily: z.string(),
  eol: z.boolean(),
  rotated: z.boolean(),
});
export type PdfItem = z.infer<typeof PdfItem>;

/** One page's size and text items, in the order pdf.js returned them. */
export const PdfPage = z.object({
  width: z.number(),
  height: z.number(),
  items: z.array(PdfItem),
});
export type PdfPage = z.infer<typeof PdfPage>;

/**
 * One page as the parser process sends it: its items as columns, item `i` being `str[i]`,
 * `numbers[5i..5i+4]` (x, y, width, height, fontSize), `flags[i]` (1: end of line, 2: rotated) and
 * `font[i]`, an index into `fontNames` and `fontFamilies`. Typed arrays cross the channel as raw
 * bytes; an object per item cost the parent a deserialisation and a validation per property.
 */
export const PdfPageColumns = z
  .object({
    width: z.number(),
    height: z.number(),
    str: z.array(z.string()),
    numbers: z.instanceof(Float64Array),
    flags: z.instanceof(Uint8Array),
    font: z.instanceof(Uint32Array),
    fontNames: z.array(z.string()),
    fontFamilies: z.array(z.string()),
  })
  .refine(
    (page) =>
      page.numbers.length === page.str.length * 5 &&
      page.flags.length === page.str.length &&
      page.font.length === page.str.length &&
      page.fontFamilies.length === page.fontNames.length &&
      page.font.every((index) => index < page.fontNames.length) &&
      page.numbers.every(Number.isFinite),
    'columns of unequal lengths, a font index out of range or a number that is not finite',
  );
export type PdfPageColumns = z.infer<typeof PdfPageColumns>;

/** The parser process's answer to one document. */
export const PdfParseReply = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), pages: z.array(PdfPageColumns) }),
  z.object({ id: z.number().int(), ok: z.literal(false), name: z.string(), message: z.string() }),
]);
export type PdfParseReply = z.infer<typeof PdfParseReply>;

/** A page's columns as the items the layout core reads. */
export function pageFromColumns(page: PdfPageColumns): PdfPage {
  const items: PdfItem[] = page.str.map((str, i) => ({
    str,
    x: page.numbers[i * 5]!,
    y: page.numbers[i * 5 + 1]!,
    width: page.numbers[i * 5 + 2]!,
    height: page.numbers[i * 5 + 3]!,
    fontSize: page.numbers[i * 5 + 4]!,
    fontName: page.fontNames[page.font[i]!]!,
    fontFamily: page.fontFamilies[page.font[i]!]!,
    eol: (page.flags[i]! & 1) !== 0,
    rotated: (page.flags[i]! & 2) !== 0,
  }));
  return { width: page.width, height: page.height, items };
}
