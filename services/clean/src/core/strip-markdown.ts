import { applyTraced, type Edit, matchEdits, templateEdits, type TracedText } from './traced-text.ts';

const GLUED_BEFORE_OR_AFTER = /[\s(«"'.,;:!?)]/;

/**
 * Removes Markdown left over from conversion (bold, italics, links, headings, bullets) and HTML
 * tags; a bold run glued to its neighbours was a heading in the source, so it gets its own block.
 */
export function stripMarkdown(text: string): string {
  return stripMarkdownTraced({ text, corrections: [] }).text;
}

/** `stripMarkdown`, with the corrections made before carried to where their characters go. */
export function stripMarkdownTraced(input: TracedText): TracedText {
  let out = input;
  const replace = (pattern: RegExp, template: string): void => {
    out = applyTraced(out, templateEdits(out.text, pattern, template));
  };
  // Each group of rules is tried only where the character it needs is in the text at all.
  if (out.text.includes('<')) {
    replace(/<br\s*\/?>/dgi, '\n');
    replace(/<\/(?:p|div|h\d|li|tr)>/dgi, '\n\n');
    replace(/<sup>([^<]*)<\/sup>/dgi, '$1');
    replace(/<[a-z/!][^>]*>/dgi, '');
  }
  if (out.text.includes('&')) {
    for (const [entity, character] of [['&nbsp;', ' '], ['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"']] as const) {
      replace(new RegExp(entity, 'dg'), character);
    }
  }
  if (out.text.includes('\\')) replace(/\\([*_[\]#()`])/dg, '$1');
  if (out.text.includes('](')) replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/dg, '$1');
  if (out.text.includes('<')) replace(/<((?:https?:\/\/|www\.)[^>\s]+)>/dg, '$1');
  if (out.text.includes('^{')) replace(/\^\{([^}\n]*)\}/dg, '$1');
  if (out.text.includes('#')) replace(/^#{1,6}\s+/dgm, '');
  replace(/^[-+•]\s+/dgm, '');
  if (out.text.includes('****')) replace(/\*\*\*\*/dg, '**\n\n**');
  if (out.text.includes('**')) out = applyTraced(out, matchEdits(out.text, /\*\*([^*]+?)\*\*/dg, boldEdits(out.text)));
  if (out.text.includes('__')) replace(/__([^_\n]+)__/dg, '$1');
  if (out.text.includes('*')) replace(/(?<![*\p{L}\p{N}])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\p{L}])/dgu, '$1');
  return out;
}

/**
 * A bold run loses its stars and its inner line breaks (with the spaces around them); one glued
 * to a letter before or after it is set apart by blank lines.
 */
function boldEdits(whole: string): (m: RegExpExecArray) => Edit[] {
  const glued = (c: string | undefined): boolean => c !== undefined && !GLUED_BEFORE_OR_AFTER.test(c);
  return (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? whole[start - 1] : '\n';
    const after = whole[end] ?? '\n';
    const innerStart = start + 2;
    const innerEnd = end - 2;
    // `inner.replace(/\s*\n\s*/g, ' ').trim()` as edits: the ends' blanks go, inner breaks become a space.
    let head = innerStart;
    while (head < innerEnd && /\s/.test(whole[head] ?? '')) head++;
    let tail = innerEnd;
    while (tail > head && /\s/.test(whole[tail - 1] ?? '')) tail--;
    const edits: Edit[] = [{ start, end: head, after: glued(before) ? '\n\n' : '' }];
    for (const gap of whole.slice(head, tail).matchAll(/\s*\n\s*/g)) edits.push({ start: head + gap.index, end: head + gap.index + gap[0].length, after: ' ' });
    edits.push({ start: tail, end, after: glued(after) ? '\n\n' : '' });
    return edits;
  };
}
