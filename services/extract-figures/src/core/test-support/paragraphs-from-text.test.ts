import { describe, expect, it } from 'vitest';
import { paragraphsFromText } from './paragraphs-from-text.ts';

describe('paragraphsFromText', () => {
  const raw = [
    '**Conseil de sécurité**', '10 novembre 2016', 'II. État des ratifications',
    '5. Dans sa résolution [76/186](#), trois États ont adhéré au *Protocole*¹ :',
    'a) Andorre', 'criminelle se met en place.', '1. Prévention', '6. M^{me} Murad a parlé.', '¹ Disponible en ligne.',
  ].join('\n\n');
  const doc = paragraphsFromText(raw);

  it('reads numbers, sections, continuations and the report date', () => {
    expect(doc.metadata.date).toBe('2016-11-10');
    expect(doc.paragraphs.map((p) => [p.number, p.sectionId])).toEqual([
      [null, null], [null, null], [5, 'II'], [6, 'II.1'],
    ]);
    expect(doc.paragraphs[2]?.text).toBe('Dans sa résolution 76/186, trois États ont adhéré au Protocole :\na) Andorre criminelle se met en place.');
    expect(doc.paragraphs[3]?.text).toBe('Mme Murad a parlé.');
  });

  it('computes offsets and links footnotes to the citing paragraph', () => {
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    const [note] = doc.footnotes;
    expect(note).toMatchObject({ number: 1, text: 'Disponible en ligne.', paragraphIndex: 2 });
    expect(note && doc.text.slice(note.start, note.end)).toBe(note?.text);
    const cited = doc.paragraphs[2];
    expect(cited?.footnoteRefs).toEqual([{ marker: '¹', footnote: 1, offset: (cited?.start ?? 0) + (cited?.text.indexOf(' :') ?? 0) }]);
  });
});
