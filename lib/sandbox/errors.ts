// The one failure type of the sandbox's rules; the HTTP side renders it per API family.

/**
 * A failure a BigCommerce operation answers with. `status` is the HTTP status, `title` and `detail`
 * BigCommerce's wording, `code` the payments API's numeric error code (e.g. 30104 for a decline),
 * `errors` a v3 field map such as `{ "line_items.0.quantity": "…" }`. Thrown by the resource rules;
 * `errorResponse` in http/errors.ts turns it into the error body of the operation's API family.
 */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly code?: number,
    readonly errors?: Record<string, string>,
  ) {
    super(detail ?? title);
  }
}

/** 422 "Invalid input" with a detail sentence, the shape of most v3 validation failures. */
export function invalidInput(detail: string): SandboxError {
  return new SandboxError(422, "Invalid input", detail);
}
