import type { Metadata } from "next";

// The benchmark's baseline for pages: the cheapest dynamic page this app can render (its layout
// and one line), so `npm run bench` can compare the confirmation page with Next.js's own ceiling.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Ping", robots: { index: false, follow: false } };

export default function PingPage() {
  return <p>ok</p>;
}
