import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CleanedText } from '@palermo/contracts';
import { cleanText } from './clean-text.ts';
import { frenchLexicon } from './french-lexicon.ts';
import { lexiconCoverage } from './lexicon-coverage.ts';

const seed = (name: string): string => readFileSync(new URL(`../../../../seeds/${name}.txt`, import.meta.url), 'utf8');
const SEEDS = {
  sc2016: seed('000_644ba19c34dcf5cf'),
  ga2023: seed('001_4f7ec48e7529aa45'),
  ctoc2012: seed('002_6dceaf7ad839cf46'),
  ga2008: seed('003_fe48b1f1ca8da9ce'),
};
const cleaned = Object.fromEntries(Object.entries(SEEDS).map(([k, raw]) => [k, cleanText(raw)])) as Record<keyof typeof SEEDS, CleanedText>;

describe('cleanText on the four seeds', () => {
  it('returns a value that satisfies the CleanedText contract', () => {
    for (const result of Object.values(cleaned)) expect(() => CleanedText.parse(result)).not.toThrow();
  });

  it('leaves no Markdown, form feed or triple newline behind', () => {
    for (const { text } of Object.values(cleaned)) {
      expect(text).not.toMatch(/\*\*|\]\(#\)|\f|\n{3,}|^#/m);
    }
    expect(cleaned.ga2023.text).toContain('établi en application de la résolution 76/186 de');
    expect(cleaned.sc2016.text).toContain('Dans le Rapport mondial sur la traite des personnes¹ de 2016');
    expect(cleaned.sc2016.text).toContain('Mme Murad');
  });

  it('gives glued bold headings their own blocks', () => {
    expect(cleaned.sc2016.text).toContain("\n\nRapport du Secrétaire général sur la mise en œuvre des mesures de lutte contre la traite d'êtres humains\n\nI. Introduction\n\n");
    expect(cleaned.ga2008.text).toContain('\n\nRapport du Secrétaire général\n\nRésumé\n\n');
    expect(cleaned.sc2016.text).toContain("\n\nII. Évolution récente de la situation concernant la traite d'êtres humains liée aux conflits\n\n");
  });

  it('keeps footnote superscripts glued to the words they follow', () => {
    expect(cleaned.sc2016.text).toContain('à la fin de l\'année 2015⁸.');
    expect(cleaned.sc2016.text).toContain('\n\n⁸ Lutter contre');
  });

  it('does not touch the clean reports: no repairs (only recorded typography), no more unknown words', () => {
    const lexicon = frenchLexicon();
    for (const key of ['sc2016', 'ga2023', 'ga2008'] as const) {
      expect(cleaned[key].corrections.filter((c) => !['apostrophe', 'quote'].includes(c.rule))).toEqual([]);
      const before = lexiconCoverage(SEEDS[key], lexicon);
      const after = lexiconCoverage(cleaned[key].text, lexicon);
      expect(after.unknown).toBeLessThanOrEqual(before.unknown);
      // Removing Markdown removes a few known tokens too ("M^{me}" had a "me"), hence the tolerance.
      expect(after.unknownShare).toBeLessThanOrEqual(before.unknownShare + 0.0001);
    }
  });

  it('brings the OCR-damaged 2012 report within one point of the clean reports', () => {
    const lexicon = frenchLexicon();
    const share = (t: string): number => lexiconCoverage(t, lexicon).unknownShare;
    const clean = [cleaned.sc2016, cleaned.ga2023, cleaned.ga2008].map((c) => share(c.text));
    const mean = clean.reduce((a, b) => a + b, 0) / clean.length;
    expect(share(SEEDS.ctoc2012)).toBeGreaterThan(mean + 0.03);
    expect(share(cleaned.ctoc2012.text)).toBeLessThan(mean + 0.01);
  });
});

describe('cleanText on the OCR-damaged 2012 report', () => {
  const { text, corrections, removed } = cleaned.ctoc2012;

  it('removes the running header and footer found mid-text, with the page', () => {
    expect(removed).toEqual([
      { line: 'V.12-54630 7', reason: 'running header or footer (job number)', page: 7 },
      { line: 'CTOC/COP/2012/2', reason: 'running header or footer (document symbol)', page: null },
    ]);
    expect(text).not.toContain('V.12-54630');
    expect(text).toContain('en particulier des femmes et des enfants.\n\n33. Afin de prévenir');
  });

  it('joins hard-wrapped lines, including across a stray blank line', () => {
    expect(text).toContain('1. Le présent rapport a été établi conformément à la résolution 5/2 de la Conférence des Parties à la Convention');
    expect(text).toContain('\n\n8. En 2010, un groupe de travail');
    expect(text).toContain('En juin 2011, en marge de la dix-septième session');
  });

  it('repairs elided articles, à, glued and broken words, look-alike letters and capitals', () => {
    expect(text).toContain("le nombre d'États parties au Protocole relatif à la traite des personnes est passé à 150");
    expect(text).toContain("date à laquelle a eu lieu la cinquième session");
    expect(text).toContain("menées par l'Office des Nations Unies contre la drogue et le crime (ONUDC) pour");
    expect(text).toContain('punir la traite des personnes');
    expect(text).toContain('\n\nActivités visant à aider les États à appliquer le Protocole\n\n');
    expect(text).toContain('dans le cadre de la lutte internationale contre ce fléau');
    expect(text).toContain('B. Réponses de la justice pénale et coopération internationale');
    expect(text).toContain('C. Collecte de données et recherche');
    expect(text).toContain('mis en œuvre');
    expect(text).toContain('au cœur des préoccupations');
    expect(text).toContain('de façon continue');
    expect(text).toContain('Élaboré, lancé et diffusé');
    expect(text).toContain('À cet égard');
    expect(text).toContain('ainsi qu\'en Asie centrale');
    expect(text).toContain('sur le traitement ultérieur');
    expect(text).toContain("s'est tenue à New York");
    expect(text).toContain('\n\nIII. Conclusion\n\n');
    expect(text).toContain('\n\n4. En février 2012');
    expect(text).toContain('et c) gestion du Fonds');
    expect(text).toContain('et e) protection et aide aux victimes');
    expect(text).not.toMatch(/[I|]['"]\s?\p{L}|\s&\s|¢|ceuvre|cauvre|Etats/u);
  });

  it('keeps the verb "a" after a subject', () => {
    expect(text).toContain('a eu lieu');
    expect(text).toContain("l'ONUDC a publié une stratégie globale");
    expect(text).toContain('il devait s\'agir');
  });

  it('records every correction at its offset in the cleaned text', () => {
    expect(corrections.length).toBeGreaterThan(300);
    for (const c of corrections) expect(text.slice(c.offset, c.offset + c.after.length)).toBe(c.after);
    const rules = new Set(corrections.map((c) => c.rule));
    for (const rule of ['ocr-l-apostrophe', 'a-grave', 'split-glued-words', 'broken-word', 'ocr-letters', 'capital-accent', 'roman-numeral', 'paragraph-number', 'list-marker']) {
      expect(rules).toContain(rule);
    }
    expect(corrections).toContainEqual(expect.objectContaining({ before: 'latraite', after: 'la traite', rule: 'split-glued-words' }));
    expect(corrections).toContainEqual(expect.objectContaining({ before: '[11.', after: 'III.', rule: 'roman-numeral' }));
  });
});

describe('cleanText on small inputs', () => {
  it('normalises spaces, apostrophes and quotes, and keeps œ', () => {
    const { text } = cleanText('Au total,\u00a01\u202f352 victimes l’ont dit : “le cœur”\u2009!');
    expect(text).toBe("Au total, 1 352 victimes l'ont dit : « le cœur » !");
  });

  it('removes page furniture by pattern and by repetition across PDF pages', () => {
    const page = (n: number, body: string): string =>
      `Rapport sur la traite\nA/78/123\n\n${body}\n\n23-14488 ${n}/3\n*2314488*`;
    const raw = [
      page(1, '1. Le premier paragraphe est assez long pour être une phrase.'),
      page(2, '2. Le deuxième paragraphe.'),
      page(3, '3. Le troisième paragraphe.'),
    ].join('\f');
    const { text, removed } = cleanText(raw, { mediaType: 'application/pdf' });
    expect(text).toBe('1. Le premier paragraphe est assez long pour être une phrase.\n\n2. Le deuxième paragraphe.\n\n3. Le troisième paragraphe.');
    expect(removed.filter((r) => r.page === 2).map((r) => r.line)).toEqual(['Rapport sur la traite', 'A/78/123', '23-14488 2/3', '*2314488*']);
    expect(removed.find((r) => r.line === 'Rapport sur la traite')?.reason).toBe('repeated on several pages');
  });

  it('removes end-of-line hyphens only when the joined word is a word', () => {
    const raw = [
      'Les États parties à la Convention des Nations Unies ont ratifié le Protocole inter-',
      'national et les États-',
      'Unis ont signé avec la France et quatre-',
      "vingt autres pays l'accord.",
    ].join('\n');
    const { text, corrections } = cleanText(raw);
    expect(text).toContain('Protocole international et les États-Unis ont signé');
    expect(text).toContain('quatre-vingt autres pays');
    expect(corrections).toEqual([expect.objectContaining({ before: 'inter-national', after: 'international', rule: 'dehyphenate' })]);
  });

  it('never turns the verb after il, elle or qui into à, even in damaged text', () => {
    const raw = "I'Office a dit qu'il a la charge, qu'elle a sa part et qui a la main. Il vise a la paix, conformément a la loi.";
    const { text } = cleanText(raw);
    expect(text).toBe("L'Office a dit qu'il a la charge, qu'elle a sa part et qui a la main. Il vise à la paix, conformément à la loi.");
  });
});
