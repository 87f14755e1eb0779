import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Webhooks post to addresses their owners type in: without a guard, Goodlink could be made to call its own
 * database, a cloud metadata service or a printer on the office network. Every address a host resolves to must
 * be public; hosts in GOODLINK_WEBHOOK_ALLOW_HOSTS (e.g. 127.0.0.1 for tests) are exempt.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 to IPv4 (could reach private v4)
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is checked as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class BlockedAddress extends Error {}

/** The URL's host as the allow-list names it: an IPv6 literal without its brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * The addresses to connect to for `url`, all checked. The caller connects to one of these (not to the host name
 * again), so a DNS answer that changes between check and use cannot slip a private address in.
 */
export async function resolvePublicAddress(
  url: URL,
  allowedHosts: readonly string[],
): Promise<{ address: string; family: number }> {
  const host = hostOf(url);
  const resolved = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  if (!resolved.length) throw new BlockedAddress(`${host} does not resolve to any address.`);
  if (!allowedHosts.includes(host)) {
    const blocked = resolved.find(({ address }) => isPrivateAddress(address));
    if (blocked) {
      throw new BlockedAddress(
        `${host} resolves to ${blocked.address}, a private, loopback or link-local address: Goodlink only posts to public addresses.`,
      );
    }
  }
  return resolved[0];
}
