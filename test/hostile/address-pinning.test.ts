// The address policy holds on the connection actually made. A private network namespace gives
// the test its own DNS server (answering differently on successive queries: DNS rebinding) and
// "public" addresses, so the default policy (FETCH_ALLOW_PRIVATE=false) is exercised for real:
// public IPv4 and IPv6 hosts are fetched, no DNS answer leads a fetch to loopback or a private
// address, on the first hop or after a redirect.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/harness.ts';

type Results = Record<string, { body?: string; error?: string }>;

const SETUP = [
  'set -e',
  'ip link set lo up',
  'ip addr add 203.0.113.7/32 dev lo',
  'ip -6 addr add 2001:db8::7/128 dev lo nodad',
  'mount --bind "$RESOLV" /etc/resolv.conf',
  `exec "$NODE" --import tsx ${join(ROOT, 'test', 'support', 'hostile-netns-probe.ts')}`,
].join('\n');

describe('the address policy on the connection made (own network namespace and DNS server)', () => {
  let results: Results;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-netns-'));
    const resolv = join(dir, 'resolv.conf');
    writeFileSync(resolv, 'nameserver 127.0.0.1\noptions attempts:1 timeout:2\n');
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile('unshare', ['--map-root-user', '--net', '--mount', 'bash', '-c', SETUP], { cwd: ROOT, env: { ...process.env, RESOLV: resolv, NODE: process.execPath }, timeout: 90_000 }, (error, out, err) =>
        error ? reject(new Error(`the namespace probe failed: ${error.message}\n${err}`)) : resolve(out),
      );
    });
    results = JSON.parse(stdout.trim().split('\n').at(-1)!) as Results;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses a resolver that really rebinds (a check-then-fetch reaches the loopback service)', () => {
    expect(results.naive?.body).toBe('203.0.113.7 then secret');
  });

  it('fetches public IPv4 and IPv6 hosts, by name and by number, and follows a redirect between them', () => {
    for (const name of ['publicName', 'publicLiteral', 'publicV6Name', 'publicV6Literal', 'redirectToPublic']) {
      expect(results[name], name).toEqual({ body: 'public' });
    }
  });

  it('never lets a changed DNS answer reach loopback: the checked address is the one connected to', () => {
    expect(results.rebindFirst).toEqual({ body: 'public' });
    for (const name of ['rebindSecond', 'rebindThird']) {
      expect(results[name]?.error, name).toBe('http://rebind.test/: resolves to a private or loopback address (127.0.0.1); set FETCH_ALLOW_PRIVATE=true to allow it');
    }
    expect(results.mixed?.error).toMatch(/^http:\/\/mixed\.test\/: resolves to a private or loopback address \(10\.0\.0\.5\)/);
  });

  it('refuses a redirect to a private address, naming the URL given and the redirect target', () => {
    expect(results.redirectToLoopback?.error).toMatch(/^http:\/\/www\.test\/to-loopback \(redirected to http:\/\/127\.0\.0\.1\/\): resolves to a private or loopback address \(127\.0\.0\.1\)/);
    expect(results.redirectToPrivateName?.error).toMatch(/^http:\/\/www\.test\/to-private-name \(redirected to http:\/\/private\.test\/\): resolves to a private or loopback address \(127\.0\.0\.1\)/);
    expect(results.redirectToMapped?.error).toMatch(/^http:\/\/www\.test\/to-mapped \(redirected to http:\/\/\[::ffff:7f00:1\]\/\): resolves to a private or loopback address/);
  });
});
