import { BlockList, isIP } from 'node:net';

// Addresses a fetch must never reach unless FETCH_ALLOW_PRIVATE: "this" network, private,
// carrier-grade NAT, loopback, link-local, benchmarking, reserved, multicast and broadcast.
const REFUSED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  REFUSED.addSubnet(net, prefix, 'ipv4');
}
// No `::ffff:0:0/96` rule: BlockList maps every IPv4 address into that range, so such a rule
// refuses all of IPv4. IPv4-mapped IPv6 addresses are instead checked against the IPv4 rules,
// which BlockList does by itself. `::/96` (IPv4-compatible, deprecated) covers `::` and `::1`.
for (const [net, prefix] of [['::', 96], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8]] as const) {
  REFUSED.addSubnet(net, prefix, 'ipv6');
}

/** True when a numeric address is loopback, private, link-local or otherwise not a public host. */
export function isRefusedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: never connect to it unchecked
  return REFUSED.check(address, family === 6 ? 'ipv6' : 'ipv4');
}
