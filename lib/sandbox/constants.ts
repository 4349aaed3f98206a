/** The sandbox store's hash. Its credentials are not secrets: the sandbox holds no real data. */
export const SANDBOX_STORE_HASH = "sandbox";
/** The `X-Auth-Token` the sandbox store accepts. */
export const SANDBOX_ACCESS_TOKEN = "sandbox-access-token";
