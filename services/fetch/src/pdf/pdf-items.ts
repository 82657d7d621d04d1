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

/** The parser process's answer to one document. */
export const PdfParseReply = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), pages: z.array(PdfPage) }),
  z.object({ id: z.number().int(), ok: z.literal(false), name: z.string(), message: z.string() }),
]);
export type PdfParseReply = z.infer<typeof PdfParseReply>;
