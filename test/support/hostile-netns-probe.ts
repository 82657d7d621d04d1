// Runs inside a private network namespace (see test/hostile/address-pinning.test.ts): a DNS server
// the test controls on 127.0.0.1:53 (the namespace's /etc/resolv.conf points at it), "public"
// servers on 203.0.113.7 and 2001:db8::7 (documentation addresses, added to the namespace's
// loopback interface), a "secret" service on 127.0.0.1. Prints what each fetch got, as JSON.
import { lookup } from 'node:dns/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import { requestUrl } from '@palermo/fetch';
import { startDnsServer } from './hostile-dns.ts';

const listen = (handler: RequestListener, host: string): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(80, host, () => resolve(server));
  });

const publicSite: RequestListener = (req, res) => {
  const redirects: Record<string, string> = {
    '/to-loopback': 'http://127.0.0.1/',
    '/to-private-name': 'http://private.test/',
    '/to-mapped': 'http://[::ffff:127.0.0.1]/',
    '/to-public': 'http://v6.test/',
  };
  const location = redirects[req.url ?? ''];
  if (location) return void res.writeHead(302, { location }).end();
  res.writeHead(200).end('public');
};

const dns = await startDnsServer({
  'www.test': [['203.0.113.7']],
  'v6.test': [['2001:db8::7']],
  'private.test': [['127.0.0.1']],
  'mixed.test': [['203.0.113.7', '10.0.0.5']],
  'naive.test': [['203.0.113.7'], ['127.0.0.1']],
  'rebind.test': [['203.0.113.7'], ['127.0.0.1']],
});
const servers = await Promise.all([listen(publicSite, '203.0.113.7'), listen(publicSite, '2001:db8::7'), listen((_, res) => res.writeHead(200).end('secret'), '127.0.0.1')]);

const limits = { timeoutMs: 5_000, maxBytes: 1_000_000, allowPrivate: false };
const results: Record<string, { body?: string; error?: string }> = {};
const get = async (name: string, url: string): Promise<void> => {
  try {
    const response = await requestUrl(url, limits);
    results[name] = { body: response.notModified ? '304' : Buffer.from(response.bytes).toString() };
  } catch (error) {
    results[name] = { error: (error as Error).message };
  }
};

// The resolver really rebinds: a check with one lookup and a fetch that looks up again reach the secret.
const naiveCheck = await lookup('naive.test');
const naive = await fetch('http://naive.test/').then((r) => r.text(), (e: Error) => `error: ${e.message}`);
results.naive = { body: `${naiveCheck.address} then ${naive}` };

await get('publicName', 'http://www.test/');
await get('publicLiteral', 'http://203.0.113.7/');
await get('publicV6Name', 'http://v6.test/');
await get('publicV6Literal', 'http://[2001:db8::7]/');
await get('redirectToPublic', 'http://www.test/to-public');
await get('rebindFirst', 'http://rebind.test/');
await get('rebindSecond', 'http://rebind.test/');
await get('rebindThird', 'http://rebind.test/');
await get('mixed', 'http://mixed.test/');
await get('redirectToLoopback', 'http://www.test/to-loopback');
await get('redirectToPrivateName', 'http://www.test/to-private-name');
await get('redirectToMapped', 'http://www.test/to-mapped');
results.queries = { body: JSON.stringify(Object.fromEntries(dns.queries)) };

process.stdout.write(`${JSON.stringify(results)}\n`);
dns.close();
for (const server of servers) server.close();
process.exit(0);
