import "server-only";
import { isIP } from "node:net";

/**
 * The shopper's address from the trusted header `header` (lib/config.ts: clientIpHeader): its
 * first entry, when it is an IPv4 or IPv6 address; undefined when no header is trusted or the
 * value is not an address. Never any other header: those are the client's to forge.
 */
export function clientAddress(
  headers: { get(name: string): string | null },
  header: string | undefined,
): string | undefined {
  if (!header) return undefined;
  const first = headers.get(header)?.split(",")[0]?.trim();
  return first && isIP(first) ? first : undefined;
}
