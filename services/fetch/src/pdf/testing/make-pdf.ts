// PDFs the tests make themselves: a one-page PDF around a content stream, and a deflate bomb.
import { deflateRawSync, constants } from 'node:zlib';

/** A valid one-page PDF whose page draws `content` (raw or already compressed with `filter`). */
export function pdfWithContent(content: Uint8Array, filter?: 'FlateDecode', toUnicode?: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica${toUnicode ? ' /ToUnicode 6 0 R' : ''} >>`,
    ...(toUnicode ? [`<< /Length ${toUnicode.length} >>\nstream\n${toUnicode}\nendstream`] : []),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(offset);
    const body =
      object === null
        ? Buffer.concat([
            Buffer.from(`${index + 1} 0 obj\n<< /Length ${content.length}${filter ? ` /Filter /${filter}` : ''} >>\nstream\n`),
            Buffer.from(content),
            Buffer.from('\nendstream\nendobj\n'),
          ])
        : Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`);
    parts.push(body);
    offset += body.length;
  });
  const table = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A page whose font maps the character codes of `text` to other Unicode values through its
 * ToUnicode map (`{ A: 0x0000 }` makes every `A` read as NUL), as broken real fonts do.
 */
export function pdfWithUnicodeMap(text: string, map: Record<string, number>): Uint8Array {
  const pairs = Object.entries(map).map(([char, code]) => `<${char.charCodeAt(0).toString(16).padStart(2, '0')}> <${code.toString(16).padStart(4, '0')}>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def 1 begincodespacerange <00> <FF> endcodespacerange ${pairs.length} beginbfchar ${pairs.join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  return pdfWithContent(Buffer.from(`BT /F1 12 Tf 72 700 Td (${text}) Tj ET`, 'latin1'), undefined, cmap);
}

/** A page that shows `text` in Helvetica 12 at the top left (PDF string escapes are the caller's). */
export function pdfWithText(text: string): Uint8Array {
  return pdfWithContent(Buffer.from(`BT /F1 12 Tf 72 700 Td (${text}) Tj ET`, 'latin1'));
}

/**
 * A zlib stream that inflates to `chunks` × 16 MB of zeros, made without ever holding them:
 * each chunk is compressed after a full flush, so every chunk compresses to the same bytes.
 */
export function deflatedZeros(chunks: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(16 << 20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const total = BigInt(chunks) * BigInt(16 << 20);
  const adler = Buffer.alloc(4);
  adler.writeUInt16BE(Number(total % 65521n), 0); // Adler-32 of zeros: a = 1, b = n mod 65521
  adler.writeUInt16BE(1, 2);
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(chunks).fill(chunk), Buffer.from([0x03, 0x00]), adler]);
}

/** A deflate bomb: a 4 MB PDF whose content stream inflates to `gigabytes` GB of zeros. */
export function deflateBombPdf(gigabytes = 4): Uint8Array {
  return pdfWithContent(deflatedZeros(gigabytes * 64), 'FlateDecode');
}
