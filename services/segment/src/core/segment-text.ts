import type { DocumentBlock, DocumentTable, Footnote, Paragraph, RemovedLine, Section, SegmentedDocument } from '@palermo/contracts';
import { type Block, classifyBlock, headingShaped, toRoman } from './block-kinds.ts';
import { type MarkerHit, takeFootnoteMarkers } from './find-footnotes.ts';
import { detectLanguage } from './detect-language.ts';
import { ENACTING_FORMULA, SPONSOR_LINE, parseDate } from './header-patterns.ts';
import { readHeader } from './read-header.ts';

interface Draft {
  number: number | null;
  label?: string;
  role?: 'preamble' | 'operative' | null;
  numbered: boolean;
  sectionId: string | null;
  parts: string[];
}

interface FootnoteDraft {
  marker: string;
  number: number;
  body: string;
}

type Item = { kind: 'heading'; section: Section; label: string } | { kind: 'paragraph'; draft: Draft };

/** Section levels in a UN report: chapter (I), lettered part (A), numbered sub-part (1). */
class SectionTree {
  readonly sections: Section[] = [];
  private chapter: Section | null = null;
  private part: Section | null = null;
  private current: Section | null = null;
  private unnamed = 0;
  lastChapter = 0;

  get currentId(): string | null {
    return this.current?.id ?? null;
  }

  openChapter(value: number, title: string): Section {
    this.lastChapter = value;
    const number = toRoman(value);
    this.chapter = this.add({ id: number, number, level: 1, title, parentId: null });
    this.part = null;
    return this.chapter;
  }

  openPart(letter: string, title: string): Section {
    const parentId = this.chapter?.id ?? null;
    this.part = this.add({ id: parentId ? `${parentId}.${letter}` : letter, number: letter, level: parentId ? 2 : 1, title, parentId });
    return this.part;
  }

  openSubPart(number: string, title: string): Section {
    const parent = this.part ?? this.chapter;
    return this.add({ id: parent ? `${parent.id}.${number}` : number, number, level: (parent?.level ?? 0) + 1, title, parentId: parent?.id ?? null });
  }

  /** An annex, a part of its own at the top level: "Annex", "Annex II". */
  openAnnex(label: string, title: string): Section {
    this.chapter = this.add({ id: label.replace(/\s+/g, '-'), number: label, level: 1, title, parentId: null });
    this.part = null;
    return this.chapter;
  }
  /** A heading without any number: its id says it is the n-th such heading under its parent. */
  openUnnumbered(title: string): Section {
    const parent = this.part ?? this.chapter;
    this.unnamed++;
    const number = '';
    const id = parent ? `${parent.id}.u${this.unnamed}` : `u${this.unnamed}`;
    return this.add({ id, number, level: (parent?.level ?? 0) + 1, title, parentId: parent?.id ?? null });
  }

  private add(section: Section): Section {
    this.sections.push(section);
    this.current = section;
    return section;
  }
}

/**
 * Splits a cleaned report into metadata, sections, numbered paragraphs and footnotes, and lays
 * them out in one reading text that every offset points into. A paragraph cut by a page break
 * and footnotes becomes one paragraph again; numbering gaps and repeats become warnings.
 */
