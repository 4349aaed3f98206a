import type { Metadata } from "next";
import Link from "next/link";
import { getConfig } from "@/lib/config";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Storefront", template: "%s · Storefront" },
  description: "Shop, check out as a guest, and get a confirmation you can trust.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const sandbox = getConfig().mode === "sandbox";
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {sandbox && (
          <p className="sandbox-banner" role="note">
            Sandbox store: no real orders or payments.
          </p>
        )}
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="brand" href="/">
              Storefront
            </Link>
            <nav className="site-nav" aria-label="Main">
              <Link href="/">Shop</Link>
              <Link href="/cart">Cart</Link>
            </nav>
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">Payments are processed securely by BigCommerce.</footer>
      </body>
    </html>
  );
}
