import { NextResponse, type NextRequest } from "next/server";

/** Only this site's own pages may post to state-changing routes (no cross-site form posts). */
export function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")].filter(
    Boolean,
  );
  try {
    return hosts.includes(new URL(origin).host);
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
