// Security headers on every response; the confirmation route's URL can hold a credential, so it
// also sends no referrer, is never indexed and never cached (proxy.ts sets Cache-Control too).
// Pages get their Content-Security-Policy, with a nonce per request, from proxy.ts; route handlers
// answer JSON and get one that allows nothing. HSTS in production: browsers only ever use HTTPS.
const everyPage = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

// A build made with BigCommerce credentials (as on Vercel) is a live build: the composition root's
// door to the in-process sandbox is replaced by a stub, so no sandbox code is bundled. The same
// test as lib/config.ts's isLiveEnv (this file runs before the app's TypeScript can be loaded).
const liveBuild = ["BIGCOMMERCE_STORE_HASH", "BIGCOMMERCE_ACCESS_TOKEN"].some((name) =>
  Boolean(process.env[name]?.trim()),
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: {
    resolveAlias: liveBuild
      ? {
          "@/lib/runtime/sandbox-door": "./lib/runtime/no-sandbox.ts",
          // The sandbox outbox (order lookup's email without SMTP) is sandbox-only too.
          "@/lib/email/outbox": "./lib/email/no-outbox.ts",
        }
      : {},
  },
  // Product images are plain <img> elements straight from the store's CDN (app/_components/
  // product-image.tsx): the image optimizer is unused, so it is off rather than open to any
  // store's images on BigCommerce's CDN.
  images: { unoptimized: true },
  // Every form of the store is small (the longest is the checkout with a 2,000-character comment):
  // a server action's body past this is refused with 413 as it streams in, never read whole.
  // Route handlers bound their bodies themselves (lib/request-body.ts).
  experimental: { serverActions: { bodySizeLimit: "32kb" } },
  async headers() {
    return [
      { source: "/:path*", headers: everyPage },
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
      {
        source: "/((?!order-confirmation/).*)",
        headers: [{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }],
      },
      {
        source: "/order-confirmation/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
