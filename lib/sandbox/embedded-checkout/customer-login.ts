// BigCommerce's Customer Login API as the sandbox serves it (customer_login.yml, operation
// getCustomerLogin): `/login/token/{jwt}` on the checkout origin signs a store customer in with an
// HS256 JWT signed by the API account's client secret (docs/bigcommerce.md §20.4).
import { errors as joseErrors, jwtVerify } from "jose";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from "../constants";
import type { SandboxState } from "../state";
import { randomId } from "./state";

/** How old a login JWT's `iat` may be, in seconds (the sandbox's choice: docs/bigcommerce-fidelity.md F30). */
export const LOGIN_TOKEN_MAX_AGE_SECONDS = 60;
/** How far ahead of the sandbox's clock an `iat` may be, in seconds (clock skew). */
export const LOGIN_TOKEN_CLOCK_SKEW_SECONDS = 5;
/** Where a login without `redirect_to` lands (customer_login.yml's default). */
export const DEFAULT_REDIRECT_TO = "/account.php";
/** The cookie naming the signed-in shopper's login session on the checkout origin. */
export const LOGIN_COOKIE = "SANDBOX_SHOP_SESSION";

/** A refused login token: `status` 400 (malformed claims) or 401 (signature, age, reuse). */
export class LoginTokenError extends Error {
  constructor(
    readonly status: 400 | 401,
    message: string,
  ) {
    super(message);
  }
}

/** A verified login: who, where to send them (absolute, on the checkout origin), and their session id. */
export interface CustomerLogin {
  customerId: number;
  redirectUrl: string;
  sessionId: string;
}

const SECRET = new TextEncoder().encode(SANDBOX_CLIENT_SECRET);

/** `redirect_to` made absolute on `origin`; null unless it is a relative path that stays there. */
function redirectTarget(raw: unknown, origin: string): string | null {
  if (raw === undefined) return new URL(DEFAULT_REDIRECT_TO, origin).href;
  if (
    typeof raw !== "string" ||
    !raw.startsWith("/") ||
    raw.startsWith("//") ||
    raw.includes("\\")
  ) {
    return null;
  }
  const url = new URL(raw, origin);
  return url.origin === origin ? url.href : null;
}

/**
 * Verifies `token` and signs its customer in (a new login session in `state.embedded.logins`).
 * Checks, in order: HS256 signature with SANDBOX_CLIENT_SECRET, `iss` = SANDBOX_CLIENT_ID,
 * `operation` "customer_login", `store_hash` this store's, `customer_id` a store customer, `iat`
 * at most LOGIN_TOKEN_MAX_AGE_SECONDS old and not ahead by more than the skew, `jti` a string not
 * used before, `redirect_to` (default "/account.php") a relative path on `checkoutOrigin`. The
 * `jti` is used up only by a login that passes every check. `request_ip` is not checked.
 * Throws LoginTokenError (401 for signature, issuer, age and reuse; 400 for other claims).
 */
export async function verifyCustomerLogin(
  state: SandboxState,
  token: string,
  checkoutOrigin: string,
): Promise<CustomerLogin> {
  const now = state.now();
  let claims: Record<string, unknown>;
  try {
    const verified = await jwtVerify(token, SECRET, {
      algorithms: ["HS256"],
      issuer: SANDBOX_CLIENT_ID,
      currentDate: new Date(now),
    });
    claims = verified.payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "iss") {
      throw new LoginTokenError(401, "The token's issuer (iss) is not this store's API account.");
    }
    throw new LoginTokenError(401, "The login token's signature is not valid.");
  }
  if (claims.operation !== "customer_login") {
    throw new LoginTokenError(400, 'The token\'s operation must be "customer_login".');
  }
  if (claims.store_hash !== state.storeHash) {
    throw new LoginTokenError(400, "The token's store_hash is not this store's.");
  }
  const customerId = claims.customer_id;
  const customer =
    typeof customerId === "number" ? state.customers.find((c) => c.id === customerId) : undefined;
  if (!customer) throw new LoginTokenError(400, "The token's customer_id is not a customer.");
  const iat = claims.iat;
  const nowSeconds = now / 1000;
  if (typeof iat !== "number") throw new LoginTokenError(400, "The token has no iat.");
  if (iat > nowSeconds + LOGIN_TOKEN_CLOCK_SKEW_SECONDS) {
    throw new LoginTokenError(401, "The token was issued in the future (iat).");
  }
  if (nowSeconds - iat > LOGIN_TOKEN_MAX_AGE_SECONDS) {
    throw new LoginTokenError(401, "The login token has expired (iat too old).");
  }
  const jti = claims.jti;
  if (typeof jti !== "string" || !jti) throw new LoginTokenError(400, "The token has no jti.");
  forgetOldJtis(state, now);
  if (state.embedded.usedJtis.has(jti)) {
    throw new LoginTokenError(401, "The login token has already been used (jti).");
  }
  const redirectUrl = redirectTarget(claims.redirect_to, checkoutOrigin);
  if (!redirectUrl) {
    throw new LoginTokenError(400, "redirect_to must be a relative path on the store.");
  }
  state.embedded.usedJtis.set(
    jti,
    (iat + LOGIN_TOKEN_MAX_AGE_SECONDS + LOGIN_TOKEN_CLOCK_SKEW_SECONDS) * 1000,
  );
  const sessionId = randomId();
  state.embedded.logins.set(sessionId, { customerId: customer.id, createdAt: now });
  return { customerId: customer.id, redirectUrl, sessionId };
}

/** Drops used jtis whose token would now fail the age check anyway. */
function forgetOldJtis(state: SandboxState, now: number): void {
  for (const [jti, until] of state.embedded.usedJtis) {
    if (until < now) state.embedded.usedJtis.delete(jti);
  }
}
