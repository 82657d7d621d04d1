import iconv from 'iconv-lite';

/**
 * Decodes text bytes: UTF-8 when valid (BOM dropped), else Windows-1252, the usual encoding of
 * older French files; NUL characters never reach storage.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // iconv-lite rather than TextDecoder: Node builds without full ICU decode 0x80–0x9F as Latin-1.
    text = iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
  return text.replace(/\u0000/g, '').replace(/\r\n?/g, '\n');
}
