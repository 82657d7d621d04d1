import { Parser } from 'htmlparser2';

/**
 * The deepest element nesting read. Real reports stay below 50; the tree builder (parse5) costs
 * the square of the depth (16,000 deep: 18 s) and cheerio's walks recurse (the stack overflows
 * near 8,000), while 1,000 deep reads in about a second. Generous, because this scan closes
 * fewer implied elements than a browser does (an unclosed `<p>` inside an `<li>`).
 */
export const HTML_MAX_DEPTH = 1_000;

/** HTML nested deeper than the limit: building and walking its tree would not be linear. */
export class HtmlNestingError extends Error {
  constructor(readonly limit: number) {
    super(`HTML nested more than ${limit} elements deep`);
    this.name = 'HtmlNestingError';
  }
}

/**
 * Throws HtmlNestingError when elements nest deeper than `limit`. One streaming pass with no
 * tree and no recursion, so it is linear in the size of the HTML whatever its shape; implied
 * end tags and void elements are closed as a browser would.
 */
export function assertHtmlDepth(html: string, limit = HTML_MAX_DEPTH): void {
  let depth = 0;
  let tooDeep = false;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > limit && !tooDeep) {
          tooDeep = true;
          parser.pause();
        }
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (tooDeep) throw new HtmlNestingError(limit);
}
