// The segmenter runs on the cleaner's output, so these tests clean the real seeds first: the two
// stages must agree on what a block is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SegmentedDocument } from '@palermo/contracts';
import { cleanText } from '../../../clean/src/core/clean-text.ts';
import { segmentText } from './segment-text.ts';

const segmentSeed = (name: string): SegmentedDocument => {
  const raw = readFileSync(new URL(`../../../../seeds/${name}.txt`, import.meta.url), 'utf8');
  const cleaned = cleanText(raw);
  return segmentText(cleaned.text, cleaned.removed);
};
const docs = {
  sc2016: segmentSeed('000_644ba19c34dcf5cf'),
  ga2023: segmentSeed('001_4f7ec48e7529aa45'),
  ctoc2012: segmentSeed('002_6dceaf7ad839cf46'),
  ga2008: segmentSeed('003_fe48b1f1ca8da9ce'),
};
const paragraph = (doc: SegmentedDocument, n: number) => doc.paragraphs.find((p) => p.numbered && p.number === n);

describe('segmentText on the four seeds', () => {
  it('satisfies the SegmentedDocument contract', () => {
    for (const doc of Object.values(docs)) expect(() => SegmentedDocument.parse(doc)).not.toThrow();
  });

  it('finds every numbered paragraph, in order, with no gap or repeat', () => {
    const expected = { sc2016: 64, ga2023: 72, ctoc2012: 39, ga2008: 22 };
    for (const [key, count] of Object.entries(expected)) {
      const doc = docs[key as keyof typeof docs];
      const numbers = doc.paragraphs.filter((p) => p.numbered).map((p) => p.number);
      expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(doc.warnings.filter((w) => w.startsWith('paragraph'))).toEqual([]);
      expect(doc.paragraphs.map((p) => p.index)).toEqual(doc.paragraphs.map((_, i) => i));
    }
  });

  it('points every offset into the reading text', () => {
    for (const doc of Object.values(docs)) {
      for (const p of doc.paragraphs) {
        expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        for (const ref of p.footnoteRefs) expect(ref.offset).toBeGreaterThanOrEqual(p.start);
      }
      for (const f of doc.footnotes) expect(doc.text.slice(f.start, f.end)).toBe(f.text);
      // Paragraphs come before footnotes, separated by blank lines.
      const lastParagraph = doc.paragraphs.at(-1)?.end ?? 0;
      for (const f of doc.footnotes) expect(f.start).toBeGreaterThan(lastParagraph);
    }
  });

  it('reads the header block', () => {
    expect(docs.sc2016.metadata).toEqual({
      symbol: null,
      organ: 'Conseil de sécurité',
      date: '2016-11-10',
      session: null,
      agendaItem: null,
      title: "Rapport du Secrétaire général sur la mise en œuvre des mesures de lutte contre la traite d'êtres humains",
      language: 'fr',
    });
    expect(docs.ga2023.metadata).toMatchObject({
      organ: 'Assemblée générale',
      date: '2023-07-23',
      session: 'Soixante-dix-huitième session',
      agendaItem: '110',
      title: "Amélioration de la coordination de l'action contre la traite des personnes",
    });
    expect(docs.ga2008.metadata).toMatchObject({ date: '2008-07-03', session: 'Soixante-troisième session', agendaItem: '99' });
  });

  it('takes the symbol of the OCR report from the running header the cleaner removed', () => {
    expect(docs.ctoc2012.metadata.symbol).toBe('CTOC/COP/2012/2');
    expect(docs.ctoc2012.metadata.organ).toMatch(/^Conférence des Parties à la Convention/);
  });
});

