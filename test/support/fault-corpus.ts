// A corpus of many distinct documents for fault and soak runs, made from a few templates: the
// seeds, short French reports with figures, and two PDFs. Each copy of a text template ends with
// a line of whitespace of its own, which gives it its own SHA-256 and the same cleaned text and
// facts as its template; a clean run of the templates alone says what those facts are.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, SEEDS } from './harness.ts';
import { readSeedLayout } from './seed-layout.ts';
import { renderUnPdf } from './un-pdf.ts';

/** One file of the corpus and the template whose facts it must have. */
export interface CorpusDocument {
  file: string;
  template: string;
}

/** Templates (each one file in `templatesDir`) and the documents made from them (in `documentsDir`). */
export interface FaultCorpus {
  templatesDir: string;
  documentsDir: string;
  templates: string[];
  documents: CorpusDocument[];
}

/** The share of the corpus made of copies of the (long) seeds. */
const LONG_SHARE = 0.04;

interface ShortReport {
  asOf: string;
  parties: number;
  received: string;
  projects: number;
  countries: number;
}

// Figures in the shape the real reports give them; each set makes a template with its own facts.
const SHORT_REPORTS: readonly ShortReport[] = [
  { asOf: '8 novembre 2016', parties: 170, received: '1,2 million', projects: 35, countries: 24 },
  { asOf: '1er juillet 2012', parties: 150, received: '750 000', projects: 12, countries: 9 },
  { asOf: '15 mars 2019', parties: 175, received: '2,4 millions', projects: 41, countries: 30 },
  { asOf: '30 juin 2023', parties: 181, received: '3,1 millions', projects: 58, countries: 37 },
];

/** A short report of a few numbered paragraphs, as the Secretary-General's reports phrase them. */
function shortReport(report: ShortReport, index: number): string {
  return [
    'Nations Unies',
    '',
    `Rapport de contrôle numéro ${index + 1} sur la traite des personnes`,
    '',
    'I. Ratifications',
    '',
    `1. Au ${report.asOf}, ${report.parties} États étaient parties au Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants.`,
    '',
    'II. Fonds de contributions volontaires',
    '',
    `2. Au cours de la période considérée, le Fonds de contributions volontaires des Nations Unies en faveur des victimes de la traite des personnes, en particulier des femmes et des enfants, a reçu des contributions d'un montant de ${report.received} de dollars des États-Unis.`,
    '',
    `3. Le Fonds a financé ${report.projects} projets dans ${report.countries} pays.`,
    '',
  ].join('\n');
}

/**
 * Sixteen spaces and tabs spelling n in binary: distinct bytes for every copy, and nothing the
 * cleaner keeps (it trims trailing whitespace), so a copy's text, spans and facts are its template's.
 */
function whitespaceTag(n: number): string {
  if (n >= 2 ** 16) throw new Error(`a fault corpus holds at most ${2 ** 16} copies, not ${n + 1}`);
  return n.toString(2).padStart(16, '0').replaceAll('0', ' ').replaceAll('1', '\t');
}

/** Writes the templates, then `count` documents made from them (the PDFs once each), under `dir`. */
export async function writeFaultCorpus(dir: string, count: number): Promise<FaultCorpus> {
  const templatesDir = join(dir, 'templates');
  const documentsDir = join(dir, 'documents');
  mkdirSync(templatesDir, { recursive: true });
  mkdirSync(documentsDir, { recursive: true });

  const textTemplates: string[] = [];
  for (const seed of readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort()) {
    copyFileSync(join(SEEDS, seed), join(templatesDir, seed));
    textTemplates.push(seed);
  }
  SHORT_REPORTS.forEach((report, index) => {
    const name = `rapport-court-${index + 1}.txt`;
    writeFileSync(join(templatesDir, name), shortReport(report, index));
    textTemplates.push(name);
  });
  const pdfs = ['un-resolution.pdf', 'seed-003-rendered.pdf'];
  copyFileSync(join(FIXTURES, 'un-pdfs', 'A_RES_80_228.pdf'), join(templatesDir, pdfs[0]!));
  const layout = readSeedLayout('003_fe48b1f1ca8da9ce.txt');
  writeFileSync(join(templatesDir, pdfs[1]!), await renderUnPdf(layout.structure, { symbol: 'A/63/120', jobNumber: '08-40938 (F)', headerBlock: layout.headerBlock }));

  const documents: CorpusDocument[] = pdfs.map((pdf) => {
    copyFileSync(join(templatesDir, pdf), join(documentsDir, pdf));
    return { file: pdf, template: pdf };
  });
  // Long seeds are a few copies each (they cost the most), short reports make up the rest, so a
  // run of a few hundred documents stays within a CI budget and still reads every template.
  const seeds = textTemplates.filter((name) => !name.startsWith('rapport-court'));
  const shorts = textTemplates.filter((name) => name.startsWith('rapport-court'));
  const longCopies = Math.max(1, Math.round(count * LONG_SHARE / seeds.length));
  const plan = [...Array.from({ length: longCopies }, () => seeds).flat()];
  for (let i = 0; documents.length + plan.length < count; i++) plan.push(shorts[i % shorts.length]!);
  plan.forEach((template, i) => {
    const file = `${String(i).padStart(5, '0')}-${template}`;
    const body = readFileSync(join(templatesDir, template), 'utf8');
    writeFileSync(join(documentsDir, file), `${body.trimEnd()}\n${whitespaceTag(i)}\n`);
    documents.push({ file, template });
  });
  return { templatesDir, documentsDir, templates: [...textTemplates, ...pdfs], documents };
}
