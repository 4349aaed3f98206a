// Who may call: the store's access token on the management API, a PAT on the payments host.
import { OPERATIONS } from "../../bigcommerce/operations";
import { SandboxError } from "../errors";

/** The media type the payments host insists on. */
const PAYMENTS_ACCEPT = "application/vnd.bc.v1+json";

/** The store a sandbox answers for, and the API account token it accepts. */
export interface Credentials {
  storeHash: string;
  accessToken: string;
}

/**
 * Checks a request to `/stores/{storeHash}{apiPath}`. The payments host (PaymentsPost's path)
 * wants its Accept header (406 otherwise; its PAT is checked by the operation); everything else
 * wants `X-Auth-Token` and the right store (401). A wrong store on the payments host is a 404.
 */
export function checkAccess(
  request: Request,
  storeHash: string,
  apiPath: string,
  credentials: Credentials,
): void {
  if (apiPath === OPERATIONS.PaymentsPost.path) {
    if (!(request.headers.get("accept") ?? "").includes(PAYMENTS_ACCEPT)) {
      throw new SandboxError(406, "Not Acceptable", `Accept must be ${PAYMENTS_ACCEPT}.`);
    }
  } else if (
    request.headers.get("x-auth-token") !== credentials.accessToken ||
    storeHash !== credentials.storeHash
  ) {
    throw new SandboxError(
      401,
      "Unauthorized",
      "The v3 Auth client ID or token in the request are not a valid combination for this store.",
    );
  }
  if (storeHash !== credentials.storeHash) throw new SandboxError(404, "Store not found");
}

/** The payment access token from `Authorization: PAT <token>`; throws SandboxError 401 without one. */
export function patOf(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = header.match(/^PAT (\S+)$/);
  if (!match) {
    throw new SandboxError(401, "Unauthorized", "Authorization: PAT <token> is required.");
  }
  return match[1];
}
