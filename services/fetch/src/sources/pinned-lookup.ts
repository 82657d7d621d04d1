import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isRefusedAddress } from './address-policy.ts';

/** What the checked lookup refused, so the caller can name it instead of undici's "fetch failed". */
export interface Refusal {
  hostname: string;
  address: string;
}

/**
 * A `lookup` for the connection itself: it resolves the host, refuses it when any address is
 * private or loopback, and hands the connection exactly the addresses it checked. Used as the
 * socket's own lookup, so no second DNS answer (rebinding) can slip in between check and connect.
 */
export function checkedLookup(onRefused: (refusal: Refusal) => void): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((entry) => isRefusedAddress(entry.address));
      if (refused) {
        onRefused({ hostname, address: refused.address });
        const refusal: NodeJS.ErrnoException = new Error(`${hostname} resolves to a private or loopback address (${refused.address})`);
        refusal.code = 'EADDRREFUSED';
        return callback(refusal, '', 0);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}
