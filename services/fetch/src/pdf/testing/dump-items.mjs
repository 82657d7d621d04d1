// node services/fetch/src/pdf/testing/dump-items.mjs file.pdf page... > out.json : pdf.js items of some pages, rounded, for layout unit tests
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
const [file, ...pages] = process.argv.slice(2);
const child = fork(new URL('../pdf-text.child.mjs', import.meta.url), [], { serialization: 'advanced' });
const r = (v) => Math.round(v * 100) / 100;
// The child sends a page's items as columns (pdf-items.ts's PdfPageColumns); here as objects again.
const items = (p) =>
  p.str.map((str, i) => {
    const [x, y, width, height, fontSize] = p.numbers.subarray(i * 5, i * 5 + 5);
    const font = p.font[i];
    return { str, x, y, width, height, fontSize, fontName: p.fontNames[font], fontFamily: p.fontFamilies[font], eol: (p.flags[i] & 1) !== 0, rotated: (p.flags[i] & 2) !== 0 };
  });
child.on('message', (m) => {
  const out = pages.map(Number).map((n) => {
    const p = m.pages[n - 1];
    return { page: n, width: r(p.width), height: r(p.height), items: items(p).map((i) => ({ ...i, x: r(i.x), y: r(i.y), width: r(i.width), height: r(i.height), fontSize: r(i.fontSize) })) };
  });
  process.stdout.write(JSON.stringify(out));
  child.kill();
});
child.send({ id: 1, bytes: readFileSync(file), maxPages: 500 });
