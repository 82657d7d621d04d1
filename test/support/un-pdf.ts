// Lays a report out the way the UN publishes it, so tests can check PDF reading against the
// text version: a header block on page 1, a running header with the symbol and title on every
// later page, a footer with the job number and "n/N", footnotes at the foot of the page that
// cites them, markers set inline after words, and paragraphs that run across page breaks.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { SegmentedDocument } from '@palermo/contracts';

const require = createRequire(import.meta.url);
const FONTS = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONTS, 'DejaVuSans.ttf');
const BOLD = join(FONTS, 'DejaVuSans-Bold.ttf');

export interface UnPdfLayout {
  symbol: string; // e.g. S/2016/949
  jobNumber: string; // e.g. 16-19731 (F)
  headerBlock: string[]; // the first page's lines before the body (organ, Distr., date, title...)
}

const MARGIN = 72;
const FOOTNOTE_SIZE = 8;
const BODY_SIZE = 10;

/** Renders a segmented document as a UN-style PDF and returns its bytes. */
export async function renderUnPdf(document: SegmentedDocument, layout: UnPdfLayout): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margins: { top: MARGIN, bottom: MARGIN + 90, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: layout.symbol } });
  pdf.registerFont('regular', REGULAR);
  pdf.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  // A note on the title ("* A/78/50.") sits at the foot of the first page, not in the header block.
  const titleNotes = document.footnotes.filter((f) => f.number === 0).map((f) => ({ marker: f.marker, text: f.text }));
  // The summary is a paragraph of the body: printed there, it must not be printed in the header too.
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const bodyTexts = new Set(document.paragraphs.map((p) => squash(p.text)));
  const headerLines = layout.headerBlock.filter((line) => !/^\*{1,3}\s/.test(line) && !bodyTexts.has(squash(line)));
  // The running header carries the symbol and the title (the symbol alone when no title is known),
  // never the summary, a note or whatever line happens to end the header block.
  const runningTitle = document.metadata.title ?? '';
  pdf.font('bold').fontSize(BODY_SIZE);
  for (const line of headerLines) pdf.text(line);
  pdf.moveDown();

  const footnotesByPage = new Map<number, Array<{ marker: string; text: string }>>();
  if (titleNotes.length > 0) footnotesByPage.set(pdf.bufferedPageRange().start, titleNotes);
  const sectionsById = new Map(document.sections.map((s) => [s.id, s]));
  let currentSection: string | null = null;
  for (const paragraph of document.paragraphs) {
    if (paragraph.sectionId && paragraph.sectionId !== currentSection) {
      for (const id of headingsBetween(currentSection, paragraph.sectionId)) {
        const section = sectionsById.get(id);
        // An unnumbered sub-heading is printed as its title alone, not as ". Title".
        if (section) pdf.moveDown(0.5).font('bold').fontSize(BODY_SIZE).text(section.number ? `${section.number}. ${section.title}` : section.title).moveDown(0.5);
      }
      currentSection = paragraph.sectionId;
    }
    const prefix = paragraph.numbered && paragraph.number !== null ? `${paragraph.number}. ` : '';
    const pieces = splitAtMarkers(paragraph.text, paragraph.footnoteRefs.map((ref) => ({ at: ref.offset - paragraph.start, marker: ref.marker })));
    pdf.font('regular').fontSize(BODY_SIZE);
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      // Justified pdfkit text drops the space that opens a fragment, so the space after a marker
      // travels with the marker; otherwise "personnes 1 de" would be printed "personnes 1de".
      const spaceAfter = piece.marker !== null && /^\s/.test(pieces[i + 1]?.text ?? '');
      const text = i > 0 && (pieces[i - 1]?.marker ?? null) !== null ? piece.text.replace(/^\s+/, '') : piece.text;
      pdf.font('regular').fontSize(BODY_SIZE).text(i === 0 ? prefix + text : text, { continued: !last || piece.marker !== null, align: 'justify' });
      if (piece.marker !== null) {
        const footnote = document.footnotes.find((f) => f.marker === piece.marker || String(f.number) === piece.marker);
        // The UN sets markers and footnote numbers as small plain digits, not superscript characters.
        const marker = footnote && footnote.number > 0 ? String(footnote.number) : piece.marker;
        pdf.fontSize(6).text(` ${marker}${spaceAfter ? ' ' : ''}`, { continued: !last });
        const page = pdf.bufferedPageRange().start + pdf.bufferedPageRange().count - 1;
        if (footnote) footnotesByPage.set(page, [...(footnotesByPage.get(page) ?? []), { marker, text: footnote.text }]);
      }
    });
    pdf.moveDown(0.6);
  }

  const range = pdf.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    pdf.switchToPage(page);
    // The header, footnotes and footer sit in the margins: without this, pdfkit would take text
    // below the bottom margin for an overflow and move it to new pages at the end of the file.
    pdf.page.margins = { ...pdf.page.margins, bottom: 0 };
    const number = page - range.start + 1;
    const width = pdf.page.width - 2 * MARGIN;
    if (number > 1) {
      const odd = number % 2 === 1;
      const header = (odd ? `${runningTitle}   ${layout.symbol}` : `${layout.symbol}   ${runningTitle}`).trim();
      pdf.font('regular').fontSize(8).text(header, MARGIN, 36, { width, lineBreak: false });
    }
    const notes = footnotesByPage.get(page) ?? [];
    let y = pdf.page.height - MARGIN - 80;
    if (notes.length > 0) {
      pdf.moveTo(MARGIN, y - 4).lineTo(MARGIN + 120, y - 4).stroke();
      for (const note of notes) {
        pdf.font('regular').fontSize(FOOTNOTE_SIZE).text(`${note.marker} ${note.text}`, MARGIN, y, { width });
        y = pdf.y + 2;
      }
    }
    pdf.font('regular').fontSize(8).text(`${layout.jobNumber}`, MARGIN, pdf.page.height - 50, { width: width / 2, lineBreak: false });
    pdf.text(`${number}/${range.count}`, MARGIN + width / 2, pdf.page.height - 50, { width: width / 2, align: 'right', lineBreak: false });
  }
  pdf.end();
  return done;
}

/** The section ids to print when moving from one section to the next (a new chapter and its sub-section). */
function headingsBetween(previous: string | null, next: string): string[] {
  const parts = next.split('.');
  const ids = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
  return ids.filter((id) => !previous || !(previous === id || previous.startsWith(`${id}.`)));
}

function splitAtMarkers(text: string, markers: Array<{ at: number; marker: string }>): Array<{ text: string; marker: string | null }> {
  const pieces: Array<{ text: string; marker: string | null }> = [];
  let from = 0;
  for (const { at, marker } of [...markers].sort((a, b) => a.at - b.at)) {
    pieces.push({ text: text.slice(from, at), marker });
    from = at;
  }
  pieces.push({ text: text.slice(from), marker: null });
  return pieces.filter((piece) => piece.text.length > 0 || piece.marker !== null);
}
