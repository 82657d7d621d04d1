import type { CleanedText } from '@palermo/contracts';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';

/** The cleaned text with every correction undone, last first: the source's characters back. */
function undo({ text, corrections }: CleanedText): string {
  let out = text;
  for (const c of [...corrections].reverse()) {
    expect(out.slice(c.offset, c.offset + c.after.length)).toBe(c.after);
    out = out.slice(0, c.offset) + c.before + out.slice(c.offset + c.after.length);
  }
  return out;
}

const rules = (cleaned: CleanedText): string[] => cleaned.corrections.map((c) => c.rule);

describe('every change to the source characters is recorded where it is in the cleaned text', () => {
  it('in a French text: apostrophes, curly and straight quotes, spaces, ligatures, hyphens, invisible characters, composition', () => {
    const source =
      'Le rapport de l’Office, intitulé “La traite des personnes”, a été “bien reçu” : il compte 1\u00A0352 victimes, ' +
      'une ﬁn heureuse, la COVID\u201119 et un mot cou\u00ADpé ; il ne dit pas "tout", mais re\u0301sume la situation des États.';
    const cleaned = cleanText(source, { mediaType: 'text/plain' });
    expect(cleaned.text).toContain("l'Office, intitulé « La traite des personnes », a été « bien reçu »");
    expect(cleaned.text).toContain('1 352 victimes, une fin heureuse, la COVID-19 et un mot coupé');
    expect(undo(cleaned)).toBe(source);
    expect(new Set(rules(cleaned))).toEqual(new Set(['apostrophe', 'quote', 'space', 'ligature', 'hyphen', 'invisible-character', 'unicode-composition']));
  });

  it('in an English text: its quotes stay as printed, other characters are recorded', () => {
    const source = 'The Office’s report, entitled “Trafficking in persons”, counts 1\u00A0352 victims of the ﬁrst wave of COVID\u201119 in the region.';
    const cleaned = cleanText(source, { mediaType: 'text/plain' });
    expect(cleaned.text).toContain('The Office’s report, entitled “Trafficking in persons”');
    expect(undo(cleaned)).toBe(source);
    expect(rules(cleaned)).toEqual(['space', 'ligature', 'hyphen']);
  });

  it('through Markdown, joined lines and dropped furniture', () => {
    const source = '**Rapport de l’Office**\n\nA/78/140\n\n1. Le texte cite “la traite\ndes personnes” et l’ONUDC,\nqui le confirme.\n\n2. Fin.\n';
    const cleaned = cleanText(source, { mediaType: 'text/markdown' });
    expect(cleaned.text).toBe("Rapport de l'Office\n\n1. Le texte cite « la traite des personnes » et l'ONUDC, qui le confirme.\n\n2. Fin.");
    expect(cleaned.corrections.map((c) => [c.rule, cleaned.text.slice(c.offset - 3, c.offset + c.after.length + 3)])).toEqual([
      ['apostrophe', "e l'Off"],
      ['quote', 'te « la '],
      ['quote', 'nes » et'],
      ['apostrophe', "t l'ONU"],
    ]);
  });

  it('joins the word a soft hyphen cuts at the end of a line of a PDF, and records the soft hyphen', () => {
    // As the patched pdf.js reads a printed soft hyphen and a narrow no-break space (LAYOUT.md).
    const raw = '1. La lutte contre l’exploi\u00AD\ntation des personnes concerne 3\u202F500\u202F000 victimes, soit 12\u202F%.';
    const cleaned = cleanText(raw, { mediaType: 'application/pdf' });
    expect(cleaned.text).toBe("1. La lutte contre l'exploitation des personnes concerne 3 500 000 victimes, soit 12 %.");
    expect(cleaned.corrections.map((c) => [c.rule, cleaned.text.slice(c.offset - 3, c.offset + c.after.length + 3)])).toEqual([
      ['apostrophe', "e l'exp"],
      ['invisible-character', 'loitat'],
      ['space', 'e 3 500'],
      ['space', '500 000'],
      ['space', ' 12 %.'],
    ]);
    expect(undo(cleaned)).toBe(raw.replace('\n', ''));
  });

  it('reads Unicode line and paragraph separators inside a line as word gaps, and records them', () => {
    const raw = '1. La traite des personnes\u2028concerne 3 500 victimes\u2029dans la région.\n\n2. Fin du rapport.';
    for (const mediaType of ['text/plain', 'application/pdf'] as const) {
      const cleaned = cleanText(raw, { mediaType });
      expect(cleaned.text).toBe('1. La traite des personnes concerne 3 500 victimes dans la région.\n\n2. Fin du rapport.');
      expect(cleaned.corrections.map((c) => [c.rule, c.before])).toEqual([['space', '\u2028'], ['space', '\u2029']]);
      expect(undo(cleaned)).toBe(raw);
    }
  });

  it('carries the fetch stage corrections of a PDF to their place, across furniture, footnotes and pages', () => {
    const page1 = ['United Nations A/RES/80/1', '1. The Assembly recalls the report1 of the Secretary-General', 'and welcomes it.', '1 See A/80/100.', '25-00001 (E)'];
    const page2 = ['A/RES/80/1', '2. The Assembly decides to remain seized of the matter.', '2/2'];
    const raw = [...page1, '\f', ...page2].join('\n').replace('\n\f\n', '\f');
    // Say the fetch stage turned a control character into the space of "remain seized", and removed one before "welcomes".
    const seized = raw.indexOf('remain seized') + 'remain'.length;
    const welcomes = raw.indexOf('welcomes');
    const fetched = [
      { offset: welcomes, before: 'U+0000', after: '', rule: 'control-character' },
      { offset: seized, before: 'U+0001', after: ' ', rule: 'control-character' },
    ];
    const cleaned = cleanText(raw, { mediaType: 'application/pdf', corrections: fetched });
    const [removal, space] = cleaned.corrections.filter((c) => c.rule === 'control-character');
    expect(cleaned.corrections).toHaveLength(4);
    // The footnote number, in the text and at the head of its note, is set as a superscript: recorded too.
    const markers = cleaned.corrections.filter((c) => c.rule === 'footnote-marker');
    expect(markers.map((c) => [c.before, cleaned.text.slice(c.offset - 6, c.offset + c.after.length)])).toEqual([
      ['1', 'report¹'],
      ['1', 'ter.\n\n¹'],
    ]);
    expect(cleaned.text.slice(removal?.offset, (removal?.offset ?? 0) + 8)).toBe('welcomes');
    expect(space).toMatchObject({ before: 'U+0001', after: ' ' });
    expect(cleaned.text.slice((space?.offset ?? 0) - 6, (space?.offset ?? 0) + 7)).toBe('remain seized');
    expect(cleaned.text).toContain('¹ See A/80/100.');
  });

  it('drops a correction whose characters went with a removed line', () => {
    const raw = ['1. Le texte.', 'A/78/140', '2. La suite.'].join('\n');
    const cleaned = cleanText(raw, { mediaType: 'text/plain', corrections: [{ offset: raw.indexOf('A/78'), before: 'U+0001', after: 'A', rule: 'control-character' }] });
    expect(cleaned.text).not.toContain('A/78/140');
    expect(cleaned.corrections).toEqual([]);
  });
});
