// node services/fetch/src/pdf/testing/dump-items.mjs file.pdf page... > out.json : pdf.js items of some pages, rounded, for layout unit tests
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
const [file, ...pages] = process.argv.slice(2);
const child = fork(new URL('../pdf-text.child.mjs', import.meta.url), [], { serialization: 'advanced' });
const r = (v) => Math.round(v * 100) / 100;
child.on('message', (m) => {
  const out = pages.map(Number).map((n) => {
    const p = m.pages[n - 1];
    return { page: n, width: r(p.width), height: r(p.height), items: p.items.map((i) => ({ ...i, x: r(i.x), y: r(i.y), width: r(i.width), height: r(i.height), fontSize: r(i.fontSize) })) };
  });
  process.stdout.write(JSON.stringify(out));
  child.kill();
});
child.send({ id: 1, bytes: readFileSync(file), maxPages: 500 });
