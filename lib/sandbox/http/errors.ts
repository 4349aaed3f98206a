// Error bodies per API family (docs/bigcommerce.md §2.5): v3 objects, v2 arrays, payments codes.
import type { ApiFamily } from "../../bigcommerce/operations";
import { SandboxError } from "../errors";
import { json } from "./responses";

/** The `type` link BigCommerce puts in its error bodies. */
export const STATUS_DOCS =
  "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes";

/**
 * The response for `error` as the operation's API family writes it. `operation` is the
 * OperationId (or "unknown" when no route matched): two checkout operations are documented
 * with their own error shapes.
 */
function errorResponse(family: ApiFamily, operation: string, e: SandboxError): Response {
  if (family === "v2") return json(e.status, [{ status: e.status, message: e.detail ?? e.title }]);
  const base = { status: e.status, title: e.title, type: STATUS_DOCS };
  const detail = e.detail ? { detail: e.detail } : {};
  if (family === "payments") {
    return json(e.status, {
      ...base,
      ...detail,
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.errors ? { errors: e.errors } : {}),
    });
  }
  if (operation === "getCheckout" && e.status === 404) {
    // The one checkout operation documented with an array-wrapped error (docs/bigcommerce.md §2.5).
    return json(404, { errors: [{ ...base, detail: e.detail ?? e.title }] });
  }
  if (operation === "createCheckoutToken" && e.status === 422) {
    // Documented with `status` as the string "422".
    return json(422, { status: "422", title: e.title, type: STATUS_DOCS });
  }
  return json(e.status, { ...base, ...detail, errors: e.errors ?? {} });
}

/** Turns anything thrown by a route into its error response; unexpected errors become a 500. */
export function errorFor(family: ApiFamily, operation: string, e: unknown): Response {
  if (e instanceof SandboxError) return errorResponse(family, operation, e);
  console.error("[sandbox] unexpected error", e);
  return errorResponse(family, operation, new SandboxError(500, "Internal Server Error"));
}
