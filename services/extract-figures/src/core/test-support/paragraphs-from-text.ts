import type { Footnote, FootnoteRef, Paragraph, Section, SegmentedDocument } from '@palermo/contracts';
import { parseFrenchDate } from '../dates.ts';

/**
 * A stand-in for the segment stage, for tests: splits a report on blank lines, reads a leading
 * `N.` as the paragraph number, turns `I.`/`A.`/short `1.` lines into sections, strips Markdown and
 * superscript footnote markers, and computes every offset into the text it returns.
 */

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

function superscriptNumber(s: string): number {
  return Number([...s].map((c) => SUPERSCRIPT_DIGITS[c] ?? '').join(''));
}

function stripMarkup(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [76/186](#)
    .replace(/\^\{([^}]*)\}/g, '$1') // M^{me}
    .replace(/\*+/g, '')
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

// Removes superscript footnote markers, remembering where each was in the cleaned text.
function stripMarkers(s: string): { text: string; markers: { marker: string; footnote: number; at: number }[] } {
  const markers: { marker: string; footnote: number; at: number }[] = [];
  let text = '';
  let last = 0;
  for (const m of s.matchAll(SUPERSCRIPTS)) {
    text += s.slice(last, m.index);
    markers.push({ marker: m[0], footnote: superscriptNumber(m[0]), at: text.length });
    last = m.index + m[0].length;
  }
  text += s.slice(last);
  return { text, markers };
}

interface Block {
  kind: 'paragraph' | 'continuation' | 'heading' | 'footnote';
  number: number | null;
  label: string; // heading label: "II", "A", "1"
  text: string;
  markers: { marker: string; footnote: number; at: number }[];
}

function classify(rawBlock: string, lastNumber: number | null): Block | null {
  const raw = rawBlock.trim();
  if (raw.length === 0) return null;
  const note = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*([\s\S]*)$/.exec(raw);
  if (note?.[1] && note[2] !== undefined) {
    return { kind: 'footnote', number: superscriptNumber(note[1]), label: '', text: stripMarkup(note[2]), markers: [] };
  }
  const { text, markers } = stripMarkers(stripMarkup(raw));
  if (text.length === 0) return null;
  const heading = /^([IVX]+|[A-Z]|\d{1,2})\.\s+(\S[\s\S]*)$/.exec(text);
  // "24. La plupart ... de leur statut" cut by a page break looks like a heading; the next number is a paragraph.
  const nextParagraph = heading?.[1] !== undefined && lastNumber !== null && Number(heading[1]) === lastNumber + 1;
  if (heading?.[1] && heading[2] && text.length < 320 && !/[.;:]$/.test(text) && !nextParagraph) {
    return { kind: 'heading', number: null, label: heading[1], text: heading[2], markers };
  }
  const numbered = /^(\d{1,3})[.,]\s+([\s\S]*)$/.exec(text);
  if (numbered?.[1] && numbered[2] !== undefined) {
    const shift = text.length - numbered[2].length;
    return { kind: 'paragraph', number: Number(numbered[1]), label: '', text: numbered[2], markers: markers.map((m) => ({ ...m, at: Math.max(0, m.at - shift) })) };
  }
  return { kind: 'continuation', number: null, label: '', text, markers };
}

function splitBlocks(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/\*\*\*\*/g, '**\n\n**') // "...humains****I. Introduction**": two headings glued together
    .split(/\n[ \t]*\n+/)
    .flatMap((b) => b.split(/\n(?=\s*\d{1,3}\.\s)/));
}

function sectionLevel(label: string): number {
  if (/^[IVX]+$/.test(label) && label.length > 1) return 1;
  if (label === 'I' || label === 'V' || label === 'X') return 1;
  if (/^[A-Z]$/.test(label)) return 2;
  return 3;
}

/** Builds a SegmentedDocument from plain or Markdown report text, for tests and as the evaluation's fallback. */
export function paragraphsFromText(raw: string, options: { reportDate?: string | null } = {}): SegmentedDocument {
  const paragraphs: { number: number | null; text: string; sectionId: string | null; markers: Block['markers'] }[] = [];
  const notes: { number: number; text: string }[] = [];
  const sections: Section[] = [];
  const path: (Section | undefined)[] = [];
  let sawNumbered = false;
  let lastNumber: number | null = null;

  for (const rawBlock of splitBlocks(raw)) {
    const block = classify(rawBlock, lastNumber);
    if (!block) continue;
    const current = path.filter((s): s is Section => s !== undefined).pop() ?? null;
    if (block.kind === 'footnote' && block.number !== null) {
      notes.push({ number: block.number, text: block.text });
    } else if (block.kind === 'heading') {
      const level = sectionLevel(block.label);
      const parent = path.slice(0, level - 1).filter((s): s is Section => s !== undefined).pop() ?? null;
      const section: Section = { id: parent ? `${parent.id}.${block.label}` : block.label, number: block.label, level, title: block.text, parentId: parent?.id ?? null };
      sections.push(section);
      path.length = level - 1;
      path[level - 1] = section;
    } else if (block.kind === 'paragraph') {
      sawNumbered = true;
      lastNumber = block.number;
      paragraphs.push({ number: block.number, text: block.text, sectionId: current?.id ?? null, markers: block.markers });
    } else {
      const previous = paragraphs[paragraphs.length - 1];
      if (sawNumbered && previous) {
        // A page break or a list item: the block continues the paragraph before it.
        const glue = /^\p{Ll}/u.test(block.text) && !/^[a-z]{1,4}\)\s/.test(block.text) ? ' ' : '\n';
        const base = previous.text.length + glue.length;
        previous.text += glue + block.text;
        previous.markers.push(...block.markers.map((m) => ({ ...m, at: m.at + base })));
      } else {
        paragraphs.push({ number: null, text: block.text, sectionId: current?.id ?? null, markers: block.markers });
      }
    }
  }

  let text = '';
  const append = (s: string): [number, number] => {
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += s;
    return [start, text.length];
  };
  const citing = new Map<number, number>();
  const built: Paragraph[] = paragraphs.map((p, index) => {
    const [start, end] = append(p.text);
    const footnoteRefs: FootnoteRef[] = p.markers.map((m) => ({ marker: m.marker, footnote: m.footnote, offset: start + m.at }));
    for (const m of p.markers) if (!citing.has(m.footnote)) citing.set(m.footnote, index);
    return { index, number: p.number, numbered: p.number !== null, sectionId: p.sectionId, text: p.text, start, end, footnoteRefs };
  });
  const footnotes: Footnote[] = notes.map((n) => {
    const [start, end] = append(n.text);
    return { number: n.number, marker: String(n.number), text: n.text, start, end, paragraphIndex: citing.get(n.number) ?? null };
  });

  const headerDate = raw.split('\n').slice(0, 15).map((l) => l.trim()).find((l) => /^\d{1,2}(?:er)? \p{L}+ \d{4}$/u.test(l));
  // The organ named in the header makes the text a United Nations document (its bare "dollars" are US dollars).
  const organ = raw.split('\n').slice(0, 15).map((l) => l.replace(/\*+/g, '').trim()).find((l) => /^(?:Assemblée générale|Conseil de sécurité|Conseil économique et social|Conférence des Parties\b.*)$/u.test(l)) ?? null;
  return {
    text,
    metadata: {
      symbol: null, organ, session: null, agendaItem: null, title: null, language: 'fr',
      date: options.reportDate ?? (headerDate ? parseFrenchDate(headerDate)?.iso ?? null : null),
    },
    sections,
    paragraphs: built,
    footnotes,
    warnings: [],
  };
}
