import type { Metadata } from "next";
import Link from "next/link";
import { getConfig } from "@/lib/config";
import { getSession } from "@/lib/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Storefront", template: "%s · Storefront" },
  description: "Shop, check out as a guest, and get a confirmation you can trust.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const sandbox = getConfig().mode === "sandbox";
  const signedIn = Boolean((await getSession()).customer);
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
              {signedIn ? (
                <Link href="/account">Account</Link>
              ) : (
                <Link href="/sign-in">Sign in</Link>
              )}
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
