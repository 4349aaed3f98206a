import { NextResponse, type NextRequest } from "next/server";

/**
 * Only this site's own pages may post to state-changing routes (no cross-site form posts): the
 * Origin's host must be the host the request was sent to, which is X-Forwarded-Host's first entry
 * when a proxy in front set it (as Next.js itself requires of server actions), else Host. Without
 * an Origin, the browser's Sec-Fetch-Site must say same-origin.
 */
export function isSameOrigin(request: Pick<NextRequest, "headers">): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0].trim();
  const host = forwarded || request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * A 303 to one of this site's own paths, with a relative Location: the browser stays on the host it
 * is using. (An absolute URL built from the request names the host the server thinks it has, e.g.
 * localhost, and the form-action CSP then blocks the redirect of a form post on any other host.)
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}