export function segmentText(cleaned: string, removed: RemovedLine[] = []): SegmentedDocument {
  const blocks = cleaned
    .split(/\n{2,}/)
    // A table's tabs are cells: a row opening on a blank corner ("\t2025\t2026") keeps it.
    .map((b) => (b.includes('\t') ? b.replace(/^[^\S\t]+|[^\S\t]+$/g, '') : b.trim()))
    .filter((b) => b.length > 0)
    .map(classifyBlock);
  const warnings: string[] = [];
  const numberedCount = blocks.filter((b) => b.kind === 'numbered').length;
  const numberedDocument = numberedCount >= 3;
  const bodyStart = findBodyStart(blocks, numberedDocument);
  const header = blocks.slice(0, bodyStart);
  const metadata = readHeader(header.map((b) => b.raw), removed, detectLanguage(cleaned));

  const tree = new SectionTree();
  const items: Item[] = [];
  const footnotes: FootnoteDraft[] = [];
  let current: Draft | null = null;
  let expected = 1;
  const tables: Omit<DocumentTable, 'index'>[] = [];
  const documentBlocks: DocumentBlock[] = [];
  let tableTitle: string | null = null;
  // A resolution (or draft) has a preamble, then operative paragraphs, in each of its parts.
  const resolution = blocks.slice(0, bodyStart).some((b) => ENACTING_FORMULA.test(b.raw));
  let operativeSeen = false;
  const push = (draft: Draft): Draft => {
    if (resolution) {
      const text = draft.parts.join('');
      operativeSeen ||= draft.numbered || OPERATIVE_OPENER.test(text);
      draft.role = operativeSeen ? 'operative' : 'preamble';
    }
    items.push({ kind: 'paragraph', draft });
    return draft;
  };
  const openPart = (section: Section): void => {
    heading(items, section);
    current = null;
    expected = 1;
    operativeSeen = false;
  };

  // Header: organ, date and title lines are metadata; the summary after "Résumé" is text.
  const summaryAt = header.findIndex((b) => /^Résumé$/.test(b.raw));
  header.forEach((block, i) => {
    if (SPONSOR_LINE.test(block.raw.replace(/\*+$/, ''))) documentBlocks.push({ kind: 'sponsors', text: block.raw, sectionId: null });
    if (block.kind === 'footnote') footnotes.push({ marker: block.marker, number: block.number, body: block.body });
    else if (summaryAt >= 0 && i > summaryAt) push({ number: null, numbered: false, sectionId: null, parts: [block.raw] });
  });

  for (let i = bodyStart; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    switch (block.kind) {
      case 'footnote':
        footnotes.push({ marker: block.marker, number: block.number, body: block.body });
        break;
      case 'roman':
        if (block.value <= tree.lastChapter) warnings.push(`chapter ${block.numeral} comes after chapter ${toRoman(tree.lastChapter)}`);
        heading(items, tree.openChapter(block.value, block.title));
        current = null;
        break;
      case 'lost-numeral':
        heading(items, tree.openChapter(tree.lastChapter + 1, block.title));
        warnings.push(`chapter numeral lost in "${block.raw.slice(0, 40)}", read as ${toRoman(tree.lastChapter)}`);
        current = null;
        break;
      case 'letter':
        heading(items, tree.openPart(block.letter, block.title));
        current = null;
        break;
      case 'bare-roman': {
        // "I" alone, then the part's title: a resolution in parts, numbering restarting in each.
        const title = blocks[i + 1];
        if (title?.kind === 'text' && headingShaped(title.raw, 200)) {
          openPart(tree.openChapter(block.value, title.raw));
          i++;
        } else current = push({ number: null, numbered: false, sectionId: tree.currentId, parts: [block.raw] });
        break;
      }
      case 'annex': {
        const title = blocks[i + 1];
        const titled = title?.kind === 'text' && headingShaped(title.raw, 300);
        openPart(tree.openAnnex(block.label, titled ? title.raw : block.label));
        if (titled) i++;
        break;
      }
      case 'table': {
        // A table cut by a page break goes on in the next block of rows.
        const previous = blocks[i - 1];
        const last = tables.at(-1);
        if (previous?.kind === 'table' && last) last.rows = acrossPages([...last.rows, ...block.rows]);
        else tables.push({ title: tableTitle, sectionId: tree.currentId, page: null, rows: acrossPages(block.rows) });
        tableTitle = null;
        current = null;
        break;
      }
      case 'numbered': {
        if (block.label !== undefined) {
          current = push({ number: block.number, label: block.label, numbered: true, sectionId: tree.currentId, parts: [block.body] });
          break;
        }
        if (!numberedDocument) {
          current = push({ number: null, numbered: false, sectionId: tree.currentId, parts: [block.raw] });
          break;
        }
        if (block.number !== expected && headingShaped(block.body, 250)) {
          heading(items, tree.openSubPart(String(block.number), block.body));
          current = null;
          break;
        }
        if (block.number > expected) warnings.push(`paragraph numbering jumps from ${expected - 1} to ${block.number}`);
        else if (block.number < expected) warnings.push(`paragraph ${block.number} repeats or goes back (after ${expected - 1})`);
        current = push({ number: block.number, numbered: true, sectionId: tree.currentId, parts: [block.body] });
        expected = block.number + 1;
        break;
      }
      case 'sub-item':
        // "(a) Human rights mainstreaming" among a fascicle's headings names a component.
        if (current === null && headingShaped(block.raw, 120) && headsParagraphs(blocks, i)) {
          heading(items, tree.openUnnumbered(block.raw));
          current = null;
        } else if (current) current.parts.push(`\n${block.raw}`);
        else current = push({ number: null, numbered: false, sectionId: tree.currentId, parts: [block.raw] });
        break;
      case 'closing': {
        // The adopting meeting and its date end the resolution; they are no paragraph's text.
        current = null;
        const date = parseDate(blocks[i + 1]?.raw ?? '') !== null ? blocks[i + 1]?.raw : undefined;
        documentBlocks.push({ kind: 'closing', text: date ? `${block.raw}\n${date}` : block.raw, sectionId: tree.currentId });
        if (date) i++;
        break;
      }
      case 'text': {
        // "Table 17.1", then its title, then its rows: the caption goes with the table.
        const caption = TABLE_CAPTION.test(block.raw) ? [1, 2].find((d) => blocks[i + d]?.kind === 'table') : undefined;
        if (caption !== undefined) {
          tableTitle = blocks.slice(i, i + caption).map((b) => b.raw).join(' ');
          i += caption - 1;
          current = null;
          break;
        }
        if (isUnnumberedHeading(blocks, i, current)) {
          const gapAhead = nextChapter(blocks, i) > tree.lastChapter + 1;
          if (gapAhead) {
            heading(items, tree.openChapter(tree.lastChapter + 1, block.raw));
            warnings.push(`chapter numeral lost in "${block.raw.slice(0, 40)}", read as ${toRoman(tree.lastChapter)}`);
          } else {
            heading(items, tree.openUnnumbered(block.raw));
          }
          current = null;
        } else if (current && numberedDocument && continuesParagraph(current, block.raw)) {
          // Text that opens with no number after paragraphs have begun continues the paragraph
          // a page break (and the footnotes printed at its foot) interrupted.
          current.parts.push(` ${block.raw}`);
        } else {
          current = push({ number: null, numbered: false, sectionId: tree.currentId, parts: [block.raw] });
        }
        break;
      }
    }
  }

  if (!numberedDocument) {
    let position = 0;
    for (const item of items) if (item.kind === 'paragraph') item.draft.number = ++position;
  }
  // A star on a draft's sponsor line ("Iraq:* draft resolution") calls a note on the sponsors
  // ("* On behalf of the States that are members of the Group of 77 and China"): it belongs with
  // the sponsor line, not among the footnotes of the text.
  const sponsorStars = new Set(documentBlocks.filter((b) => b.kind === 'sponsors').flatMap((b) => b.text.match(/\*+/g) ?? []));
  const sponsorNote = (f: FootnoteDraft): boolean => f.number === 0 && sponsorStars.has(f.marker);
  for (const note of footnotes.filter(sponsorNote)) documentBlocks.push({ kind: 'sponsors', text: `${note.marker} ${note.body}`, sectionId: null });
  const document = layOut(items, footnotes.filter((f) => !sponsorNote(f)), tree.sections, metadata, warnings);
  return { ...document, tables: tables.map((t, index) => ({ index, ...t })), blocks: documentBlocks };
}

