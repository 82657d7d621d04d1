import { describe, expect, it } from 'vitest';
import { isRefusedAddress } from './address-policy.ts';

describe('isRefusedAddress', () => {
  it('lets public IPv4 and IPv6 hosts through (the mapped-IPv6 rule once refused all of IPv4)', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '151.101.1.140', '203.0.113.7', '2606:4700::1111', '2001:db8::7', '::ffff:8.8.8.8']) {
      expect(isRefusedAddress(address), address).toBe(false);
    }
  });
  it('refuses loopback, private, link-local and mapped forms of them', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '::1', '::', 'fe80::1', 'fd00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::127.0.0.1']) {
      expect(isRefusedAddress(address), address).toBe(true);
    }
  });
  it('refuses what is not a numeric address', () => {
    expect(isRefusedAddress('localhost')).toBe(true);
  });
});
