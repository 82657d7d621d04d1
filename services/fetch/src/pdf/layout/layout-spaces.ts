/**
 * Runs of ASCII white space become one space: those are the engine's own separators and the gaps
 * between items. A no-break or thin space (U+00A0, U+2000–200A, U+202F…) is a source character and
 * stays for the clean stage, which records what it changes, even at a segment's edges, which are
 * trimmed of ASCII white space only (`trimLayoutSpaces`).
 */
export function collapseLayoutSpaces(text: string): string {
  return text.replace(/[ \t\n\v\f\r]+/g, ' ');
}

/** A segment's edges without ASCII white space; a no-break or thin space there is printed and stays. */
export function trimLayoutSpaces(text: string): string {
  return trimLayoutSpacesEnd(text.replace(/^[ \t\n\v\f\r]+/, ''));
}

/** The text without the ASCII white space it ends with (`trimLayoutSpaces`, one end). */
export function trimLayoutSpacesEnd(text: string): string {
  return text.replace(/[ \t\n\v\f\r]+$/, '');
}

/** Whether an item prints anything: an item of only a no-break space (U+00A0, U+202F…) does. */
export function printsText(text: string): boolean {
  return /[^ \t\n\v\f\r]/.test(text);
}

