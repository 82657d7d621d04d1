// node services/fetch/src/pdf/testing/count-characters.mjs file.pdf... : per PDF, the characters of pdf.js's text items
// and how many of them are non-ASCII white space (\s but not [ \t\n\v\f\r]) or format characters (\p{Cf}), by code point
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const SPECIAL = /[^\S \t\n\v\f\r]|\p{Cf}/gu;
const child = fork(new URL('../pdf-text.child.mjs', import.meta.url), [], { serialization: 'advanced' });
const files = process.argv.slice(2);
const pending = new Map();
child.on('message', (m) => pending.get(m.id)(m));
for (const [id, file] of files.entries()) {
  const reply = await new Promise((resolve) => {
    pending.set(id, resolve);
    child.send({ id, bytes: readFileSync(file), maxPages: 500 });
  });
  const counts = new Map();
  for (const page of reply.pages ?? []) {
    for (const str of page.str) for (const [char] of str.matchAll(SPECIAL)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const shown = [...counts].sort().map(([char, n]) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} ${n}`);
  const total = (reply.pages ?? []).reduce((n, page) => n + page.str.join('').length, 0);
  process.stdout.write(`${basename(file)}\t${total} chars\t${reply.ok ? shown.join(', ') || '-' : reply.message}\n`);
}
child.kill();
