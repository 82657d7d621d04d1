// The PDF parser's own long-lived process: pdf.js runs here, fenced by the parent's deadline, an
// operating-system memory limit and the parent's watch on its resident memory, so a hostile file
// can crash or hang this process only. It parses one document at a time, always replies before
// anything else happens, and never exits on its own: the parent recycles it by killing it after
// the reply has arrived, and it leaves when the parent goes away (the IPC channel closes).
// Plain JavaScript on purpose: it must start under bare node, whatever loader the parent uses.
import { keepNativeBuiltIns } from './native-built-ins.mjs';

// The legacy build (the one pdf.js supports on Node) carries core-js, which replaces V8's own
// Array.prototype.push and JSON.parse for corner cases no PDF reaches (lengths past 2^32, JSON
// source text); its push cost pdf.js a quarter of its time. Both modules are loaded here, the
// worker included (pdf.js would import it on first use and polyfill again), then V8's own
// built-ins are put back; what Node 20 lacks (Promise.withResolvers, Set methods…) stays polyfilled.
const { getDocument } = (await keepNativeBuiltIns(async () => {
  const api = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs'); // sets globalThis.pdfjsWorker, which pdf.js uses as its worker
  return api;
})).result;

process.on('disconnect', () => process.exit(0));

process.on('message', async (request) => {
  const answer = await parse(request).catch((error) => ({
    id: request.id,
    ok: false,
    name: error?.name ?? 'Error',
    message: String(error?.message ?? error),
  }));
  reply(answer);
});

/** Sends the answer; one too big to send (out of memory while serialising) is replaced by a short error. */
function reply(answer) {
  try {
    process.send(answer);
  } catch (error) {
    process.send({ id: answer.id, ok: false, name: 'ReplyError', message: `the reply could not be sent: ${error?.message ?? error}` });
  }
}

/**
 * One page's text items as columns (pdf-items.ts's PdfPageColumns): typed arrays travel over the
 * channel as raw bytes, where an object per item cost the parent a deserialisation per property.
 */
function columns(content, x0, y1, width, height) {
  const texts = content.items.filter((item) => 'str' in item);
  const count = texts.length;
  const str = new Array(count);
  const numbers = new Float64Array(count * 5); // x, y, width, height, fontSize per item
  const flags = new Uint8Array(count); // 1: end of line, 2: rotated
  const font = new Uint32Array(count); // index into fontNames and fontFamilies
  const fontNames = [];
  const fontFamilies = [];
  const fontIndex = new Map();
  for (let i = 0; i < count; i += 1) {
    const item = texts[i];
    const [a, b, c, d, e, f] = item.transform;
    str[i] = item.str;
    // Page space, origin at the top left, y down; `y` is the baseline.
    numbers[i * 5] = e - x0;
    numbers[i * 5 + 1] = y1 - f;
    numbers[i * 5 + 2] = item.width;
    numbers[i * 5 + 3] = item.height;
    numbers[i * 5 + 4] = Math.hypot(c, d) || Math.hypot(a, b);
    flags[i] = (item.hasEOL ? 1 : 0) | (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 ? 2 : 0);
    let index = fontIndex.get(item.fontName);
    if (index === undefined) {
      index = fontNames.length;
      fontIndex.set(item.fontName, index);
      fontNames.push(item.fontName);
      fontFamilies.push(content.styles[item.fontName]?.fontFamily ?? '');
    }
    font[i] = index;
  }
  return { width, height, str, numbers, flags, font, fontNames, fontFamilies };
}

/** Reads every page's text items with their geometry, as pdf.js reports them. */
async function parse({ id, bytes, maxPages }) {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false });
  try {
    const doc = await task.promise;
    if (doc.numPages > maxPages) {
      return { id, ok: false, name: 'PageLimit', message: `${doc.numPages} pages, more than the limit of ${maxPages}` };
    }
    const pages = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      // pdf.js would otherwise fold NBSP, thin spaces, ligatures (ﬁ), µ, Ω… to NFKC unseen: the clean
      // stage changes what it has a rule for and records it, and keeps the rest as printed.
      const content = await page.getTextContent({ disableNormalization: true });
      pages.push(columns(content, x0, y1, x1 - x0, y1 - y0));
      page.cleanup();
    }
    return { id, ok: true, pages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
