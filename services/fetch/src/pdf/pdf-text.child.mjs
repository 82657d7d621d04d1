// The PDF parser's own process: pdf.js runs here, fenced by the parent's deadline and the
// heap cap it was started with, so a hostile file can crash or hang this process only.
// Plain JavaScript on purpose: it must start under bare node, whatever loader the parent uses.
import { PDFParse } from 'pdf-parse';

process.once('message', async ({ bytes, maxPages }) => {
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const info = await parser.getInfo();
    if (info.total > maxPages) {
      process.send({ ok: false, name: 'PageLimit', message: `${info.total} pages, more than the limit of ${maxPages}` });
      return;
    }
    const result = await parser.getText({ pageJoiner: '' });
    const pages = result.pages.map((page) => page.text.replace(/\t/g, ' '));
    process.send({ ok: true, pages });
  } catch (error) {
    process.send({ ok: false, name: error?.name ?? 'Error', message: error?.message ?? String(error) });
  } finally {
    await parser.destroy().catch(() => undefined);
    process.disconnect();
  }
});
