/** The fences text must pass before the stages after fetch read it. */
export interface TextFences {
  /** Characters in the whole text. */
  maxChars: number;
  /** Characters in one line. */
  maxLineChars: number;
}

/**
 * Why the text is past a fence (a reason naming the limit and its setting), or null. Cleaning,
 * segmenting and extraction run on the main thread at several microseconds a character: without
 * a fence a 10 MB text holds every stage of its process for minutes and its job locks are lost.
 * Linear: one pass over the line breaks.
 */
export function textFenceBreach(text: string, fences: TextFences): string | null {
  if (text.length > fences.maxChars) return `${text.length} characters of text, more than the limit of ${fences.maxChars} (TEXT_MAX_CHARS)`;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    if (lineEnd - start > fences.maxLineChars) return `a line of ${lineEnd - start} characters, more than the limit of ${fences.maxLineChars} (TEXT_MAX_LINE_CHARS)`;
    if (end < 0) break;
    start = end + 1;
  }
  return null;
}