// "Table 17.1", "Table 2.12", "Table 3": the caption above a table's title.
const TABLE_CAPTION = /^Table \d+(?:\.\d+)?[A-Z]?$/;
// An operative clause opens with a verb in the present ("Decides", "Also requests", "Strongly
// condemns"); a preambular one with a participle or an adjective ("Recalling", "Mindful").
const OPERATIVE_OPENER = /^(?!Conscious\b|Various\b)(?:(?:Also|Further|Again|Once again|Strongly|Firmly|Decides also)\s+)?\p{Lu}?\p{Ll}+(?:s|es)\b(?<!ing\b)/u;

function heading(items: Item[], section: Section): void {
  const label = section.number.length > 0 ? `${section.number}. ${section.title}` : section.title;
  items.push({ kind: 'heading', section, label });
}

/**
 * Where the body begins: after a resolution's enacting words ("The General Assembly,"), whose
 * preamble comes before operative paragraph 1; else at the first chapter heading or numbered
 * paragraph (else the first block).
 */
function findBodyStart(blocks: readonly Block[], numberedDocument: boolean): number {
  const first = blocks.findIndex(
    (b) => b.kind === 'roman' || b.kind === 'lost-numeral' || b.kind === 'letter' || (numberedDocument && b.kind === 'numbered'),
  );
  const formula = blocks.findIndex((b) => ENACTING_FORMULA.test(b.raw));
  if (formula >= 0 && (first < 0 || formula < first)) return formula + 1;
  if (first >= 0) return first;
  // A document with no structure: skip only a header of short lines that ends before a sentence.
  const prose = blocks.findIndex((b) => b.raw.length > 120 || /[.!?]$/.test(b.raw));
  return Math.max(0, prose);
}

