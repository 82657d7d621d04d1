import type { Correction } from '@palermo/contracts';

// C0 and C1 controls except tab, line feed and form feed (which carry the text's layout), and
// UTF-16 halves with no partner: PostgreSQL refuses NUL ("unsupported Unicode escape sequence")
// and a lone surrogate cannot be written as UTF-8 at all.
const UNWANTED = /[\u0000-\u0008\u000B\u000D-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes control characters and lone surrogates from a text layer, recording each change with
 * its offset in the returned text and the character as `U+XXXX`. A control character between two visible characters becomes a
 * space (it stood where a word gap is), elsewhere it is removed; a lone surrogate becomes U+FFFD.
 */
export function removeControlCharacters(text: string): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(UNWANTED)) {
    const at = match.index;
    out += text.slice(last, at);
    last = at + match[0].length;
    const code = match[0].charCodeAt(0);
    // `before` names the character (U+0000): the character itself is what storage refuses.
    const before = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code >= 0xd800 && code <= 0xdfff) {
      corrections.push({ offset: out.length, before, after: '\uFFFD', rule: 'lone-surrogate' });
      out += '\uFFFD';
      continue;
    }
    const between = /\S$/.test(out) && /^[^\s\u0000-\u001F\u007F-\u009F]/.test(text.slice(last));
    const after = between ? ' ' : '';
    corrections.push({ offset: out.length, before, after, rule: 'control-character' });
    out += after;
  }
  return { text: out + text.slice(last), corrections };
}
