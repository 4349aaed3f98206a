// Reading request bodies the way BigCommerce judges them.
import type { z } from "zod";
import { SandboxError } from "../errors";

/**
 * Validates `value` with `schema`. Throws SandboxError 422 `title` (default "Invalid input") whose
 * `errors` map is keyed by field path (e.g. "line_items.0.quantity"), like BigCommerce's v3
 * validation errors.
 */
export function parse<T>(schema: z.ZodType<T>, value: unknown, title = "Invalid input"): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: Record<string, string> = Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join(".") || "body", issue.message]),
  );
  throw new SandboxError(422, title, "Missing or invalid data.", undefined, errors);
}

/** A reader for the request's JSON body: undefined when empty; throws SandboxError 400 when not JSON. */
export function bodyReader(request: Request): () => Promise<unknown> {
  return async () => {
    const text = await request.text();
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SandboxError(400, "Bad Request", "The request body is not valid JSON.");
    }
  };
}

/** The checkout `version` a write body names, or undefined (own property only). */
export function versionOf(raw: unknown): unknown {
  return raw && typeof raw === "object" && Object.hasOwn(raw, "version")
    ? (raw as { version: unknown }).version
    : undefined;
}