/**
 * Whether a block of text goes on with the paragraph before it. After a numbered paragraph it
 * always does (a page break cut it); an unnumbered one, such as a preambular clause, goes on
 * only where it stopped mid-sentence or the block opens in lowercase.
 */
function continuesParagraph(current: Draft, raw: string): boolean {
  if (current.numbered) return true;
  const last = current.parts.at(-1)?.trim() ?? '';
  return /^\p{Ll}/u.test(raw) || !/[.,;:!?»”)]$/u.test(last.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, ''));
}

/** Whether the paragraph being read stops mid-sentence (undefined when there is none). */
function unfinished(current: Draft | null): boolean | undefined {
  if (!current) return undefined;
  return !/[.:;!?»”)]$/.test((current.parts.at(-1) ?? '').trim());
}

// A fascicle's planned result is a heading that may run over three lines: "Result 3: Member States
// adopt counter-terrorism laws and implement measures that are consistent with … rights law" (239).
const RESULT_HEADING = /^Result \d{1,2}: /;
const headingLength = (raw: string): number => (RESULT_HEADING.test(raw) ? 400 : 200);

const sameRow = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((cell, i) => cell.trim() === b[i]?.trim());

/**
 * A table's rows read once across its pages: the head a page repeats (a row equal to one of the
 * first two) is left out, and the row after it, when its every cell goes on in lower case under a
 * filled cell, is the rest of the row before the page break ("… quality assurance of information
 * on" / "engagement with treaty bodies").
 */
function acrossPages(rows: readonly string[][]): string[][] {
  const out: string[][] = [];
  let repeated = false;
  for (const row of rows) {
    if (out.length >= 2 && out.slice(0, 2).some((head) => sameRow(head, row))) {
      repeated = true;
      continue;
    }
    const last = out.at(-1);
    if (repeated && last && goesOn(last, row)) {
      row.forEach((cell, i) => {
        if (cell.trim().length > 0) last[i] = `${last[i]} ${cell.trim()}`;
      });
    } else out.push([...row]);
    repeated = false;
  }
  return out;
}

const goesOn = (last: readonly string[], row: readonly string[]): boolean => {
  const filled = row.flatMap((cell, i) => (cell.trim().length > 0 ? [i] : []));
  return row.length === last.length && filled.length > 0 && filled.every((i) => /^\p{Ll}/u.test(row[i]!.trim()) && (last[i] ?? '').trim().length > 0);
};

// "Figure 24.I" alone, a chart's caption over it: what the figure shows is no paragraph's text.
const FIGURE_NUMBER = /^Figure \d{1,3}[A-Z]?\.[IVXL]{1,6}$/;

