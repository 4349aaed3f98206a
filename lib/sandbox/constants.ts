/** The sandbox store's hash. Its credentials are not secrets: the sandbox holds no real data. */
export const SANDBOX_STORE_HASH = "sandbox";
/** The `X-Auth-Token` the sandbox store accepts. */
export const SANDBOX_ACCESS_TOKEN = "sandbox-access-token";
/** The numeric store id webhook payloads carry as `store_id` (a string, as BigCommerce sends it). */
export const SANDBOX_STORE_ID = "1000001";
/**
 * The API account behind SANDBOX_ACCESS_TOKEN: its webhooks carry this `client_id`, and it is the
 * `iss` of the customer login JWTs the sandbox accepts (lib/sandbox/embedded-checkout/customer-login.ts).
 */
export const SANDBOX_CLIENT_ID = "sandbox-client-id";
/**
 * The API account's client secret: the HS256 key of customer login JWTs (BigCommerce's Customer
 * Login API). Not a secret either: the sandbox holds no real customers.
 */
export const SANDBOX_CLIENT_SECRET = "sandbox-client-secret-that-is-at-least-32-chars";
