// A derived view of the segment stage's output, shared by `palermo document` and the HTTP API.
import type { SegmentedDocument } from './text-records.ts';

/** One section with the range of paragraph numbers it holds (its sub-sections included). */
export interface OutlineEntry {
  id: string;
  level: number;
  title: string;
  firstParagraph: number | null;
  lastParagraph: number | null;
}

/** The section tree in order, each section with its paragraph range. */
export function describeOutline(document: SegmentedDocument): OutlineEntry[] {
  return document.sections.map((section) => {
    const inside = document.paragraphs.filter((p) => p.sectionId === section.id || p.sectionId?.startsWith(`${section.id}.`));
    const numbers = inside.map((p) => p.number).filter((n): n is number => n !== null);
    return {
      id: section.id,
      level: section.level,
      title: section.title,
      firstParagraph: numbers.length > 0 ? Math.min(...numbers) : null,
      lastParagraph: numbers.length > 0 ? Math.max(...numbers) : null,
    };
  });
}
