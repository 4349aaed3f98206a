/** Credentials of the sandbox store. Not secrets: the sandbox holds no real data. */
export const SANDBOX_STORE_HASH = "sandbox";
export const SANDBOX_ACCESS_TOKEN = "sandbox-access-token";
/** In-process requests never leave the process; this origin only gives them a URL. */
export const SANDBOX_ORIGIN = "http://sandbox.invalid";
