/**
 * Removes Markdown left over from conversion (bold, italics, links, headings, bullets) and HTML
 * tags; a bold run glued to its neighbours was a heading in the source, so it gets its own block.
 */
export function stripMarkdown(text: string): string {
  let out = text;
  // Each group of rules is tried only where the character it needs is in the text at all.
  if (out.includes('<')) {
    out = out.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|div|h\d|li|tr)>/gi, '\n\n');
    out = out.replace(/<sup>([^<]*)<\/sup>/gi, '$1').replace(/<[a-z/!][^>]*>/gi, '');
  }
  if (out.includes('&')) {
    out = out.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  }
  if (out.includes('\\')) out = out.replace(/\\([*_[\]#()`])/g, '$1');
  if (out.includes('](')) out = out.replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/g, '$1');
  if (out.includes('<')) out = out.replace(/<((?:https?:\/\/|www\.)[^>\s]+)>/g, '$1');
  if (out.includes('^{')) out = out.replace(/\^\{([^}\n]*)\}/g, '$1');
  if (out.includes('#')) out = out.replace(/^#{1,6}\s+/gm, '');
  out = out.replace(/^[-+•]\s+/gm, '');
  if (out.includes('****')) out = out.replace(/\*\*\*\*/g, '**\n\n**');
  out = out.replace(/\*\*([^*]+?)\*\*/g, (match, inner: string, at: number, whole: string) => {
    const before = at > 0 ? whole[at - 1] : '\n';
    const after = whole[at + match.length] ?? '\n';
    const glued = (c: string | undefined): boolean => c !== undefined && !/[\s(«"'.,;:!?)]/.test(c);
    const body = inner.replace(/\s*\n\s*/g, ' ').trim();
    return `${glued(before) ? '\n\n' : ''}${body}${glued(after) ? '\n\n' : ''}`;
  });
  if (out.includes('__')) out = out.replace(/__([^_\n]+)__/g, '$1');
  if (out.includes('*')) out = out.replace(/(?<![*\p{L}\p{N}])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\p{L}])/gu, '$1');
  return out;
}
