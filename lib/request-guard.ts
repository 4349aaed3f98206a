import "server-only";
import { readBytes } from "@/lib/request-body";
import { isSameOrigin } from "@/lib/same-origin";

// What proxy.ts refuses before Next.js or the page sees a request: a path that cannot be decoded,
// and posts to pages (server actions, with or without JavaScript) that are cross-site, too large,
// or not a form Next.js can read. Next.js would answer each of these with a 500; the shopper's
// own browser never sends them, so a plain 4xx is the whole answer.

/** The most a page's form post may carry, in bytes: next.config.mjs's serverActions limit. */
export const PAGE_POST_LIMIT_BYTES = 32 * 1024;

/** Why a request is refused, or null when it may go on. */
export type Refusal = { status: 400 | 403 | 404 | 413 | 415; reason: string } | null;

/** A path whose percent-encoding does not decode (`/products/%zz`): no page has it. */
function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Checks a request to a page. Reads the body of a post (a clone, at most PAGE_POST_LIMIT_BYTES)
 * to make sure it is a form Next.js can parse: multipart with its boundary, urlencoded, or the
 * JSON a server action called from script sends.
 */
export async function refusal(request: Request, pathname: string): Promise<Refusal> {
  if (undecodable(pathname)) return { status: 404, reason: "path" };
  if (request.method !== "POST") return null;
  if (!isSameOrigin(request)) return { status: 403, reason: "origin" };
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > PAGE_POST_LIMIT_BYTES) return { status: 413, reason: "size" };
  const body = await readBytes(request.clone(), PAGE_POST_LIMIT_BYTES);
  if (body === null) return { status: 413, reason: "size" };
  const type = request.headers.get("content-type") ?? "";
  // A server action called from script names itself in Next-Action and must carry its arguments.
  const action = request.headers.has("next-action");
  return (await readable(type, body, action)) ? null : { status: 400, reason: "body" };
}

/**
 * Whether `body` of content type `type` is what Next.js will read: for a server action called from
 * script (`action`), multipart form data or else JSON text, whatever the type says; for a plain
 * form post, multipart or urlencoded form data.
 */
async function readable(
  type: string,
  body: Uint8Array<ArrayBuffer>,
  action: boolean,
): Promise<boolean> {
  const kind = type.split(";")[0].trim().toLowerCase();
  try {
    if (
      kind === "multipart/form-data" ||
      (!action && kind === "application/x-www-form-urlencoded")
    ) {
      await new Response(body, { headers: { "content-type": type } }).formData();
      return true;
    }
    if (action) {
      JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
      return true;
    }
    return body.byteLength === 0 && kind === "";
  } catch {
    return false;
  }
}
