// A tiny DNS server the tests control: it answers A and AAAA queries from a table, and may answer
// differently on successive queries for one name (DNS rebinding), always with a TTL of 0.
import { createSocket, type Socket } from 'node:dgram';
import { isIPv4 } from 'node:net';

/** For each name (lower case, no trailing dot), the answers in turn; the last one repeats. */
export type DnsTable = Record<string, string[][]>;

/** Starts the server on host:port; resolves with a function that stops it, and the names' query counts. */
export async function startDnsServer(table: DnsTable, host = '127.0.0.1', port = 53): Promise<{ close: () => void; queries: Map<string, number> }> {
  const socket: Socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
  const queries = new Map<string, number>();
  socket.on('message', (message, remote) => {
    const question = parseQuestion(message);
    if (!question) return;
    const { name, type, end } = question;
    const turns = table[name] ?? [];
    // A and AAAA queries for one lookup count as one turn: the A query advances it.
    const seen = queries.get(name) ?? 0;
    if (type === 1) queries.set(name, seen + 1);
    const turn = turns.length === 0 ? [] : turns[Math.min(type === 1 ? seen : Math.max(seen - 1, 0), turns.length - 1)]!;
    const addresses = turn.filter((address) => (type === 1 ? isIPv4(address) : type === 28 ? !isIPv4(address) : false));
    socket.send(answer(message.subarray(0, end), addresses, turns.length === 0), remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(port, host, resolve));
  return { close: () => socket.close(), queries };
}

function parseQuestion(message: Buffer): { name: string; type: number; end: number } | null {
  if (message.length < 12 || message.readUInt16BE(4) !== 1) return null;
  const labels: string[] = [];
  let offset = 12;
  while (offset < message.length && message[offset] !== 0) {
    const length = message[offset]!;
    labels.push(message.toString('ascii', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  if (offset + 5 > message.length) return null;
  return { name: labels.join('.').toLowerCase(), type: message.readUInt16BE(offset + 1), end: offset + 5 };
}

function answer(query: Buffer, addresses: string[], unknown: boolean): Buffer {
  const header = Buffer.from(query.subarray(0, 12));
  header.writeUInt16BE(unknown ? 0x8183 : 0x8180, 2); // response, recursion available; NXDOMAIN when unknown
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(addresses.length, 6);
  header.writeUInt16BE(0, 8);
  header.writeUInt16BE(0, 10);
  const records = addresses.map((address) => {
    const data = isIPv4(address) ? Buffer.from(address.split('.').map(Number)) : ipv6Bytes(address);
    const record = Buffer.alloc(12);
    record.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
    record.writeUInt16BE(data.length === 4 ? 1 : 28, 2);
    record.writeUInt16BE(1, 4);
    record.writeUInt32BE(0, 6); // TTL 0: nothing may cache the answer
    record.writeUInt16BE(data.length, 10);
    return Buffer.concat([record, data]);
  });
  return Buffer.concat([header, query.subarray(12), ...records]);
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  const bytes = Buffer.alloc(16);
  groups.forEach((group, index) => bytes.writeUInt16BE(parseInt(group, 16), index * 2));
  return bytes;
}
