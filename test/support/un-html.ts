// Publishes a segmented report as a web page would: navigation, a header, scripts, styles and a
// footer around a <main> that holds the headings, numbered paragraphs and footnotes.
import type { SegmentedDocument } from '@palermo/contracts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders a segmented document as an HTML page with page chrome around the report. */
export function renderUnHtml(document: SegmentedDocument, headerBlock: readonly string[]): string {
  const sections = new Map(document.sections.map((s) => [s.id, s]));
  const body: string[] = headerBlock.map((line) => `<p>${escape(line)}</p>`);
  let current: string | null = null;
  for (const paragraph of document.paragraphs) {
    if (paragraph.sectionId && paragraph.sectionId !== current) {
      const parts = paragraph.sectionId.split('.');
      for (const id of parts.map((_, i) => parts.slice(0, i + 1).join('.'))) {
        if (current && (current === id || current.startsWith(`${id}.`))) continue;
        const section = sections.get(id);
        if (section) body.push(`<h${section.level + 1}>${escape(`${section.number}. ${section.title}`)}</h${section.level + 1}>`);
      }
      current = paragraph.sectionId;
    }
    let text = paragraph.text;
    for (const ref of [...paragraph.footnoteRefs].sort((a, b) => b.offset - a.offset)) {
      const at = ref.offset - paragraph.start;
      text = `${text.slice(0, at)}\u0000${ref.marker}\u0001${text.slice(at)}`;
    }
    const html = escape(text).replace(/\u0000([^\u0001]*)\u0001/g, '<sup><a href="#fn$1">$1</a></sup>');
    const number = paragraph.numbered && paragraph.number !== null ? `${paragraph.number}. ` : '';
    body.push(`<p>${number}${html.replace(/\n/g, '<br>')}</p>`);
  }
  const notes = document.footnotes.map((f) => `<li id="fn${escape(f.marker)}"><sup>${escape(f.marker)}</sup> ${escape(f.text)}</li>`);
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Rapport</title>
<style>body { font-family: serif } .menu { display: flex }</style>
<script>window.dataLayer = [{ page: "rapport", parties: 170 }];</script></head>
<body>
<header><nav class="menu"><a href="/">Accueil</a> <a href="/fr/documents">Documents officiels</a> <a href="/en">English</a></nav></header>
<main>
${body.join('\n')}
${notes.length > 0 ? `<hr><ol class="footnotes">\n${notes.join('\n')}\n</ol>` : ''}
</main>
<footer><p>© Nations Unies 2016 — 120 pays membres du réseau</p><script>track(42)</script></footer>
</body></html>
`;
}
