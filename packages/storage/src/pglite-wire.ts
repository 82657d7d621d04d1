import { messages } from '@electric-sql/pglite';

/**
 * One parameterised statement as a single extended-protocol message (Parse, Bind, Describe,
 * Execute, Sync), values converted as node-postgres converts them for a PostgreSQL server, and
 * the rows read back. PGlite's own `query` makes six calls into the WebAssembly backend per
 * statement (it asks the server for the parameters' types first), measures every string's UTF-8
 * length in a JavaScript loop, sends bytes as hex text, and copies its whole table of type parsers
 * into a new object for every result: on a trivial statement that cost more than the statement.
 */

type Param = { binary: true; bytes: Uint8Array } | { binary: false; text: string } | null;

/** A value as the server receives it; types are left for the server to infer from the statement. */
export function toParam(value: unknown): Param {
  if (value === null || value === undefined) return null;
  // Bytes go in binary format: no hex text twice their size to make, send and decode.
  if (value instanceof Uint8Array) return { binary: true, bytes: value };
  return { binary: false, text: toText(value) };
}

function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A Postgres array literal, as node-postgres writes one (`{"a","b\"c",NULL}`). */
function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (Array.isArray(item)) return arrayLiteral(item);
    const text = item instanceof Uint8Array ? `\\x${Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('hex')}` : toText(item);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

/** Parse, Bind, Describe (portal), Execute and Sync in one buffer, strings encoded natively. */
export function extendedQuery(text: string, values: readonly unknown[]): Uint8Array {
  const params = values.map(toParam);
  const textLength = Buffer.byteLength(text, 'utf8');
  const lengths = params.map((p) => (p === null ? 0 : p.binary ? p.bytes.byteLength : Buffer.byteLength(p.text, 'utf8')));
  const parseSize = 1 + 4 + 1 + textLength + 1 + 2;
  const bindSize = 1 + 4 + 1 + 1 + 2 + 2 * params.length + 2 + lengths.reduce((sum, n) => sum + 4 + n, 0) + 2;
  const tailSize = (1 + 4 + 1 + 1) + (1 + 4 + 1 + 4) + (1 + 4);
  const out = Buffer.allocUnsafe(parseSize + bindSize + tailSize);
  let at = 0;
  const header = (code: string, size: number) => {
    out[at] = code.charCodeAt(0);
    out.writeInt32BE(size - 1, at + 1);
    at += 5;
  };
  // Parse: unnamed statement, no parameter types given.
  header('P', parseSize);
  out[at++] = 0;
  at += out.write(text, at, 'utf8');
  out[at++] = 0;
  out.writeInt16BE(0, at);
  at += 2;
  // Bind: unnamed portal and statement, a format per parameter, results as text.
  header('B', bindSize);
  out[at++] = 0;
  out[at++] = 0;
  out.writeInt16BE(params.length, at);
  at += 2;
  for (const p of params) {
    out.writeInt16BE(p?.binary ? 1 : 0, at);
    at += 2;
  }
  out.writeInt16BE(params.length, at);
  at += 2;
  params.forEach((p, i) => {
    out.writeInt32BE(p === null ? -1 : lengths[i]!, at);
    at += 4;
    if (p === null) return;
    if (p.binary) out.set(p.bytes, at);
    else out.write(p.text, at, 'utf8');
    at += lengths[i]!;
  });
  out.writeInt16BE(0, at);
  at += 2;
  // Describe the portal (the rows' columns), Execute it whole, Sync.
  header('D', 7);
  out[at++] = 'P'.charCodeAt(0);
  out[at++] = 0;
  header('E', 10);
  out[at++] = 0;
  out.writeInt32BE(0, at);
  at += 4;
  header('S', 5);
  return new Uint8Array(out.buffer, out.byteOffset, at);
}

/** The rows of an extended query's reply, each column read by the parser for its type. */
export function rowsOf<T>(replies: readonly messages.BackendMessage[], parsers: Readonly<Record<number, ((text: string, typeId: number) => unknown) | undefined>>): T[] {
  const rows: T[] = [];
  let names: string[] = [];
  let columnParsers: Array<((text: string) => unknown) | undefined> = [];
  for (const reply of replies) {
    if (reply instanceof messages.RowDescriptionMessage) {
      names = reply.fields.map((field) => field.name);
      columnParsers = reply.fields.map((field) => {
        const parse = parsers[field.dataTypeID];
        return parse ? (text: string) => parse(text, field.dataTypeID) : undefined;
      });
    } else if (reply instanceof messages.DataRowMessage) {
      const row: Record<string, unknown> = {};
      reply.fields.forEach((text, i) => {
        const parse = columnParsers[i];
        row[names[i]!] = text === null ? null : parse ? parse(text) : text;
      });
      rows.push(row as T);
    }
  }
  return rows;
}
