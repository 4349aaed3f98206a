import type { Metadata } from "next";
import Link from "next/link";
import Script from "next/script";
import { getConfig } from "@/lib/config";
import { SET_SCRIPTS_COOKIE } from "@/lib/scripts-cookie";
import { requestLocale } from "@/lib/i18n/server";
import { getSession } from "@/lib/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Storefront", template: "%s · Storefront" },
  description: "Shop, check out as a guest, and get a confirmation you can trust.",
};

/** Google Tag Manager loads only if the merchant sets it; otherwise no third-party script at all. */
const GTM_ID = process.env.NEXT_PUBLIC_GTM_ID;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const sandbox = getConfig().mode === "sandbox";
  const [session, { locale, t }] = await Promise.all([getSession(), requestLocale()]);
  return (
    <html lang={locale}>
      <body>
        {/* Tells the server this browser runs scripts (see lib/scripts-cookie.ts). */}
        <script dangerouslySetInnerHTML={{ __html: SET_SCRIPTS_COOKIE }} />
        <a className="skip-link" href="#main">
          {t.layout.skip}
        </a>
        {sandbox && (
          <p className="sandbox-banner" role="note">
            {t.layout.sandbox}
          </p>
        )}
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="brand" href="/">
              Storefront
            </Link>
            <nav className="site-nav" aria-label={t.layout.mainNav}>
              <Link href="/">{t.layout.shop}</Link>
              <Link href="/cart">{t.layout.cart}</Link>
              {session.customer ? (
                <Link href="/account">{t.layout.account}</Link>
              ) : (
                <Link href="/sign-in">{t.layout.signIn}</Link>
              )}
            </nav>
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">{t.layout.footer}</footer>
        {GTM_ID && /^GTM-[A-Z0-9]+$/.test(GTM_ID) && (
          <Script id="gtm" strategy="afterInteractive">
            {`(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','${GTM_ID}');`}
          </Script>
        )}
      </body>
    </html>
  );
}
