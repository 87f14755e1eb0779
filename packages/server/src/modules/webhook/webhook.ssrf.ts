import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Webhooks post to addresses their owners type in: without a guard, Goodlink could be made to call its own
 * database, a cloud metadata service or a printer on the office network. Every address a host resolves to must
 * be public unicast; hosts in GOODLINK_WEBHOOK_ALLOW_HOSTS (e.g. 127.0.0.1 for tests) are exempt.
 *
 * The guard allows what is known to be public rather than refusing what is known to be private: an address is
 * classified by ipaddr.js's range table, and only `unicast` passes. Every IPv6 form that carries an IPv4 address
 * (mapped, translated, compatible, NAT64, 6to4, Teredo) is refused outright, whatever IPv4 address it carries.
 */

/** IANA's global unicast block: IPv6 outside it is not routed on the Internet (compatible, site-local…). */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
/** ::a.b.c.d, deprecated by RFC 4291 but still understood by some stacks as the IPv4 address it holds. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/** The range an address is in (ipaddr.js's names, e.g. `private`, `ipv4Mapped`, `6to4`), or `unicast` if public. */
export function addressRange(address: string): string {
  if (isIP(address) === 0) return 'invalid';
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return 'invalid';
  }
  const range = parsed.range();
  if (range !== 'unicast' || parsed.kind() === 'ipv4') return range;
  if (parsed.match(IPV4_COMPATIBLE)) return 'ipv4Compatible';
  if (!parsed.match(GLOBAL_UNICAST_V6)) return 'notGlobalUnicast';
  return 'unicast';
}

export const isPublicAddress = (address: string): boolean => addressRange(address) === 'unicast';

export const isPrivateAddress = (address: string): boolean => !isPublicAddress(address);

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
        `${host} resolves to ${blocked.address}, a private, loopback or other non-public address ` +
          `(${addressRange(blocked.address)}): Goodlink only posts to public addresses.`,
      );
    }
  }
  return resolved[0];
}
