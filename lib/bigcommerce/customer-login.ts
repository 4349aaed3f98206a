import "server-only";
// BigCommerce's Customer Login API: a JWT the app signs with its API account's client secret
// (HS256) and sends the shopper to as `{storefront or checkout origin}/login/token/{jwt}`; the store
// signs that customer in and continues to `redirect_to` (docs/bigcommerce.md, "Customer login").
// Its claims are BigCommerce's `customerLoginSSO` schema (operation getCustomerLogin).
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";

/** What one customer login needs. */
export interface CustomerLoginInput {
  /** Where the store's pages are served, e.g. "https://checkout.example.com" (no trailing slash). */
  origin: string;
  /** The API account's client id (the JWT's `iss`) and secret (its HS256 key). */
  clientId: string;
  clientSecret: string;
  storeHash: string;
  customerId: number;
  channelId: number;
  /** A path on `origin` (with its query) to continue to once signed in, e.g. "/cart.php?…". */
  redirectTo: string;
  /** Seconds since the epoch for `iat` (tests pass their clock); now by default. */
  issuedAt?: number;
}

/**
 * The login URL `${origin}/login/token/{jwt}` for a customer: an HS256 JWT with `iss`, `iat`, a
 * fresh `jti` (BigCommerce accepts each once), `operation: "customer_login"`, `store_hash`,
 * `customer_id`, `channel_id` and `redirect_to` (relative). BigCommerce accepts it for a short time
 * after `iat`: build it just before use. Throws TypeError for a `redirectTo` that is not a path.
 */
export async function customerLoginUrl(input: CustomerLoginInput): Promise<string> {
  if (!input.redirectTo.startsWith("/") || input.redirectTo.startsWith("//")) {
    throw new TypeError("redirect_to must be a path on the store's origin");
  }
  const jwt = await new SignJWT({
    operation: "customer_login",
    store_hash: input.storeHash,
    customer_id: input.customerId,
    channel_id: input.channelId,
    redirect_to: input.redirectTo,
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(input.clientId)
    .setIssuedAt(input.issuedAt ?? Math.floor(Date.now() / 1000))
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(input.clientSecret));
  return `${input.origin}/login/token/${jwt}`;
}
