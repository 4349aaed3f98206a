// The benchmark's baseline: the cheapest dynamic route this app can serve (no session, no store).
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", {
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
  });
}
