// How the shared store says it could not answer, so callers can tell an outage (show a retryable
// message, or do without a shortcut) from a bug (let it fail loudly).

/** Marks every copy of KvUnavailableError, whichever bundle loaded this module (see below). */
const BRAND = Symbol.for("storefront-confirmation.kv-unavailable");

/**
 * The shared store could not answer: down, unreachable, too slow, or closed. Nothing is known
 * about a write that failed this way (it may or may not have landed); a read returned nothing.
 */
export class KvUnavailableError extends Error {
  override readonly name = "KvUnavailableError";
  readonly [BRAND] = true;

  constructor(
    /** The store operation that failed ("get", "set", "limiter.take"…). */
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`The shared store did not answer (${operation})`, options);
  }

  /**
   * Next.js loads lib/kv once per bundle layer, while one store (and so one adapter) serves every
   * layer of a process: `instanceof` recognises an error thrown by any layer's copy of this class.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BRAND in value;
  }
}

/**
 * Runs a store step that is only a shortcut (a kept copy, a mark a later request may use): its
 * value, or `fallback` when the store cannot answer. Any other error is thrown.
 */
export async function ifAvailable<T>(step: Promise<T>, fallback: T): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof KvUnavailableError) return fallback;
    throw error;
  }
}
