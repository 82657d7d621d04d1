import { describe, expect, it } from 'vitest';
import { layoutPage } from '../layout/pdf-layout.ts';
import { bboxPages } from './bbox-items.ts';

// What `pdftotext -bbox-layout` prints (A/RES/80/228, page 1, abridged): boxes run from the
// font's ascent to its descent, 1.107 font sizes for these fonts, the baseline 0.216 above the bottom.
const word = (x0: number, y0: number, x1: number, y1: number, text: string) => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${text}</word>`;
const XHTML = `<html><body><doc>
  <page width="612.000000" height="792.000000">
    <flow><block><line xMin="0" yMin="0" xMax="0" yMax="0">
      ${word(482.08, 38.65782, 496.831578, 60.77568, 'A')}${word(497.08, 47.53218, 552.238251, 58.62432, '/RES/80/228')}
    </line></block></flow>
    <flow><block><line xMin="0" yMin="0" xMax="0" yMax="0">
      ${word(123.38, 666.53218, 171.2, 677.62432, 'Sustainable')}${word(173.223793, 666.53218, 231.615902, 677.62432, 'Development,')}${word(231.98, 666.20632, 235.295492, 673.37968, '1')}${word(238.1, 666.53218, 255.2, 677.62432, 'and')}
    </line>
    <line xMin="0" yMin="0" xMax="0" yMax="0">
      ${word(123.38, 680.53218, 160.1, 691.62432, 'Ro&amp;D')}${word(162.9, 680.53218, 190.3, 691.62432, 'ﬁnds')}${word(192.05, 680.53218, 221.0, 691.62432, 'General')}
    </line></block></flow>
    <flow><block><line xMin="0" yMin="0" xMax="0" yMax="0">${word(20, 300, 31.07, 360, 'Draft')}</line></block></flow>
  </page>
  <page width="612.000000" height="792.000000"></page>
</doc></body></html>`;

describe('bboxPages', () => {
  const pages = bboxPages(XHTML);

  it('reads every page, empty ones included, with its size', () => {
    expect(pages.map((page) => [page.width, page.height, page.items.length])).toEqual([
      [612, 792, 10],
      [612, 792, 0],
    ]);
  });

  it('finds each word’s size and baseline from its box as pdf.js reports them', () => {
    const symbol = pages[0]!.items[1]!;
    expect(symbol.fontSize).toBeCloseTo(10.02, 1); // pdf.js: 10.02 at baseline 56.46
    expect(symbol.y).toBeCloseTo(56.46, 1);
    const marker = pages[0]!.items[4]!;
    expect(marker.fontSize).toBeLessThan(0.85 * pages[0]!.items[3]!.fontSize);
    expect(marker.y).toBeLessThan(pages[0]!.items[3]!.y - 1);
  });

  it('decodes entities and keeps ligatures as printed, as pdf.js does: the clean stage records them', () => {
    expect(pages[0]!.items.map((item) => item.str.trim())).toContain('Ro&D');
    expect(pages[0]!.items.map((item) => item.str.trim())).toContain('ﬁnds');
  });

  it('marks a word set on its side as rotated', () => {
    expect(pages[0]!.items.filter((item) => item.rotated).map((item) => item.str)).toEqual(['Draft']);
  });

  it('gives the layout core words it reads like pdf.js items: no space inside a symbol, a space where the gap is one, markers raised', () => {
    const { lines } = layoutPage(pages[0]!);
    expect(lines).toContain('A/RES/80/228');
    expect(lines).toContain('Sustainable Development,¹ and');
    expect(lines).toContain('Ro&D ﬁnds General');
  });
});
