import type { CleanedText, MediaType } from '@palermo/contracts';
import { frenchLexicon } from './french-lexicon.ts';
import { joinLines } from './join-lines.ts';
import { normalizeCharacters } from './normalize-characters.ts';
import { repairOcr } from './ocr-repair.ts';
import { removeFurniture } from './remove-furniture.ts';
import { stripMarkdown } from './strip-markdown.ts';

export interface CleanTextOptions {
  mediaType?: MediaType;
}

/**
 * Turns raw extracted text into clean French prose: one blank line between paragraphs, page
 * furniture removed, Markdown stripped, OCR damage repaired; every removal and repair is listed
 * so a person can audit it. Offsets of corrections point into the returned text.
 */
export function cleanText(raw: string, options: CleanTextOptions = {}): CleanedText {
  const lexicon = frenchLexicon();
  let text = normalizeCharacters(raw.replace(/\u0000/g, ''));
  if (options.mediaType !== 'application/pdf') text = stripMarkdown(text);
  text = normalizeCharacters(text);
  const furniture = removeFurniture(text);
  const joined = joinLines(furniture.text, lexicon);
  const repaired = repairOcr(joined.text, lexicon, joined.corrections);
  return { text: repaired.text.trim(), corrections: repaired.corrections, removed: furniture.removed };
}
