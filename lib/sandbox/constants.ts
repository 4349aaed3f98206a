/** The sandbox store's hash. Its credentials are not secrets: the sandbox holds no real data. */
export const SANDBOX_STORE_HASH = "sandbox";
/** The `X-Auth-Token` the sandbox store accepts. */
export const SANDBOX_ACCESS_TOKEN = "sandbox-access-token";
/** The numeric store id webhook payloads carry as `store_id` (a string, as BigCommerce sends it). */
export const SANDBOX_STORE_ID = "1000001";
/** The API account behind SANDBOX_ACCESS_TOKEN: its webhooks carry this `client_id`. */
export const SANDBOX_CLIENT_ID = "sandbox-api-account";
