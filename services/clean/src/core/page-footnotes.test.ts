import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { splitPageFootnotes } from './page-footnotes.ts';

// The layout-aware PDF reader writes a note's raised number as superscript digits (`¹ United
// Nations, …`); a draft's first page prints them below the star note on its sponsor line.
describe('notes whose numbers the PDF reader has raised', () => {
  const firstPage = [
    'Iraq:* draft resolution',
    'Recalling its previous resolutions relating to the Convention on Biological Diversity,¹',
    'Reaffirming the Rio Declaration on Environment and Development²',
    '__________________',
    '* On behalf of the States that are members of the Group of 77 and China, taking into account also',
    'the provisions of General Assembly resolution ES-10/23 of 10 May 2024.',
    '¹ United Nations, Treaty Series, vol. 1760, No. 30619.',
    '² Report of the United Nations Conference on Environment and Development, Rio de Janeiro,',
    '3–14 June 1992, vol. I.',
  ];

  it('opens a note at each raised number below the star note, instead of running them all into it', () => {
    const parts = splitPageFootnotes(firstPage, 1);
    expect(parts.notes.map((n) => [n.marker, n.number, n.lines.length])).toEqual([
      ['*', 0, 2],
      ['¹', 1, 1],
      ['²', 2, 2],
    ]);
    expect(parts.found).toEqual([1, 2]);
  });

  it('keeps a raised number out of sequence inside the note it continues', () => {
    const parts = splitPageFootnotes(['Body text,¹', '__________________', '¹ A note that cites', '⁷ Ibid.'], 1);
    expect(parts.notes.map((n) => [n.number, n.lines])).toEqual([[1, ['A note that cites', '⁷ Ibid.']]]);
  });

  it('lays every note of every page after the body, the star note first', () => {
    const secondPage = ['and its principles, as recalled in resolution 66/288,³', '__________________', '³ Resolution 66/288, annex.'];
    const { text } = cleanText([...firstPage, '\f', ...secondPage].join('\n').replace(/\n\f\n/, '\f'), { mediaType: 'application/pdf' });
    const notes = text.split('\n\n').filter((block) => /^[*¹²³] /.test(block));
    expect(notes.map((note) => note.slice(0, 20))).toEqual(['* On behalf of the S', '¹ United Nations, Tr', '² Report of the Unit', '³ Resolution 66/288,']);
    expect(notes[2]).toBe('² Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I.');
  });
});
