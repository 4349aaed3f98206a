// Security headers on every page; the confirmation route's URL can hold a credential, so it
// also sends no referrer, is never indexed and never cached (proxy.ts sets Cache-Control too).
const everyPage = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Product images come from BigCommerce's CDN in live mode (the sandbox serves its own, locally).
  images: { remotePatterns: [{ protocol: "https", hostname: "cdn11.bigcommerce.com" }] },
  async headers() {
    return [
      { source: "/:path*", headers: everyPage },
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
