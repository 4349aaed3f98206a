import type { NextRequest } from "next/server";

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
