import * as cheerio from 'cheerio';
import { assertHtmlDepth, HTML_MAX_DEPTH } from './html-depth.ts';

const NEVER_TEXT = 'script, style, noscript, template, svg, canvas, iframe, nav, header, footer, aside, form, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]';
const MAIN_CANDIDATES = ['main', '[role=main]', 'article', '#content', '.content', 'body'];
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const BLOCKS = 'p, div, section, article, li, h1, h2, h3, h4, h5, h6, blockquote, tr, dd, dt, pre, br, hr, table, ul, ol';

/**
 * The main content of an HTML page as text: paragraphs separated by blank lines, with scripts,
 * styles, navigation, headers and footers left out. HTML nested deeper than `maxDepth` is
 * refused (HtmlNestingError) before a tree is built: the tree's cost grows with the square of
 * the depth and its walks recurse.
 */
export function htmlToText(html: string, maxDepth = HTML_MAX_DEPTH): string {
  assertHtmlDepth(html, maxDepth);
  const $ = cheerio.load(html);
  $(NEVER_TEXT).remove();
  const main = MAIN_CANDIDATES.map((selector) => $(selector).first()).find((node) => node.length > 0 && node.text().trim().length > 0);
  if (!main) return '';
  // Footnote markers keep their meaning as superscript digits, as in the reports' own text.
  main.find('sup').each((_, element) => {
    const node = $(element);
    const marker = node.text().trim();
    if (/^\d{1,3}$/.test(marker)) node.replaceWith([...marker].map((digit) => SUPERSCRIPT[Number(digit)]).join(''));
  });
  // Mark block boundaries so the text keeps the page's paragraphs.
  main.find(BLOCKS).each((_, element) => {
    const node = $(element);
    if (element.tagName === 'br') node.replaceWith('\n');
    else {
      node.prepend('\n\n');
      node.append('\n\n');
    }
  });
  return main
    .text()
    .split(/\n{2,}/)
    .map((block) => block.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n').replace(/[ \t]+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}
