import "server-only";

// Request bodies are read with a bound: a route handler never holds more than `maxBytes` of a
// body in memory, whatever a client sends or claims to send.

/** A form body, or why it was refused: too large (413) or not a form (415). */
export type BoundedForm =
  { ok: true; fields: Record<string, string> } | { ok: false; status: 413 | 415 };

/** The most a store form (checkout, payment, sign-in) needs, in bytes, with room to spare. */
export const FORM_LIMIT_BYTES = 16 * 1024;

/**
 * Reads an `application/x-www-form-urlencoded` body of at most `maxBytes` bytes into its fields
 * (the first value of each name; names starting with `$` are Next.js's own and left out). A
 * declared Content-Length over the limit is refused before anything is read; a body that grows
 * past it is cancelled as soon as it does. Fields are own properties of a fresh object, so a
 * field named like `__proto__` is only a field.
 */
export async function readBoundedForm(
  request: Request,
  maxBytes: number = FORM_LIMIT_BYTES,
): Promise<BoundedForm> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return { ok: false, status: 415 };
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, status: 413 };
  const text = await readText(request, maxBytes);
  if (text === null) return { ok: false, status: 413 };
  const fields: Record<string, string> = Object.create(null);
  for (const [name, value] of new URLSearchParams(text)) {
    if (!name.startsWith("$") && !Object.hasOwn(fields, name)) fields[name] = value;
  }
  return { ok: true, fields: { ...fields } };
}

/** The body as UTF-8 text, or null once it passes `maxBytes` (the rest is never read). */
export async function readText(request: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readBytes(request, maxBytes);
  return bytes === null ? null : Buffer.from(bytes).toString("utf8");
}

/** The body's bytes, or null once it passes `maxBytes` (the rest is never read). */
export async function readBytes(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
