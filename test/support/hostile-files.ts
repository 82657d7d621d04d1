// Hostile inputs made by the tests themselves: broken and oversized PDFs, odd encodings, files
// that are not files, and servers that never finish. Nothing here is read from outside the project.
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

/** A PDF of `pages` pages of French text, encrypted when a user password is given. */
export function makePdf(pages: number, userPassword?: string): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, pdfVersion: '1.7', ...(userPassword ? { userPassword, ownerPassword: `${userPassword}-owner` } : {}) });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let page = 1; page <= pages; page++) {
    doc.addPage();
    doc.text(`Page ${page}. Au 8 novembre 2016, le Protocole relatif à la traite des personnes comptait 170 États parties.`);
  }
  doc.end();
  return done;
}

/**
 * A one-page PDF whose content stream inflates from a few hundred kilobytes to `inflatedBytes`
 * of spaces (a deflate bomb); the cross-reference table is exact, so only the stream is hostile.
 */
export function makeDeflateBomb(inflatedBytes: number): Buffer {
  const stream = deflateSync(Buffer.alloc(inflatedBytes, 0x20), { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (part: Buffer): void => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`));
  });
  offsets.push(length);
  push(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`));
  push(stream);
  push(Buffer.from('\nendstream\nendobj\n'));
  const xref = length;
  push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A zip archive holding one text file (stored, not compressed), as a renamed `.pdf` would be. */
export function makeZip(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), data, Buffer.alloc(64)]);
}

/** Text as Windows-1252/Latin-1 bytes; characters outside Latin-1 are replaced by their plain forms. */
export function latin1(text: string): Buffer {
  const plain = text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/[^\u0000-\u00ff]/g, '?');
  return Buffer.from(plain, 'latin1');
}

/** Text as UTF-16 with its byte-order mark, little- or big-endian. */
export function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** HTML nested `depth` elements deep around one paragraph. */
export function deepHtml(depth: number): string {
  return `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>Au 8 novembre 2016, 170 États parties.</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** A local server for hostile URLs: a report, a redirect to a missing page, an endless body, one byte a second. */
export interface HostileServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Starts the hostile server on `host` (127.0.0.1 or ::1), counting every request it receives. */
export async function startHostileServer(host: string): Promise<HostileServer> {
  const requests: string[] = [];
  const handler: RequestListener = (req, res) => {
    requests.push(req.url ?? '');
    // Redirects stay on loopback: tests never reach another address.
    if (req.url?.startsWith('/redirect')) return void res.writeHead(302, { location: '/gone' }).end();
    if (req.url?.startsWith('/gone')) return void res.writeHead(404).end();
    if (req.url?.startsWith('/endless')) return void endless(res);
    if (req.url?.startsWith('/trickle')) return void trickle(res);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Au 8 novembre 2016, le Protocole comptait 170 États parties.');
  };
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function endless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const block = Buffer.alloc(64 * 1024, 'a');
  const pump = (): void => {
    while (!res.destroyed && res.write(block));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

function trickle(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const timer = setInterval(() => res.write('a'), 1_000);
  res.on('close', () => clearInterval(timer));
}
