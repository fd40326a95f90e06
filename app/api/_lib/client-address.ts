import { BlockList, isIP } from "node:net";

import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address-header";

export { CLIENT_ADDRESS_HEADER };

export type ProxyTrust = {
  /** TRUST_PROXY=true: the app sits behind a reverse proxy that appends the client to X-Forwarded-For. */
  trustProxy: boolean;
  /** TRUSTED_PROXIES: further proxies (addresses or CIDR ranges) between that proxy and the client. */
  trustedProxies: BlockList;
};

function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function contains(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** Reads TRUST_PROXY and TRUSTED_PROXIES; an entry that is not an address or a CIDR range stops the server. */
export function readProxyTrust(env: Record<string, string | undefined> = process.env): ProxyTrust {
  const trustedProxies = new BlockList();
  for (const entry of (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address ?? "");
    if (family === 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES holds "${entry}", which is neither an IP address nor a CIDR range.`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) trustedProxies.addAddress(address!, type);
    else trustedProxies.addSubnet(address!, Number(prefix), type);
  }
  return { trustProxy: env.TRUST_PROXY === "true", trustedProxies };
}

/**
 * Who the client is. Without TRUST_PROXY it is the connection's own address: any X-Forwarded-For is the
 * client's own claim and is ignored. Behind a trusted proxy it is the right-most X-Forwarded-For entry that
 * is not itself a trusted proxy (entries further left were written by the client and prove nothing).
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trust: ProxyTrust): string {
  const own = plain(peer);
  if (!trust.trustProxy || !forwardedFor) return own;
  const chain = forwardedFor
    .split(",")
    .map((entry) => plain(entry.trim()))
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i]!;
    if (isIP(address) === 0) return own; // the proxy did not write this: fall back to the proxy's address
    if (!contains(trust.trustedProxies, address)) return address;
  }
  return chain[0] ?? own;
}
