// The PDF parser's own long-lived process: pdf.js runs here, fenced by the parent's deadline, an
// operating-system memory limit and the parent's watch on its resident memory, so a hostile file
// can crash or hang this process only. It parses one document at a time, always replies before
// anything else happens, and never exits on its own: the parent recycles it by killing it after
// the reply has arrived, and it leaves when the parent goes away (the IPC channel closes).
// Plain JavaScript on purpose: it must start under bare node, whatever loader the parent uses.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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
      const content = await page.getTextContent({ disableNormalization: false });
      const items = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, e, f] = item.transform;
        // Page space, origin at the top left, y down; `y` is the baseline.
        items.push({
          str: item.str,
          x: e - x0,
          y: y1 - f,
          width: item.width,
          height: item.height,
          fontSize: Math.hypot(c, d) || Math.hypot(a, b),
          fontName: item.fontName,
          fontFamily: content.styles[item.fontName]?.fontFamily ?? '',
          eol: item.hasEOL,
          rotated: Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3,
        });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return { id, ok: true, pages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