function isUnnumberedHeading(blocks: readonly Block[], i: number, current: Draft | null): boolean {
  const block = blocks[i] as Block;
  if (FIGURE_NUMBER.test(block.raw)) return true;
  if (!headingShaped(block.raw, headingLength(block.raw)) || !/^\p{Lu}/u.test(block.raw)) return false;
  // A short line right after an unfinished sentence is the rest of that sentence.
  if (unfinished(current) === true) return false;
  let next = i + 1;
  while (blocks[next]?.kind === 'footnote') next++;
  const following = blocks[next];
  if (following !== undefined && following.kind !== 'text' && following.kind !== 'sub-item') return true;
  return headsParagraphs(blocks, i);
}

// A fascicle stacks its headings: "Programme of work", "Subprogramme 1", its title, "(a) Human
// rights mainstreaming", "Objective", then paragraph 24.19. At most this many are stacked.
const HEADING_STACK = 6;

const headingLike = (block: Block): boolean =>
  (block.kind === 'text' && /^\p{Lu}/u.test(block.raw) && headingShaped(block.raw, headingLength(block.raw))) || (block.kind === 'sub-item' && headingShaped(block.raw, 120));

/** Whether the blocks after `i` are headings (short, unpunctuated) down to a numbered paragraph or a table. */
function headsParagraphs(blocks: readonly Block[], i: number): boolean {
  for (let next = i + 1; next <= i + HEADING_STACK && next < blocks.length; next++) {
    const block = blocks[next] as Block;
    if (block.kind === 'footnote') continue;
    if (block.kind === 'numbered' || block.kind === 'table' || block.kind === 'roman' || block.kind === 'letter') return true;
    if (!headingLike(block)) return false;
  }
  return false;
}

function nextChapter(blocks: readonly Block[], from: number): number {
  for (let i = from + 1; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'roman') return b.value;
  }
  return 0;
}

function layOut(
  items: readonly Item[],
  footnoteDrafts: readonly FootnoteDraft[],
  sections: Section[],
  metadata: SegmentedDocument['metadata'],
  warnings: string[],
): SegmentedDocument {
  let text = '';
  const append = (chunk: string): number => {
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += chunk;
    return start;
  };
  const paragraphs: Paragraph[] = [];
  const refsByParagraph: { index: number; hits: MarkerHit[] }[] = [];
  for (const item of items) {
    if (item.kind === 'heading') {
      append(takeFootnoteMarkers(item.label).text);
      continue;
    }
    const { draft } = item;
    const { text: body, markers } = takeFootnoteMarkers(draft.parts.join('').trim());
    const prefix = draft.label !== undefined ? `${draft.label} ` : draft.numbered ? `${draft.number}. ` : '';
    const start = append(prefix + body) + prefix.length;
    const index = paragraphs.length;
    paragraphs.push({
      index,
      number: draft.number,
      numbered: draft.numbered,
      ...(draft.label !== undefined ? { label: draft.label } : {}),
      ...(draft.role ? { role: draft.role } : {}),
      sectionId: draft.sectionId,
      text: body,
      start,
      end: start + body.length,
      footnoteRefs: markers.map((m) => ({ marker: m.marker, footnote: m.footnote, offset: start + m.offset })),
    });
    refsByParagraph.push({ index, hits: markers });
  }
  const citedIn = new Map<number, number>();
  for (const { index, hits } of refsByParagraph) for (const hit of hits) if (!citedIn.has(hit.footnote)) citedIn.set(hit.footnote, index);
  const footnotes: Footnote[] = footnoteDrafts.map((f) => {
    const body = f.body.trim();
    const start = append(`${f.marker} ${body}`) + f.marker.length + 1;
    const paragraphIndex = f.number > 0 ? (citedIn.get(f.number) ?? null) : null;
    if (f.number > 0 && paragraphIndex === null) warnings.push(`footnote ${f.number} is never cited in a paragraph`);
    return { number: f.number, marker: f.marker, text: body, start, end: start + body.length, paragraphIndex };
  });
  const known = new Set(footnoteDrafts.map((f) => f.number));
  for (const cited of citedIn.keys()) if (!known.has(cited)) warnings.push(`footnote ${cited} is cited but its text was not found`);
  return { text, metadata, sections, paragraphs, footnotes, warnings };
}
