// Typographic spaces of every width; a no-break space inside "1 352" becomes a plain space too.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v]/g;
// Invisible characters PDF extraction leaves behind; a soft hyphen is only a line-break hint.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const RARE = /[\r\u00A0\u1680\u2000-\u200D\u202F\u205F\u3000\t\v\u2060\uFEFF\u00ADﬀ-ﬆ\u2010\u2011]/;
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * Puts characters in one canonical form: NFC, plain spaces, straight apostrophes, French
 * guillemets for double quotes. NFKC is not used because it would turn footnote superscripts
 * (¹ ²) into ordinary digits and glue them to the numbers they follow.
 */
export function normalizeCharacters(raw: string, options: { keepTabs?: boolean; keepQuotes?: boolean } = {}): string {
  const keepTabs = options.keepTabs ?? false;
  let text = raw.normalize('NFC');
  // One scan tells whether any of the rarer characters below is there at all.
  if (RARE.test(text)) {
    text = text.replace(/\r\n?/g, '\n');
    // A PDF's table rows separate their cells with tabs (services/fetch/src/pdf/LAYOUT.md).
    text = text.replace(INVISIBLE, '').replace(SPACES, (c) => (keepTabs && c === '\t' ? c : ' '));
    text = text.replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c);
    // PDFs set "COVID‑19" and "non‑governmental" with a non-breaking hyphen.
    text = text.replace(/[\u2010\u2011]/g, '-');
  }
  // Guillemets and straight apostrophes are French typography: a text in another language keeps
  // its quotes and apostrophes as printed, and matching folds them where it matches.
  if (options.keepQuotes) return tidyLines(text.replace(/ {2,}/g, ' '), keepTabs);
  text = text.replace(/[’‘‛`´′]/g, "'");
  // Curly double quotes pair reliably; straight ones only where they clearly open or close. Only
  // spaces go, never a line break: in a PDF the line after « may be a footnote.
  // ` +x|x` finds what ` *x` finds, but lets the regex engine skip ahead to a space or the mark.
  if (/[“„”]/.test(text)) text = text.replace(/[“„] */g, '« ').replace(/ +”|”/g, ' »');
  text = text.replace(/(^|[\s([])" *([^"\n]+?) *"(?=[\s.,;:!?)\]]|$)/gm, '$1« $2 »');
  text = spaceBeforeClosingGuillemets(text.replace(/« */g, '« '));
  text = text.replace(/ {2,}/g, ' ');
  return tidyLines(text, keepTabs);
}

/**
 * `text.replace(/ *»/g, ' »')` without trying the pattern at every space of the text: the spaces
 * that directly precede each » (and follow the previous one) become one.
 */
function spaceBeforeClosingGuillemets(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('»'); at >= 0; at = text.indexOf('»', at + 1)) {
    let start = at;
    while (start > last && text.charCodeAt(start - 1) === 0x20) start--;
    out += `${text.slice(last, start)} »`;
    last = at + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Trims every line; a table row keeps its tabs, empty first cells included. */
function tidyLines(text: string, keepTabs: boolean): string {
  return text
    .split('\n')
    .map((line) => (keepTabs && line.includes('\t') ? line.replace(/^ +| +$/g, '').replace(/ *\t */g, '\t') : line.trim()))
    .join('\n');
}
