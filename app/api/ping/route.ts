// The benchmark's ceiling for the server itself: the cheapest dynamic route this app can serve
// (no React, no session, no store). Pages are compared with /ping, the cheapest dynamic page.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", {
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
  });
}
