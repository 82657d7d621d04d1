import { describe, expect, it } from 'vitest';
import { HTML_MAX_DEPTH, HtmlNestingError } from './html-depth.ts';
import { htmlToText } from './html-to-text.ts';

const PAGE = `<!doctype html><html><head><title>ONUDC</title><style>p{color:red}</style>
<script>var tracking = "170 États";</script></head><body>
<header><nav><a href="/">Accueil</a> <a href="/fr">Français</a></nav></header>
<main><h1>Rapport du Secrétaire général</h1>
<p>1. Au 8 novembre 2016, le Protocole comptait <b>170</b> États parties.</p>
<p>2. Le Fonds a reçu<br>1 million de dollars.</p>
<noscript>Activez JavaScript</noscript></main>
<footer>© Nations Unies 2016</footer></body></html>`;

describe('htmlToText', () => {
  it('keeps the main content as paragraphs and nothing else', () => {
    expect(htmlToText(PAGE)).toBe(
      'Rapport du Secrétaire général\n\n1. Au 8 novembre 2016, le Protocole comptait 170 États parties.\n\n2. Le Fonds a reçu\n1 million de dollars.',
    );
  });
  it('keeps footnote markers as superscript digits', () => {
    expect(htmlToText('<main><p>Rapport mondial<sup><a href="#fn12">12</a></sup> de 2016.</p><ol><li><sup>12</sup> Publication des Nations Unies.</li></ol></main>')).toBe(
      'Rapport mondial¹² de 2016.\n\n¹² Publication des Nations Unies.',
    );
  });

  it('falls back to the body when there is no main element', () => {
    expect(htmlToText('<html><body><div>Texte</div><script>x()</script></body></html>')).toBe('Texte');
  });
});

describe('htmlToText on hostile HTML', () => {
  it('refuses HTML nested 100,000 deep quickly, naming the limit, instead of overflowing the stack', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}<p>170 États</p>${'</div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    expect(() => htmlToText(deep)).toThrow(new HtmlNestingError(HTML_MAX_DEPTH));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('reads HTML nested as deep as the limit allows, and counts implied and void elements as a browser does', () => {
    const nested = `<html><body>${'<div>'.repeat(900)}<p>170 États<br><img src=x></p>${'</div>'.repeat(900)}</body></html>`;
    expect(htmlToText(nested)).toBe('170 États');
    const unclosed = `<html><body>${'<p>paragraphe <li>point '.repeat(300)}</body></html>`;
    expect(() => htmlToText(unclosed)).not.toThrow();
  });
});
