import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Which addresses the link checker may connect to: public unicast ones only, so that a link to
 * 127.0.0.1, 10.0.0.5, 169.254.169.254 (a cloud's metadata service) or a name resolving to one of them
 * cannot make the server reach inside its own network. An admin can allow hosts (LINK_CHECK_ALLOW_HOSTS, as
 * written in addresses: "intranet.example", "10.0.0.5"), for an intranet tracker or a test server; another
 * name that resolves to an allowed address is still refused.
 */
export type AddressPolicy = { allowHosts: ReadonlySet<string> };

export function addressPolicy(env: Record<string, string | undefined> = process.env): AddressPolicy {
  const hosts = (env.LINK_CHECK_ALLOW_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return { allowHosts: new Set(hosts) };
}

/** Whether an IP address is a public one (not loopback, private, link-local, reserved…). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}

export class BlockedAddressError extends Error {}

/**
 * A DNS lookup for http.request that refuses private addresses at connection time: the address checked is
 * the one connected to, so a name that resolves differently a second time (DNS rebinding) gains nothing.
 */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      const allowedHost = policy.allowHosts.has(hostname.toLowerCase());
      const usable = list.filter((a) => allowedHost || isPublicAddress(a.address));
      if (usable.length === 0) {
        const shown = list.map((a) => a.address).join(", ");
        return callback(new BlockedAddressError(`${hostname} is a private address (${shown}): not fetched`), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, usable);
      return callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}