describe('sections', () => {
  it('builds the chapter tree, recovering numerals OCR lost or damaged', () => {
    expect(docs.ctoc2012.sections.map((s) => s.id)).toEqual(['I', 'II', 'II.A', 'II.B', 'II.C', 'II.D', 'II.E', 'III']);
    expect(docs.ctoc2012.sections[1]).toEqual({ id: 'II', number: 'II', level: 1, title: 'Activités visant à aider les États à appliquer le Protocole', parentId: null });
    expect(docs.ctoc2012.sections.at(-1)?.title).toBe('Conclusion');
    expect(paragraph(docs.ctoc2012, 14)?.sectionId).toBe('II.A');
    expect(paragraph(docs.ctoc2012, 39)?.sectionId).toBe('III');
  });

  it('tells numbered sub-parts from numbered paragraphs', () => {
    const ids = docs.ga2023.sections.map((s) => s.id);
    expect(ids.slice(0, 9)).toEqual(['I', 'II', 'III', 'IV', 'IV.A', 'IV.A.1', 'IV.A.2', 'IV.A.3', 'IV.A.4']);
    expect(docs.ga2023.sections.find((s) => s.id === 'IV.A.1')).toMatchObject({ title: 'Prévention', level: 3, parentId: 'IV.A' });
    expect(paragraph(docs.ga2023, 10)?.sectionId).toBe('IV.A.1');
    expect(paragraph(docs.ga2023, 72)?.sectionId).toBe('VI');
    expect(docs.sc2016.sections.filter((s) => s.level === 1).map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(docs.sc2016.sections).toHaveLength(18);
  });

  it('keeps an unnumbered sub-heading under its chapter', () => {
    const sub = docs.ga2008.sections.find((s) => s.title.startsWith('Comité directeur'));
    expect(sub).toMatchObject({ level: 2, parentId: 'IV', number: '' });
    expect(paragraph(docs.ga2008, 17)?.sectionId).toBe(sub?.id);
  });
});

describe('paragraphs', () => {
  it('finds the States-parties sentence of the 2012 report in paragraph 2', () => {
    expect(paragraph(docs.ctoc2012, 2)?.text).toContain(
      "le nombre d'États parties au Protocole relatif à la traite des personnes est passé à 150",
    );
  });

  it('makes a paragraph cut by a page break and footnotes one paragraph again', () => {
    expect(paragraph(docs.sc2016, 6)?.text).toContain('une infrastructure criminelle se met en place visant à exploiter les réfugiés');
    expect(paragraph(docs.sc2016, 29)?.text).toMatch(/de manière anonyme\. Durant la période considérée, certains États/);
    expect(paragraph(docs.ga2023, 48)?.text).toContain('conformément à la résolution 61/180');
    expect(paragraph(docs.ctoc2012, 28)?.text).toContain("d'en tenir compte pour traiter les questions");
  });

  it('keeps sub-items inside their paragraph', () => {
    const p63 = paragraph(docs.sc2016, 63);
    expect(p63?.text).toMatch(/^J'exhorte le Conseil de sécurité à :\na\) Inviter/);
    expect(p63?.text).toContain('\nl) Prendre note des procédures');
    expect(paragraph(docs.ga2008, 18)?.text.split('\n')).toHaveLength(8);
    expect(paragraph(docs.ga2023, 39)?.text).toContain('\nr) ');
  });

  it('keeps the summary before paragraph 1 as an unnumbered paragraph', () => {
    const first = docs.ga2023.paragraphs[0];
    expect(first).toMatchObject({ numbered: false, number: null, sectionId: null });
    expect(first?.text).toMatch(/^Le présent rapport, établi en application de la résolution 76\/186/);
    expect(docs.sc2016.paragraphs[0]?.number).toBe(1);
  });
});

describe('footnotes', () => {
  it('links each footnote to the paragraph that cites it and takes the marker out', () => {
    const doc = docs.sc2016;
    expect(doc.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const p18 = paragraph(doc, 18);
    const eight = doc.footnotes.find((f) => f.number === 8);
    expect(eight?.paragraphIndex).toBe(p18?.index);
    expect(eight?.text).toMatch(/^Lutter contre l'exploitation et les atteintes sexuelles/);
    expect(p18?.text).toContain("à la fin de l'année 2015. Au");
    expect(p18?.text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
    const ref = p18?.footnoteRefs.find((r) => r.footnote === 8);
    expect(ref?.marker).toBe('⁸');
    expect(doc.text.slice((ref?.offset ?? 0) - 4, ref?.offset)).toBe('2015');
    expect(doc.warnings).toEqual([]);
  });

  it('numbers the notes on the title 0 and links them to no paragraph', () => {
    expect(docs.ctoc2012.footnotes).toEqual([expect.objectContaining({ number: 0, marker: '*', text: 'CTOC/COP/2012/1.', paragraphIndex: null })]);
    expect(docs.ga2023.footnotes[0]).toMatchObject({ number: 0, marker: '*', text: 'A/78/50.' });
    expect(docs.ga2023.footnotes).toHaveLength(19);
    const cites = docs.ga2023.paragraphs.filter((p) => p.footnoteRefs.some((r) => r.footnote >= 8 && r.footnote <= 10));
    expect(cites.map((p) => p.number)).toEqual([39]);
  });
});

describe('segmentText on small inputs', () => {
  it('reports gaps and repeats in the numbering', () => {
    const doc = segmentText('1. Premier paragraphe.\n\n2. Deuxième paragraphe.\n\n4. Quatrième paragraphe.\n\n4. Encore le quatrième.');
    expect(doc.paragraphs.map((p) => p.number)).toEqual([1, 2, 4, 4]);
    expect(doc.warnings).toEqual(['paragraph numbering jumps from 2 to 4', 'paragraph 4 repeats or goes back (after 4)']);
  });

  it('numbers by position the paragraphs of a document that numbers none', () => {
    const release = [
      'Communiqué de presse',
      "Le Secrétaire général salue l'adhésion de deux nouveaux États au Protocole.",
      'Le Protocole compte désormais 181 États parties, a-t-il indiqué.',
      'Pour en savoir plus, consulter le site Web.',
    ].join('\n\n');
    const doc = segmentText(release);
    expect(doc.paragraphs.map((p) => [p.number, p.numbered])).toEqual([[1, false], [2, false], [3, false]]);
    expect(doc.paragraphs[1]?.text).toBe('Le Protocole compte désormais 181 États parties, a-t-il indiqué.');
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('segments a cleaned 80 KB report well under a second', () => {
    const raw = readFileSync(new URL('../../../../seeds/000_644ba19c34dcf5cf.txt', import.meta.url), 'utf8');
    cleanText('chauffe le lexique');
    const started = performance.now();
    const cleaned = cleanText(raw);
    segmentText(cleaned.text, cleaned.removed);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
